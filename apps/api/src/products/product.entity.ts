import { EduvDataService, ProductCategory, Sector } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PrivacyLeafletEntity } from './privacy-leaflet.entity';

@Entity('product')
@Index('product_vendor_name_idx', ['vendorId', 'name'])
@Index('product_name_idx', ['name', 'id'])
// GIN over the Dutch full-text document of name and description (see
// product-search.ts): TypeORM cannot express it, so the migration creates it and
// the schema diff leaves it alone.
@Index('product_search_idx', { synchronize: false })
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  category!: ProductCategory;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'enum', enum: Sector, enumName: 'product_sector', array: true, default: '{}' })
  sectors!: Sector[];

  @Column({
    type: 'enum',
    enum: EduvDataService,
    enumName: 'eduv_data_service',
    array: true,
    default: '{}',
  })
  dataServices!: EduvDataService[];

  /**
   * The newest published leaflet, set when a version is published: the leaflet rows
   * themselves never change once published.
   */
  @Index('product_current_leaflet_idx')
  @Column({ type: 'uuid', nullable: true })
  currentLeafletId!: string | null;

  @ManyToOne(() => PrivacyLeafletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_leaflet_id' })
  currentLeaflet?: Relation<PrivacyLeafletEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** What a Product is made from: the entity's columns that the API shows or loads by. */
export type ProductRow = Pick<
  ProductEntity,
  | 'id'
  | 'name'
  | 'category'
  | 'description'
  | 'sectors'
  | 'dataServices'
  | 'vendorId'
  | 'currentLeafletId'
>;

/**
 * A select list giving a ProductRow as plain values (raw rows named as the properties,
 * enum arrays as text[], which pg parses): hot reads skip TypeORM's entity hydration.
 */
export function productRowSelect(alias: string): string {
  return [
    `${alias}.id AS "id"`,
    `${alias}.name AS "name"`,
    `${alias}.category AS "category"`,
    `${alias}.description AS "description"`,
    `${alias}.sectors::text[] AS "sectors"`,
    `${alias}.data_services::text[] AS "dataServices"`,
    `${alias}.vendor_id AS "vendorId"`,
    `${alias}.current_leaflet_id AS "currentLeafletId"`,
  ].join(', ');
}
