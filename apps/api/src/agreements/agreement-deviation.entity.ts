import { AgreementTopic, DeviationAssessment, SignatureParty } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgreementEntity } from './agreement.entity';

/**
 * A negotiated deviation from the model agreement, and the board FG's assessment. Proposed by
 * one party (`addedBy`; null for a framework deal's, which the sector body negotiated), which
 * may change it (clearing the assessment) or withdraw it: a withdrawn deviation leaves the
 * agreement but is kept, as its audit events name it.
 */
@Entity('agreement_deviation')
@Index('agreement_deviation_agreement_idx', ['agreementId', 'createdAt', 'id'])
// Product.sectorSignals: the topics that count (migration 1795660000000).
@Index('agreement_deviation_topic_idx', { synchronize: false })
export class AgreementDeviationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @Column({ type: 'text' })
  clause!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({
    type: 'enum',
    enum: AgreementTopic,
    enumName: 'agreement_topic',
    default: AgreementTopic.OTHER,
  })
  topic!: AgreementTopic;

  /** The party that proposed it; null: a framework deal's, negotiated by the sector body. */
  @Column({ type: 'enum', enum: SignatureParty, enumName: 'signature_party', nullable: true })
  addedBy!: SignatureParty | null;

  /** Null until the FG assessed it. */
  @Column({
    type: 'enum',
    enum: DeviationAssessment,
    enumName: 'deviation_assessment',
    nullable: true,
  })
  assessment!: DeviationAssessment | null;

  @Column({ type: 'text', nullable: true })
  assessmentNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  assessedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  assessedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Set when its party withdrew it: no longer part of the agreement, kept for the record. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;
}
