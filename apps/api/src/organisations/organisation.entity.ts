import { OrganisationKind, Sector } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('organisation')
@Index('organisation_kind_name_idx', ['kind', 'name', 'id'])
// GIN over the Dutch full-text document of the name (products/product-search.ts);
// created by the migration, left alone by the schema diff.
@Index('organisation_search_idx', { synchronize: false })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  name!: string;

  @Index('organisation_board_number_key', { unique: true, where: 'board_number IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  boardNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  kvkNumber!: string | null;

  @Index('organisation_oin_key', { unique: true, where: 'oin IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  oin!: string | null;

  @Column({ type: 'char', length: 2, default: 'NL' })
  country!: string;

  @Column({
    type: 'enum',
    enum: Sector,
    enumName: 'organisation_sector',
    array: true,
    default: '{}',
  })
  sectors!: Sector[];

  @Column({ type: 'integer', nullable: true })
  studentCount!: number | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
