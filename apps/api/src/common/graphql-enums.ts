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
  AuthorityDecision,
  Severity,
  Tlp,
  AdvisoryResponse,
  SubprocessorChangeStatus,
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
registerEnumType(AuthorityDecision, { name: 'AuthorityDecision' });
registerEnumType(Tlp, {
  name: 'Tlp',
  description: 'Traffic Light Protocol 2.0: who may see an advisory.',
  valuesMap: {
    CLEAR: { description: 'Everyone signed in.' },
    GREEN: {
      description:
        'Members of boards, sector bodies and supervisors, and the vendors of the named products.',
    },
    AMBER: {
      description:
        "The affected boards' members, the publisher and the vendors of the named products.",
    },
    AMBER_STRICT: {
      description:
        "Only the affected boards' SECURITY_CONTACT, PRIVACY_OFFICER and ADMIN members, and the publisher.",
    },
  },
});
registerEnumType(AdvisoryResponse, { name: 'AdvisoryResponse' });
registerEnumType(SubprocessorChangeStatus, {
  name: 'SubprocessorChangeStatus',
  valuesMap: {
    IN_EFFECT: { description: 'effectiveOn has come and the new leaflet is published.' },
  },
});
