// The procurement code lists registered as GraphQL enums.
import { registerEnumType } from '@nestjs/graphql';
import {
  AssessmentStatus,
  ComplianceAnswer,
  DealStatus,
  OfferStatus,
  ReviewVerdict,
  StandardStatus,
  TenderStatus,
} from '@regie/domain';

registerEnumType(StandardStatus, { name: 'StandardStatus' });
registerEnumType(ComplianceAnswer, { name: 'ComplianceAnswer' });
registerEnumType(ReviewVerdict, { name: 'ReviewVerdict' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(TenderStatus, { name: 'TenderStatus' });
registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
