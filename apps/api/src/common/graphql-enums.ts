// The domain's code lists registered once as GraphQL enums, with the descriptions
// the contract gives them.
import { registerEnumType } from '@nestjs/graphql';
import {
  AgreementSource,
  AgreementTopic,
  ExitChoice,
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
  RiskLevel,
  FindingVerdict,
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
registerEnumType(AgreementTopic, {
  name: 'AgreementTopic',
  description:
    'The obligations that GDPR art. 28(3) and chapter V put into a processing\n' +
    'agreement, and what model agreements add to them. Deviations and review\n' +
    'findings are filed under one, so that they can be counted across the sector.',
  valuesMap: {
    SUBJECT_AND_DURATION: {
      description: 'Subject matter, duration, nature and purpose of the processing (art. 28(3)).',
    },
    INSTRUCTIONS: { description: 'Processing only on documented instructions (art. 28(3)(a)).' },
    CONFIDENTIALITY: { description: 'Confidentiality of the persons processing (art. 28(3)(b)).' },
    SECURITY: { description: 'Security measures (art. 28(3)(c), art. 32).' },
    SUBPROCESSORS: { description: 'Engaging subprocessors (art. 28(2), 28(3)(d), 28(4)).' },
    DATA_SUBJECT_RIGHTS: {
      description: "Assisting with data subjects' rights (art. 28(3)(e)).",
    },
    BREACH_NOTIFICATION: {
      description: 'Notifying personal data breaches (art. 28(3)(f), art. 33).',
    },
    DPIA_ASSISTANCE: {
      description: 'Assisting with data protection impact assessments (art. 28(3)(f), art. 35-36).',
    },
    DELETION_AND_RETURN: {
      description: 'Deleting or returning the data at the end (art. 28(3)(g)).',
    },
    AUDITS_AND_INFORMATION: { description: 'Audits and information (art. 28(3)(h)).' },
    INTERNATIONAL_TRANSFERS: { description: 'Transfers outside the EEA (chapter V).' },
  },
});
registerEnumType(ExitChoice, {
  name: 'ExitChoice',
  valuesMap: {
    DELETE: { description: 'The vendor deletes the data and confirms it.' },
    RETURN_THEN_DELETE: {
      description: 'The vendor hands the data back to the board, then deletes it and confirms it.',
    },
  },
});
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
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(FindingVerdict, {
  name: 'FindingVerdict',
  valuesMap: {
    MEETS_MODEL: { description: 'The terms meet the model agreement on this topic.' },
  },
});
