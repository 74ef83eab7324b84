import { AuthorityDecision } from '@regie/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { IncidentNoticeEntity } from './incident-notice.entity';

/**
 * One version of a board's record of a breach (art. 33(5) GDPR): the decision on notifying
 * the supervisory authority, the breach's effects and the remedial action, as its privacy
 * officer recorded them. Appended, never changed: the FG records again as it learns more,
 * and the notice carries the latest version.
 */
@Entity('incident_authority_record')
// What art. 33(5) asks, whoever writes the row: when it was reported, or why not.
@Check(
  'incident_authority_record_decision_check',
  `(decision = 'REPORTED' AND reported_at IS NOT NULL) OR (decision = 'NOT_REPORTED' AND reason IS NOT NULL)`,
)
export class IncidentAuthorityRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  incidentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  /** 1 for the first record of this notice, then 2, 3, … */
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @ManyToOne(() => IncidentNoticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'incident_id', referencedColumnName: 'incidentId' },
    { name: 'board_id', referencedColumnName: 'boardId' },
  ])
  notice?: IncidentNoticeEntity;

  @Column({ type: 'enum', enum: AuthorityDecision, enumName: 'authority_decision' })
  decision!: AuthorityDecision;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reportedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  effects!: string | null;

  @Column({ type: 'text', nullable: true })
  remedialAction!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;
}
