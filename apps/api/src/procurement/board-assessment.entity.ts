import { AssessmentStatus } from '@regie/domain';
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
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A board's maturity on one requirement of a BOARD standard. */
export interface StoredMaturityAnswer {
  requirementId: string;
  /** Today's maturity, 1-5. */
  level: number;
  explanation: string | null;
  /** Where the board plans to be (>= level), and by when (YYYY-MM-DD). */
  plannedLevel: number | null;
  plannedBy: string | null;
}

/**
 * A board's own assessment of its maturity against a BOARD standard: DRAFT, then SUBMITTED
 * (frozen; reassessing starts a new one). Only the board's members see it.
 */
@Entity('board_assessment')
// A board's result against a standard: its newest submitted assessment.
@Index('board_assessment_board_standard_idx', ['boardId', 'standardId', 'submittedAt'])
// The sector overview of a board standard: every board's newest submitted assessment.
@Index('board_assessment_standard_idx', ['standardId', 'submittedAt'])
// At most one open DRAFT per board and standard (starting again resumes it).
@Index('board_assessment_draft_key', ['boardId', 'standardId'], {
  unique: true,
  where: `status = 'DRAFT'`,
})
export class BoardAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'uuid' })
  standardId!: string;

  @ManyToOne(() => MinimumStandardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standard_id' })
  standard?: MinimumStandardEntity;

  /** DRAFT or SUBMITTED (never REVIEWED: nobody outside the board reviews it). */
  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status' })
  status!: AssessmentStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers!: StoredMaturityAnswer[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @VersionColumn({ default: 1 })
  version!: number;
}
