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
  /** A calendar date in Europe/Amsterdam: ISO 8601 YYYY-MM-DD. */
  Date: { input: string; output: string; }
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

export type AccessRequestStatus =
  | 'DENIED'
  | 'GRANTED'
  | 'PENDING'
  | 'REVOKED';

export type AttestationFilter = {
  type?: InputMaybe<AttestationType>;
  validity?: InputMaybe<AttestationValidity>;
  vendorId?: InputMaybe<Scalars['ID']['input']>;
  verification?: InputMaybe<VerificationStatus>;
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

export type AttestationValidity =
  | 'EXPIRED'
  | 'EXPIRING'
  | 'VALID';

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

export type CreateAttestationInput = {
  /** A PDF uploaded through POST /api/files for the vendor, not yet part of anything. */
  documentFileId: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  issuer: Scalars['String']['input'];
  /** The vendor's own products it covers. */
  productIds: Array<Scalars['ID']['input']>;
  scope: Scalars['String']['input'];
  /** The vendor's attestation this one renews. */
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
  type: AttestationType;
  /** Not before issuedOn. */
  validUntil: Scalars['Date']['input'];
  /** The vendor the caller acts for. */
  vendorId: Scalars['ID']['input'];
  visibility: Visibility;
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

export type DecideAttestationAccessInput = {
  grant: Scalars['Boolean']['input'];
  requestId: Scalars['ID']['input'];
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
};

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

export type RequestAttestationAccessInput = {
  attestationId: Scalars['ID']['input'];
  /** The board or sector body the caller asks for. */
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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

/** What may change once an attestation is issued: who sees it and which products it covers. Anything else is a new attestation that supersedes it. */
export type UpdateAttestationInput = {
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  visibility?: InputMaybe<Visibility>;
};

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

export type VerificationStatus =
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

export type VerifyAttestationInput = {
  attestationId: Scalars['ID']['input'];
  /** Required when rejecting. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** VERIFIED or REJECTED. */
  status: VerificationStatus;
};

export type Visibility =
  | 'PUBLIC'
  | 'RESTRICTED'
  | 'SECTOR';

export type ApiStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiStatusQuery = { __typename: 'Query' };


export const ApiStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ApiStatusQuery, ApiStatusQueryVariables>;