import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';
import { AttestationEntity } from './attestation.entity';

/** Which products an attestation covers. */
@Entity('attestation_product')
@Index('attestation_product_product_idx', ['productId', 'attestationId'])
export class AttestationProductEntity {
  @PrimaryColumn({ type: 'uuid' })
  attestationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;
}
