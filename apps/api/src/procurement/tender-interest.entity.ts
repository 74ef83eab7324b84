import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TenderEntity } from './tender.entity';

/** A board's demand in a tender: one per board, re-registering updates it. */
@Entity('tender_interest')
@Index('tender_interest_board_key', ['tenderId', 'boardId'], { unique: true })
export class TenderInterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id' })
  tender?: TenderEntity;

  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'int' })
  studentCount!: number;

  @Column({ type: 'int' })
  schoolCount!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  registeredAt!: Date;
}
