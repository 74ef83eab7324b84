// The procurement code lists registered as GraphQL enums.
import { registerEnumType } from '@nestjs/graphql';
import {
  AssessmentStatus,
  ComplianceAnswer,
  DealStatus,
  OfferStatus,
  ReviewVerdict,
  StandardStatus,
  StandardSubject,
  TenderStatus,
} from '@regie/domain';

registerEnumType(StandardStatus, { name: 'StandardStatus' });
registerEnumType(StandardSubject, {
  name: 'StandardSubject',
  description: 'Whom a minimum standard measures.',
  valuesMap: {
    PRODUCT: {
      description: "Vendors' products, assessed by the vendor and reviewed by the sector body.",
    },
    BOARD: { description: 'Boards themselves, each assessing its own maturity per requirement.' },
  },
});
registerEnumType(ComplianceAnswer, { name: 'ComplianceAnswer' });
registerEnumType(ReviewVerdict, { name: 'ReviewVerdict' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(TenderStatus, { name: 'TenderStatus' });
registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
