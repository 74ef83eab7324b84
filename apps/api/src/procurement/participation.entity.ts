import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementEntity } from '../agreements/agreement.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A board's joining of a published framework deal (joinFrameworkDeal). */
@Entity('participation')
@Index('participation_board_key', ['dealId', 'boardId'], { unique: true })
@Index('participation_board_idx', ['boardId'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dealId!: string;

  @ManyToOne(() => FrameworkDealEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id' })
  deal?: FrameworkDealEntity;

  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  joinedAt!: Date;

  /** The ACTIVE FRAMEWORK agreement created with it. */
  @Column({ type: 'uuid', nullable: true })
  agreementId!: string | null;

  @ManyToOne(() => AgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;
}
