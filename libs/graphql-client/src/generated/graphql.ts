/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant: ISO 8601 date and time in UTC, e.g. 2026-11-22T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
};

/**
 * A new person gives a name and a password; a signed-in person whose e-mail the
 * invitation names gives neither.
 */
export type AcceptInvitationInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type AttestationType =
  | 'CSA_STAR'
  | 'ISAE3000'
  | 'ISAE3402'
  | 'ISO27001'
  | 'ISO27017'
  | 'ISO27018'
  | 'ISO27701'
  | 'NEN7510'
  | 'OTHER'
  | 'PENTEST'
  | 'SOC2_TYPE2'
  | 'TPM';

export type AuditFilter = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Only the events of this organisation; the caller must be allowed to read them. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
};

export type CreateOrganisationInput = {
  boardNumber?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  kind: OrganisationKind;
  kvkNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  oin?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
  studentCount?: InputMaybe<Scalars['Int']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProductInput = {
  category: ProductCategory;
  dataServices?: InputMaybe<Array<EduvDataService>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sectors?: InputMaybe<Array<Sector>>;
  vendorId: Scalars['ID']['input'];
};

export type DataSubject =
  | 'PARENT'
  | 'STAFF'
  | 'STUDENT';

export type EduvDataService =
  | 'AANSPRAKEN'
  | 'LEERMATERIAALGEBRUIK'
  | 'LEERMIDDELGEBRUIK'
  | 'LEERRESULTATEN'
  | 'LEVERINGSORDERS'
  | 'ONDERWIJSAANBOD'
  | 'ONDERWIJSDEELNEMERS'
  | 'ONDERWIJSINRICHTING'
  | 'ONDERWIJSMEDEWERKERS';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
};

/** The whole content of a draft. privacyContactEmail left out keeps the one of the draft or of the last published version. */
export type LeafletInput = {
  breachNotificationHours: Scalars['Int']['input'];
  dataCategories: Array<PersonalDataCategory>;
  dataSubjects: Array<DataSubject>;
  locations: Array<ProcessingLocationInput>;
  privacyContactEmail?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  purposes: Array<Scalars['String']['input']>;
  retention: Array<RetentionRuleInput>;
  subprocessors: Array<SubprocessorInput>;
};

export type LeafletStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type Locale =
  | 'EN'
  | 'NL';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type OrganisationKind =
  | 'BOARD'
  | 'PLATFORM'
  | 'SECTOR_BODY'
  | 'VENDOR';

export type PersonalDataCategory =
  | 'ADMINISTRATION_NUMBER'
  | 'CONTACT_DETAILS'
  | 'EDUCATION_ORGANISATION'
  | 'FEES'
  | 'HEALTH_WELLBEING'
  | 'IDENTIFIERS'
  | 'LEGAL_OTHER'
  | 'NATIONALITY_BIRTHPLACE'
  | 'PARENTS_GUARDIANS'
  /** Citizen service number (BSN) or education number (PGN): restricted by art. 46 UAVG. */
  | 'PERSONAL_NUMBER'
  | 'PHOTOS_VIDEO'
  | 'RELIGION'
  | 'STUDY_PROGRESS'
  | 'TEACHERS_MENTORS'
  | 'USAGE_LOGS';

export type ProcessingLocationInput = {
  /** What happens there: storage, processing, support. */
  activity: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
};

export type ProductCategory =
  | 'COMMUNICATION'
  | 'DIGITAL_LEARNING_MATERIAL'
  | 'IDENTITY'
  | 'LEARNING_PLATFORM'
  | 'OFFICE_CLOUD'
  | 'OTHER'
  | 'STUDENT_INFORMATION_SYSTEM'
  | 'TESTING';

export type ProductFilter = {
  category?: InputMaybe<ProductCategory>;
  /** Words in the name or description, or the vendor name. */
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
};

export type RetentionRuleInput = {
  category: PersonalDataCategory;
  period: Scalars['String']['input'];
};

export type Role =
  /** Administers its own organisation: profile, members, invitations, API tokens. */
  | 'ADMIN'
  | 'NEGOTIATOR'
  /** Operators of this Regie instance (members of the PLATFORM organisation). */
  | 'PLATFORM_ADMIN'
  | 'PRIVACY_OFFICER'
  | 'PROCUREMENT'
  | 'REVIEWER'
  | 'SIGNATORY'
  | 'VENDOR_EDITOR'
  | 'VIEWER';

export type Sector =
  | 'HO'
  | 'MBO'
  | 'PO'
  | 'SO'
  | 'VO'
  | 'VSO';

export type SetMemberRolesInput = {
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};

export type SubprocessorInput = {
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
  service: Scalars['String']['input'];
  /** Outside the EEA: the mechanism, or NONE; inside it: NOT_APPLICABLE. */
  transferMechanism: TransferMechanism;
};

export type TransferMechanism =
  | 'ADEQUACY_DECISION'
  | 'BINDING_CORPORATE_RULES'
  | 'NONE'
  | 'NOT_APPLICABLE'
  | 'STANDARD_CONTRACTUAL_CLAUSES';

export type UpdateMeInput = {
  locale?: InputMaybe<Locale>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganisationInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
  studentCount?: InputMaybe<Scalars['Int']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Only what is given changes; a null description removes it. */
export type UpdateProductInput = {
  category?: InputMaybe<ProductCategory>;
  dataServices?: InputMaybe<Array<EduvDataService>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Sector>>;
};

export type VendorFilter = {
  attestationType?: InputMaybe<AttestationType>;
  /** Has a product of this category. */
  category?: InputMaybe<ProductCategory>;
  /** true: every product has a published leaflet, and none has a location or sub-processor outside the EEA; false: the others. */
  dataOnlyInEea?: InputMaybe<Scalars['Boolean']['input']>;
  hasPublishedDeal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the vendor name, or in the name or description of one of its products. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Has a product for this sector. */
  sector?: InputMaybe<Sector>;
};

export type ApiStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiStatusQuery = { __typename: 'Query' };


export const ApiStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ApiStatusQuery, ApiStatusQueryVariables>;