// The domain's code lists registered once as GraphQL enums, with the descriptions
// the contract gives them.
import { registerEnumType } from '@nestjs/graphql';
import {
  AgreementSource,
  AgreementStatus,
  DeviationAssessment,
  GeneralOfferStatus,
  SignatureParty,
  AttestationType,
  DataSubject,
  AccessRequestStatus,
  AttestationValidity,
  EduvDataService,
  LeafletStatus,
  Locale,
  OrganisationKind,
  PersonalDataCategory,
  ProductCategory,
  Role,
  Sector,
  TransferMechanism,
  VerificationStatus,
  Visibility,
  IncidentStatus,
  Severity,
} from '@regie/domain';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(Locale, { name: 'Locale' });
registerEnumType(ProductCategory, { name: 'ProductCategory' });
registerEnumType(EduvDataService, { name: 'EduvDataService' });
registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    ADMIN: {
      description: 'Administers its own organisation: profile, members, invitations, API tokens.',
    },
    PLATFORM_ADMIN: {
      description: 'Operators of this Regie instance (members of the PLATFORM organisation).',
    },
  },
});
registerEnumType(DataSubject, { name: 'DataSubject' });
registerEnumType(PersonalDataCategory, {
  name: 'PersonalDataCategory',
  valuesMap: {
    PERSONAL_NUMBER: {
      description:
        'Citizen service number (BSN) or education number (PGN): restricted by art. 46 UAVG.',
    },
  },
});
registerEnumType(TransferMechanism, { name: 'TransferMechanism' });
registerEnumType(LeafletStatus, { name: 'LeafletStatus' });
registerEnumType(AttestationType, { name: 'AttestationType' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(AttestationValidity, { name: 'AttestationValidity' });
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });
registerEnumType(AccessRequestStatus, { name: 'AccessRequestStatus' });
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  valuesMap: { SUPERSEDED: { description: 'Replaced by a newer agreement that became ACTIVE.' } },
});
registerEnumType(AgreementSource, { name: 'AgreementSource' });
registerEnumType(DeviationAssessment, { name: 'DeviationAssessment' });
registerEnumType(SignatureParty, { name: 'SignatureParty' });
registerEnumType(GeneralOfferStatus, { name: 'GeneralOfferStatus' });
registerEnumType(Severity, { name: 'Severity' });
registerEnumType(IncidentStatus, { name: 'IncidentStatus' });
