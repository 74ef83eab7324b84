import { AssessmentStatus, ComplianceAnswer, ReviewVerdict } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

export interface StoredAnswer {
  requirementId: string;
  answer: ComplianceAnswer;
  explanation: string | null;
  /** The vendor's own attestations, by id. */
  evidenceIds: string[];
  verdict: ReviewVerdict;
  reviewNote: string | null;
}

/** A vendor's self-assessment of one product against one minimum standard. */
@Entity('assessment')
// A product's result against a standard: its newest submitted assessment.
@Index('assessment_product_standard_idx', ['productId', 'standardId', 'submittedAt'])
@Index('assessment_queue_idx', ['status', 'submittedAt', 'id'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @Column({ type: 'uuid' })
  standardId!: string;

  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status' })
  status!: AssessmentStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers!: StoredAnswer[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
