import { EduvDataService, ProductCategory, Sector } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('product')
@Index('product_vendor_name_idx', ['vendorId', 'name'])
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
