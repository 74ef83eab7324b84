import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A board's demand in a tender: one per board, re-registering updates it. */
@Entity('tender_interest')
@Index('tender_interest_board_key', ['tenderId', 'boardId'], { unique: true })
export class TenderInterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenderId!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @Column({ type: 'int' })
  studentCount!: number;

  @Column({ type: 'int' })
  schoolCount!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  registeredAt!: Date;
}
