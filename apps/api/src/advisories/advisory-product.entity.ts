import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';
import { SecurityAdvisoryEntity } from './advisory.entity';

/** The products an advisory concerns. */
@Entity('advisory_product')
@Index('advisory_product_product_idx', ['productId', 'advisoryId'])
export class AdvisoryProductEntity {
  @PrimaryColumn({ type: 'uuid' })
  advisoryId!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => SecurityAdvisoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: SecurityAdvisoryEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;
}
