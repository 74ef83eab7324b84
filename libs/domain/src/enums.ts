// The code lists of DOMAIN.md. The names are the contract's enum values; the API
// registers them as GraphQL enums and the admin uses them for its forms.

export enum OrganisationKind {
  BOARD = 'BOARD',
  VENDOR = 'VENDOR',
  SECTOR_BODY = 'SECTOR_BODY',
  PLATFORM = 'PLATFORM',
  /** The education inspectorate: reads sector overviews, nothing of any one board. */
  SUPERVISOR = 'SUPERVISOR',
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
  /** A board's security contact: receives the sector CERT's advisories and answers them. */
  SECURITY_CONTACT = 'SECURITY_CONTACT',
  /** A sector body's CERT: publishes security advisories. */
  CERT = 'CERT',
  /** A supervisor's inspector: reads sector overviews. */
  INSPECTOR = 'INSPECTOR',
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
    Role.SECURITY_CONTACT,
    Role.VIEWER,
  ],
  [OrganisationKind.VENDOR]: [Role.ADMIN, Role.VENDOR_EDITOR, Role.SIGNATORY, Role.VIEWER],
  [OrganisationKind.SECTOR_BODY]: [
    Role.ADMIN,
    Role.NEGOTIATOR,
    Role.REVIEWER,
    Role.CERT,
    Role.VIEWER,
  ],
  [OrganisationKind.PLATFORM]: [Role.PLATFORM_ADMIN],
  [OrganisationKind.SUPERVISOR]: [Role.ADMIN, Role.INSPECTOR, Role.VIEWER],
};

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  ACTIVE = 'ACTIVE',
  /** Replaced by a newer agreement that became ACTIVE. */
  SUPERSEDED = 'SUPERSEDED',
  TERMINATED = 'TERMINATED',
  EXPIRED = 'EXPIRED',
}

export enum AgreementSource {
  DIRECT = 'DIRECT',
  GENERAL_OFFER = 'GENERAL_OFFER',
  FRAMEWORK = 'FRAMEWORK',
}

export enum DeviationAssessment {
  ACCEPTABLE = 'ACCEPTABLE',
  ACCEPTABLE_WITH_MEASURES = 'ACCEPTABLE_WITH_MEASURES',
  UNACCEPTABLE = 'UNACCEPTABLE',
}

export enum SignatureParty {
  BOARD = 'BOARD',
  VENDOR = 'VENDOR',
}

/**
 * The obligations GDPR art. 28(3) and chapter V put into a processing agreement, and what model
 * agreements add to them: every deviation (and review finding) is filed under one, so that the
 * sector can count them.
 */
export enum AgreementTopic {
  SUBJECT_AND_DURATION = 'SUBJECT_AND_DURATION',
  INSTRUCTIONS = 'INSTRUCTIONS',
  CONFIDENTIALITY = 'CONFIDENTIALITY',
  SECURITY = 'SECURITY',
  SUBPROCESSORS = 'SUBPROCESSORS',
  DATA_SUBJECT_RIGHTS = 'DATA_SUBJECT_RIGHTS',
  BREACH_NOTIFICATION = 'BREACH_NOTIFICATION',
  DPIA_ASSISTANCE = 'DPIA_ASSISTANCE',
  DELETION_AND_RETURN = 'DELETION_AND_RETURN',
  AUDITS_AND_INFORMATION = 'AUDITS_AND_INFORMATION',
  INTERNATIONAL_TRANSFERS = 'INTERNATIONAL_TRANSFERS',
  LIABILITY = 'LIABILITY',
  TERM_AND_TERMINATION = 'TERM_AND_TERMINATION',
  OTHER = 'OTHER',
}

/** What the vendor does with the data when an agreement ends: the board's choice (art. 28(3)(g)). */
export enum ExitChoice {
  DELETE = 'DELETE',
  RETURN_THEN_DELETE = 'RETURN_THEN_DELETE',
}

