import { DeviationAssessment } from '@regie/domain';
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

/** A negotiated deviation from the model agreement, and the board FG's assessment. */
@Entity('agreement_deviation')
@Index('agreement_deviation_agreement_idx', ['agreementId', 'createdAt', 'id'])
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
}
