import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';
import { GeneralOfferEntity } from './general-offer.entity';

/** Which products a general offer covers. */
@Entity('general_offer_product')
@Index('general_offer_product_product_idx', ['productId', 'generalOfferId'])
export class GeneralOfferProductEntity {
  @PrimaryColumn({ type: 'uuid' })
  generalOfferId!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => GeneralOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'general_offer_id' })
  generalOffer?: GeneralOfferEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;
}
