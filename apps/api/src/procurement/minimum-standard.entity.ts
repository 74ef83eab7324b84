import { AttestationType, StandardStatus } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A requirement as stored in its standard; its id is stable across reads. */
export interface StoredRequirement {
  id: string;
  code: string;
  title: string;
  description: string;
  mandatory: boolean;
  evidenceTypes: AttestationType[];
}

/**
 * A sector body's minimum standard. Its requirements live with it (jsonb): a
 * published version never changes, a new version is a new standard.
 */
@Entity('minimum_standard')
@Index('minimum_standard_sector_body_idx', ['sectorBodyId', 'name', 'version'])
export class MinimumStandardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sectorBodyId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_body_id' })
  sectorBody?: OrganisationEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'enum', enum: StandardStatus, enumName: 'standard_status' })
  status!: StandardStatus;

  @Column({ type: 'jsonb' })
  requirements!: StoredRequirement[];

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
