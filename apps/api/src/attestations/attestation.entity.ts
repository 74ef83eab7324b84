import { AttestationType, VerificationStatus, Visibility } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A vendor's security attestation. What was issued (type, issuer, scope, dates,
 * document) never changes: a new certificate is a new attestation that supersedes
 * this one. Its validity is derived from validUntil and today, never stored.
 */
@Entity('attestation')
// Lists run in (validUntil, id) order, for everyone and per vendor.
@Index('attestation_valid_until_idx', ['validUntil', 'id'])
@Index('attestation_vendor_valid_until_idx', ['vendorId', 'validUntil', 'id'])
export class AttestationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'enum', enum: AttestationType, enumName: 'attestation_type' })
  type!: AttestationType;

  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'text' })
  scope!: string;

  /** A calendar date, YYYY-MM-DD. */
  @Column({ type: 'date' })
  issuedOn!: string;

  /** A calendar date, YYYY-MM-DD: the last day it holds. */
  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'enum', enum: Visibility, enumName: 'attestation_visibility' })
  visibility!: Visibility;

  @Column({
    type: 'enum',
    enum: VerificationStatus,
    enumName: 'attestation_verification',
    default: VerificationStatus.UNVERIFIED,
  })
  verification!: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  verificationNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** The reviewer; people live in app_user (identity). */
  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  /** The sector body the reviewer verified for. */
  @Column({ type: 'uuid', nullable: true })
  verifiedByOrganisationId!: string | null;

  @Index('attestation_document_file_key', { unique: true })
  @Column({ type: 'uuid' })
  documentFileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_file_id' })
  documentFile?: StoredFileEntity;

  /** Kept with the attestation: what was attested is this exact document. */
  @Column({ type: 'char', length: 64 })
  documentSha256!: string;

  /** The attestation this one renews; each is renewed at most once. */
  @Index('attestation_supersedes_key', { unique: true, where: 'supersedes_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => AttestationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: AttestationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Millisecond precision, as JavaScript keeps it. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** What an Attestation is made from: the entity's columns that the API shows or loads by. */
export type AttestationRow = Pick<
  AttestationEntity,
  | 'id'
  | 'vendorId'
  | 'type'
  | 'issuer'
  | 'scope'
  | 'issuedOn'
  | 'validUntil'
  | 'visibility'
  | 'verification'
  | 'verificationNote'
  | 'documentSha256'
  | 'createdAt'
  | 'documentFileId'
  | 'supersedesId'
>;

/**
 * A select list giving an AttestationRow as plain values (raw rows named as the
 * properties, dates as text as the entity keeps them): a page's attestations skip
 * TypeORM's entity hydration.
 */
export function attestationRowSelect(alias: string): string {
  return [
    `${alias}.id AS "id"`,
    `${alias}.vendor_id AS "vendorId"`,
    `${alias}.type AS "type"`,
    `${alias}.issuer AS "issuer"`,
    `${alias}.scope AS "scope"`,
    `${alias}.issued_on::text AS "issuedOn"`,
    `${alias}.valid_until::text AS "validUntil"`,
    `${alias}.visibility AS "visibility"`,
    `${alias}.verification AS "verification"`,
    `${alias}.verification_note AS "verificationNote"`,
    `${alias}.document_sha256 AS "documentSha256"`,
    `${alias}.created_at AS "createdAt"`,
    `${alias}.document_file_id AS "documentFileId"`,
    `${alias}.supersedes_id AS "supersedesId"`,
  ].join(', ');
}
