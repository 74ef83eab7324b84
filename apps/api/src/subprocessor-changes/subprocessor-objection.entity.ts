import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SubprocessorChangeEntity } from './subprocessor-change.entity';

/**
 * A notified board's objection to a change of subprocessors, by its FG, with a reason: on
 * record for the vendor and that board to settle (typically by terminating). One per board.
 */
@Entity('subprocessor_objection')
@Index('subprocessor_objection_board_key', ['changeId', 'boardId'], { unique: true })
export class SubprocessorObjectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  changeId!: string;

  @ManyToOne(() => SubprocessorChangeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'change_id' })
  change?: SubprocessorChangeEntity;

  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'text' })
  reason!: string;

  /** Millisecond precision, as JavaScript keeps it. */
  @Column({ type: 'timestamptz', precision: 3 })
  objectedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  objectedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'objected_by_id' })
  objectedBy?: UserEntity;
}
