import { AuthorityDecision } from '@regie/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { IncidentEntity } from './incident.entity';

/**
 * One affected board's copy of an incident: written when the incident is reported
 * (the boards with an ACTIVE agreement on its products then), and acknowledged by
 * the board's privacy officer. The time between the two is what the vendor and
 * the board account for.
 */
@Entity('incident_notice')
// A board's incidents: the visibility filter and the board's list ask this.
@Index('incident_notice_board_idx', ['boardId', 'incidentId'])
export class IncidentNoticeEntity {
  @PrimaryColumn({ type: 'uuid' })
  incidentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => IncidentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: IncidentEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  notifiedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by_id' })
  acknowledgedBy?: UserEntity;

  /** The board's decision on notifying the supervisory authority; null until recorded. */
  @Column({
    type: 'enum',
    enum: AuthorityDecision,
    enumName: 'authority_decision',
    nullable: true,
  })
  authorityDecision!: AuthorityDecision | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  authorityReportedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  authorityReference!: string | null;

  @Column({ type: 'text', nullable: true })
  authorityDecisionReason!: string | null;

  @Column({ type: 'text', nullable: true })
  effects!: string | null;

  @Column({ type: 'text', nullable: true })
  remedialAction!: string | null;

  /** How many times the record was made: its versions are 1..authorityVersion. */
  @Column({ type: 'integer', default: 0 })
  authorityVersion!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  authorityRecordedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  authorityRecordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authority_recorded_by_id' })
  authorityRecordedBy?: UserEntity;
}
