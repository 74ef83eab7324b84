import { AgreementSource, AgreementStatus, ExitChoice, SignatureParty } from '@regie/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { GeneralOfferEntity } from './general-offer.entity';

/**
 * A processing agreement between one board and one vendor. Only the lifecycle's own
 * steps are stored in `status` (DRAFT … ACTIVE); SUPERSEDED, TERMINATED and EXPIRED
 * are derived from the dates on every read (effectiveAgreementStatus), so they are
 * never stale. `version` is the optimistic lock: every change runs a conditional
 * UPDATE on it.
 */
@Entity('agreement')
// Lists run newest first in (createdAt, id) order, per board and per vendor.
@Index('agreement_board_created_idx', ['boardId', 'createdAt', 'id'])
@Index('agreement_vendor_created_idx', ['vendorId', 'createdAt', 'id'])
@Index('agreement_created_idx', ['createdAt', 'id'])
@Index('agreement_supersedes_idx', ['supersedesId'], { where: 'supersedes_id IS NOT NULL' })
@Index('agreement_general_offer_idx', ['generalOfferId'], {
  where: 'general_offer_id IS NOT NULL',
})
// The start-up backfill's question: which ACTIVE agreements still lack their signed PDF.
@Index('agreement_without_signed_document_idx', ['id'], {
  where: `status = 'ACTIVE' AND signed_document_file_id IS NULL`,
})
@Index('agreement_signed_document_key', ['signedDocumentFileId'], {
  unique: true,
  where: 'signed_document_file_id IS NOT NULL',
})
// The reminder job's exits: signed agreements whose end has come, not yet confirmed
// (migration 1795500000000; an expression index TypeORM cannot declare).
@Index('agreement_exit_open_idx', { synchronize: false })
// Product.sectorSignals: the ACTIVE agreements' board and dates (migration 1795660000000).
@Index('agreement_active_in_force_idx', { synchronize: false })
@Check('agreement_exit_chosen_check', '(exit_choice IS NULL) = (exit_chosen_on IS NULL)')
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'enum', enum: AgreementSource, enumName: 'agreement_source' })
  source!: AgreementSource;

  /** DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED or ACTIVE: the rest is derived. */
  @Column({ type: 'enum', enum: AgreementStatus, enumName: 'agreement_status' })
  status!: AgreementStatus;

  @Column({ type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  modelVersion!: string;

  /** Calendar dates, YYYY-MM-DD, both inclusive; null validFrom: from activation. */
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  /** The day (Europe/Amsterdam) both signatures were in. */
  @Column({ type: 'date', nullable: true })
  activatedOn!: string | null;

  /** The last day it holds, set by terminateAgreement. */
  @Column({ type: 'date', nullable: true })
  terminationDate!: string | null;

  @Column({ type: 'text', nullable: true })
  terminationReason!: string | null;

  /** The older agreement this one replaces once it is ACTIVE. */
  @Column({ type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => AgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: AgreementEntity;

  /** The first day this agreement no longer holds because a newer one became ACTIVE. */
  @Column({ type: 'date', nullable: true })
  supersededOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  generalOfferId!: string | null;

  @ManyToOne(() => GeneralOfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'general_offer_id' })
  generalOffer?: GeneralOfferEntity;

  /** Set for source FRAMEWORK; the framework deal module owns that table. */
  @Column({ type: 'uuid', nullable: true })
  frameworkDealId!: string | null;

  /**
   * The PDF of what was signed (signed-document.ts), written in the transaction that makes
   * the agreement ACTIVE; null before, and for an agreement activated before Regie made them
   * until the start-up backfill has made its one.
   */
  @Column({ type: 'uuid', nullable: true })
  signedDocumentFileId!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_document_file_id' })
  signedDocumentFile?: StoredFileEntity;

  /** When the leaflet versions were fixed (submission, or a general offer's acceptance). */
  @Column({ type: 'timestamptz', nullable: true })
  leafletsFixedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The drafting party (whose step DRAFT and CHANGES_REQUESTED wait for); null for FRAMEWORK. */
  @Column({ type: 'enum', enum: SignatureParty, enumName: 'signature_party', nullable: true })
  createdByParty!: SignatureParty | null;

  /**
   * For GENERAL_OFFER and FRAMEWORK: the SHA-256 of the vendor's signature on the offer or the
   * deal, fixed when the agreement is made; the signed content names it (vendorConsent). Null
   * for DIRECT agreements, and for those signed before Regie named the consent.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  vendorConsentSha256!: string | null;

  /** The board's exit choice (art. 28(3)(g)), once made, and when and by whom. */
  @Column({ type: 'enum', enum: ExitChoice, enumName: 'exit_choice', nullable: true })
  exitChoice!: ExitChoice | null;

  /** The day (Europe/Amsterdam) of the choice: the due date counts from it. */
  @Column({ type: 'date', nullable: true })
  exitChosenOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  exitChosenById!: string | null;

  /** The vendor's confirmation that the data was returned and deleted as chosen. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  exitConfirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  exitConfirmedById!: string | null;

  @Column({ type: 'text', nullable: true })
  exitStatement!: string | null;

  /** Millisecond precision, as JavaScript keeps it: the list cursor carries it. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Optimistic lock, raised by a conditional UPDATE (never by save). */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
