import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A board's joining of a published framework deal (joinFrameworkDeal). */
@Entity('participation')
@Index('participation_board_key', ['dealId', 'boardId'], { unique: true })
@Index('participation_board_idx', ['boardId'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dealId!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  joinedAt!: Date;

  /** The ACTIVE FRAMEWORK agreement created with it. */
  @Column({ type: 'uuid', nullable: true })
  agreementId!: string | null;
}
