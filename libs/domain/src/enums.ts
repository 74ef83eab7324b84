// The code lists of DOMAIN.md. The names are the contract's enum values; the API
// registers them as GraphQL enums and the admin uses them for its forms.

export enum OrganisationKind {
  BOARD = 'BOARD',
  VENDOR = 'VENDOR',
  SECTOR_BODY = 'SECTOR_BODY',
  PLATFORM = 'PLATFORM',
}

export enum Sector {
  PO = 'PO',
  SO = 'SO',
  VO = 'VO',
  VSO = 'VSO',
  MBO = 'MBO',
  HO = 'HO',
}

export enum Role {
  ADMIN = 'ADMIN',
  PROCUREMENT = 'PROCUREMENT',
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
  SIGNATORY = 'SIGNATORY',
  VENDOR_EDITOR = 'VENDOR_EDITOR',
  NEGOTIATOR = 'NEGOTIATOR',
  REVIEWER = 'REVIEWER',
  VIEWER = 'VIEWER',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

export enum Locale {
  NL = 'NL',
  EN = 'EN',
}

export enum ProductCategory {
  LEARNING_PLATFORM = 'LEARNING_PLATFORM',
  STUDENT_INFORMATION_SYSTEM = 'STUDENT_INFORMATION_SYSTEM',
  DIGITAL_LEARNING_MATERIAL = 'DIGITAL_LEARNING_MATERIAL',
  TESTING = 'TESTING',
  COMMUNICATION = 'COMMUNICATION',
  IDENTITY = 'IDENTITY',
  OFFICE_CLOUD = 'OFFICE_CLOUD',
  OTHER = 'OTHER',
}

export enum EduvDataService {
  ONDERWIJSAANBOD = 'ONDERWIJSAANBOD',
  ONDERWIJSINRICHTING = 'ONDERWIJSINRICHTING',
  ONDERWIJSDEELNEMERS = 'ONDERWIJSDEELNEMERS',
  ONDERWIJSMEDEWERKERS = 'ONDERWIJSMEDEWERKERS',
  LEVERINGSORDERS = 'LEVERINGSORDERS',
  AANSPRAKEN = 'AANSPRAKEN',
  LEERMIDDELGEBRUIK = 'LEERMIDDELGEBRUIK',
  LEERMATERIAALGEBRUIK = 'LEERMATERIAALGEBRUIK',
  LEERRESULTATEN = 'LEERRESULTATEN',
}

/** Which roles a member may hold, by the kind of organisation (DOMAIN.md). */
export const ROLES_BY_KIND: Readonly<Record<OrganisationKind, readonly Role[]>> = {
  [OrganisationKind.BOARD]: [
    Role.ADMIN,
    Role.PROCUREMENT,
    Role.PRIVACY_OFFICER,
    Role.SIGNATORY,
    Role.VIEWER,
  ],
  [OrganisationKind.VENDOR]: [Role.ADMIN, Role.VENDOR_EDITOR, Role.SIGNATORY, Role.VIEWER],
  [OrganisationKind.SECTOR_BODY]: [Role.ADMIN, Role.NEGOTIATOR, Role.REVIEWER, Role.VIEWER],
  [OrganisationKind.PLATFORM]: [Role.PLATFORM_ADMIN],
};

export enum AttestationType {
  ISO27001 = 'ISO27001',
  ISO27701 = 'ISO27701',
  ISO27017 = 'ISO27017',
  ISO27018 = 'ISO27018',
  NEN7510 = 'NEN7510',
  SOC2_TYPE2 = 'SOC2_TYPE2',
  ISAE3402 = 'ISAE3402',
  ISAE3000 = 'ISAE3000',
  PENTEST = 'PENTEST',
  TPM = 'TPM',
  CSA_STAR = 'CSA_STAR',
  OTHER = 'OTHER',
}

/** Who sees an attestation (DOMAIN.md, "Visibility is the heart of the product"). */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  SECTOR = 'SECTOR',
  RESTRICTED = 'RESTRICTED',
}

export enum AttestationValidity {
  VALID = 'VALID',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}

export enum VerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

export enum AccessRequestStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
  REVOKED = 'REVOKED',
}
