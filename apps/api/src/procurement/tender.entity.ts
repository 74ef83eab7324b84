import { ProductCategory, TenderStatus } from '@regie/domain';
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
import { OrganisationEntity } from '../organisations/organisation.entity';

export interface StoredCriterion {
  name: string;
  weight: number;
}

/** A collective tender run by a sector body (tender-lifecycle.ts holds its rules). */
@Entity('tender')
@Index('tender_list_idx', ['createdAt', 'id'])
@Index('tender_sector_body_idx', ['sectorBodyId'])
export class TenderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sectorBodyId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_body_id' })
  sectorBody?: OrganisationEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  category!: ProductCategory;

  @Column({ type: 'uuid', nullable: true })
  standardId!: string | null;

  @ManyToOne(() => MinimumStandardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standard_id' })
  standard?: MinimumStandardEntity;

  @Column({ type: 'enum', enum: TenderStatus, enumName: 'tender_status' })
  status!: TenderStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  interestDeadline!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  offerDeadline!: Date;

  @Column({ type: 'jsonb' })
  criteria!: StoredCriterion[];

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
