import { AdvisoryResponse } from '@regie/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SecurityAdvisoryEntity } from './advisory.entity';

/**
 * One affected board's copy of an advisory, written by the fan-out (the boards with
 * an agreement in force on a named product), with the board's answer.
 */
@Entity('advisory_notice')
@Index('advisory_notice_board_idx', ['boardId', 'advisoryId'])
export class AdvisoryNoticeEntity {
  @PrimaryColumn({ type: 'uuid' })
  advisoryId!: string;

  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => SecurityAdvisoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: SecurityAdvisoryEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  notifiedAt!: Date;

  @Column({ type: 'enum', enum: AdvisoryResponse, enumName: 'advisory_response', nullable: true })
  response!: AdvisoryResponse | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  respondedById!: string | null;

  /** The board's first answer: respondedAt moves with every change, this stays (the chart). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstRespondedAt!: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responded_by_id' })
  respondedBy?: UserEntity;
}