export enum GeneralOfferStatus {
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

/** A withdrawn offer is kept (its vendor still sees it), never scored and never opened. */
export enum OfferStatus {
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum TenderStatus {
  DRAFT = 'DRAFT',
  OPEN_FOR_INTEREST = 'OPEN_FOR_INTEREST',
  OPEN_FOR_OFFERS = 'OPEN_FOR_OFFERS',
  EVALUATION = 'EVALUATION',
  AWARDED = 'AWARDED',
  CANCELLED = 'CANCELLED',
}

export enum DataSubject {
  STUDENT = 'STUDENT',
  PARENT = 'PARENT',
  STAFF = 'STAFF',
}

/** The code list of personal data of the model processing agreement's leaflet. */
export enum PersonalDataCategory {
  CONTACT_DETAILS = 'CONTACT_DETAILS',
  ADMINISTRATION_NUMBER = 'ADMINISTRATION_NUMBER',
  NATIONALITY_BIRTHPLACE = 'NATIONALITY_BIRTHPLACE',
  PARENTS_GUARDIANS = 'PARENTS_GUARDIANS',
  HEALTH_WELLBEING = 'HEALTH_WELLBEING',
  RELIGION = 'RELIGION',
  STUDY_PROGRESS = 'STUDY_PROGRESS',
  EDUCATION_ORGANISATION = 'EDUCATION_ORGANISATION',
  FEES = 'FEES',
  PHOTOS_VIDEO = 'PHOTOS_VIDEO',
  TEACHERS_MENTORS = 'TEACHERS_MENTORS',
  LEGAL_OTHER = 'LEGAL_OTHER',
  /** BSN or PGN: restricted by art. 46 UAVG, always flagged. */
  PERSONAL_NUMBER = 'PERSONAL_NUMBER',
  IDENTIFIERS = 'IDENTIFIERS',
  USAGE_LOGS = 'USAGE_LOGS',
}

/** How a transfer outside the EEA is safeguarded (chapter V GDPR). */
export enum TransferMechanism {
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  ADEQUACY_DECISION = 'ADEQUACY_DECISION',
  STANDARD_CONTRACTUAL_CLAUSES = 'STANDARD_CONTRACTUAL_CLAUSES',
  BINDING_CORPORATE_RULES = 'BINDING_CORPORATE_RULES',
  NONE = 'NONE',
}

export enum LeafletStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** What a vendor shows of its security (DOMAIN.md "Security attestations"). */
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

export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

/** Traffic Light Protocol 2.0: who may see a security advisory (DOMAIN.md). */
export enum Tlp {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
}

/** A board's answer to a security advisory. */
export enum AdvisoryResponse {
  NOT_AFFECTED = 'NOT_AFFECTED',
  AFFECTED = 'AFFECTED',
  MITIGATED = 'MITIGATED',
}

/** A vendor's announced change of subprocessors (GDPR art. 28(2), DOMAIN.md). */
export enum SubprocessorChangeStatus {
  ANNOUNCED = 'ANNOUNCED',
  /** effectiveOn has come and the announced leaflet is published. */
  IN_EFFECT = 'IN_EFFECT',
  WITHDRAWN = 'WITHDRAWN',
}

/** How risky an FG finds a product's terms, in a review shared with the sector (DOMAIN.md). */
export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** An FG's verdict on one topic of a product's terms, in a shared review. */
export enum FindingVerdict {
  /** The terms meet the model agreement on this topic. */
  MEETS_MODEL = 'MEETS_MODEL',
  DEVIATES_ACCEPTABLY = 'DEVIATES_ACCEPTABLY',
  DEVIATES_UNACCEPTABLY = 'DEVIATES_UNACCEPTABLY',
}

export enum IncidentStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** A board's decision on notifying the supervisory authority of a breach (art. 33(5) GDPR). */
export enum AuthorityDecision {
  REPORTED = 'REPORTED',
  NOT_REPORTED = 'NOT_REPORTED',
}

export enum StandardStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** Whom a minimum standard measures: vendors' products, or boards' own maturity. */
export enum StandardSubject {
  PRODUCT = 'PRODUCT',
  BOARD = 'BOARD',
}

export enum ComplianceAnswer {
  MEETS = 'MEETS',
  PARTIAL = 'PARTIAL',
  DOES_NOT_MEET = 'DOES_NOT_MEET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum ReviewVerdict {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
}

export enum DealStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  EXPIRED = 'EXPIRED',
}
