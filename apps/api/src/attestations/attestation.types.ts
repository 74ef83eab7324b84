import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  AccessRequestStatus,
  attestationValidity,
  AttestationType,
  AttestationValidity,
  VerificationStatus,
  Visibility,
} from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import { CalendarDateScalar } from '../common/scalars';
import type { AttestationAccessRequestEntity } from './attestation-access-request.entity';
import type { AttestationRow } from './attestation.entity';

@ObjectType({
  description:
    "A vendor's security attestation (certificate, audit report, pentest). Its document " +
    'is shown to whom its visibility allows; RESTRICTED documents after a granted request.',
})
export class Attestation {
  @Field(() => ID)
  id!: string;

  @Field(() => AttestationType)
  type!: AttestationType;

  @Field({ description: 'The certification body or audit firm.' })
  issuer!: string;

  @Field({ description: 'The scope statement: what the attestation covers.' })
  scope!: string;

  @Field(() => CalendarDateScalar)
  issuedOn!: string;

  @Field(() => CalendarDateScalar, { description: 'The last day it holds.' })
  validUntil!: string;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => AttestationValidity, {
    description: 'From validUntil and today (Europe/Amsterdam): EXPIRING within 90 days.',
  })
  validity!: AttestationValidity;

  @Field(() => VerificationStatus, { description: "A sector body reviewer's verdict." })
  verification!: VerificationStatus;

  @Field(() => String, { nullable: true })
  verificationNote!: string | null;

  @Field({ description: 'SHA-256 of the document, hex: shown even when the document is not.' })
  documentSha256!: string;

  @Field()
  createdAt!: Date;

  /** For the field resolvers: not part of the API as such. */
  vendorId!: string;
  documentFileId!: string;
  supersedesId!: string | null;

  static from(row: AttestationRow, today: string): Attestation {
    return Object.assign(new Attestation(), {
      id: row.id,
      type: row.type,
      issuer: row.issuer,
      scope: row.scope,
      issuedOn: row.issuedOn,
      validUntil: row.validUntil,
      visibility: row.visibility,
      validity: attestationValidity(row.validUntil, today),
      verification: row.verification,
      verificationNote: row.verificationNote,
      documentSha256: row.documentSha256,
      createdAt: row.createdAt,
      vendorId: row.vendorId,
      documentFileId: row.documentFileId,
      supersedesId: row.supersedesId,
    });
  }
}

export const AttestationConnection = connectionType(Attestation, 'Attestation');

@ObjectType({
  description: "An organisation's request to read a RESTRICTED attestation's document.",
})
export class AttestationAccessRequest {
  @Field(() => ID)
  id!: string;

  @Field()
  reason!: string;

  @Field(() => AccessRequestStatus)
  status!: AccessRequestStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the vendor granted or denied it.' })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the vendor revoked the grant.' })
  revokedAt!: Date | null;

  attestationId!: string;
  requesterOrganisationId!: string;

  static from(row: AttestationAccessRequestEntity): AttestationAccessRequest {
    return Object.assign(new AttestationAccessRequest(), {
      id: row.id,
      reason: row.reason,
      status: row.status,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      revokedAt: row.revokedAt,
      attestationId: row.attestationId,
      requesterOrganisationId: row.requesterOrganisationId,
    });
  }
}

export const AttestationAccessRequestConnection = connectionType(
  AttestationAccessRequest,
  'AttestationAccessRequest',
);
