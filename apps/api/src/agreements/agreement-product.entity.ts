import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';
import { AgreementEntity } from './agreement.entity';

/** Which products an agreement covers (all of its vendor). */
@Entity('agreement_product')
// Which agreements cover a product: incidents and attestation notices ask this.
@Index('agreement_product_product_idx', ['productId', 'agreementId'])
export class AgreementProductEntity {
  @PrimaryColumn({ type: 'uuid' })
  agreementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;
}
