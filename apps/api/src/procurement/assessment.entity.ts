import { AssessmentStatus, ComplianceAnswer, ReviewVerdict } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { MinimumStandardEntity } from './minimum-standard.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';

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
// The sector overview: a standard's newest submitted assessment per product.
@Index('assessment_standard_product_idx', ['standardId', 'productId', 'submittedAt'])
@Index('assessment_queue_idx', ['status', 'submittedAt', 'id'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'uuid' })
  standardId!: string;

  @ManyToOne(() => MinimumStandardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standard_id' })
  standard?: MinimumStandardEntity;

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
