import { AttestationType, StandardStatus, StandardSubject } from '@regie/domain';
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
  /** BOARD standards: the maturity level (1-5) every board must reach; absent for PRODUCT. */
  minimumLevel?: number | null;
  /** BOARD standards, the development line: the level to reach by targetDate (YYYY-MM-DD). */
  targetLevel?: number | null;
  targetDate?: string | null;
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

  /** PRODUCT: vendors assess products against it; BOARD: boards assess their own maturity. */
  @Column({
    type: 'enum',
    enum: StandardSubject,
    enumName: 'standard_subject',
    default: StandardSubject.PRODUCT,
  })
  subject!: StandardSubject;

  @Column({ type: 'jsonb' })
  requirements!: StoredRequirement[];

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
