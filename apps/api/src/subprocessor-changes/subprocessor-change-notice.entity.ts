import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SubprocessorChangeEntity } from './subprocessor-change.entity';

/**
 * A board told of a change of subprocessors: one with an agreement in force on the product
 * when the change was announced, or whose agreement came into force before effectiveOn
 * (the daily job). Only a notified board sees the change and may object to it.
 */
@Entity('subprocessor_change_notice')
@Index('subprocessor_change_notice_board_idx', ['boardId', 'changeId'])
export class SubprocessorChangeNoticeEntity {
  @PrimaryColumn({ type: 'uuid' })
  changeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => SubprocessorChangeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'change_id' })
  change?: SubprocessorChangeEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  notifiedAt!: Date;
}
