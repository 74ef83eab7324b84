import { OfferStatus } from '@regie/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { TenderEntity } from './tender.entity';

export interface StoredPriceTier {
  minStudents: number;
  pricePerStudentCents: number;
}

export interface StoredScore {
  criterion: string;
  score: number;
}

/**
 * A vendor's sealed offer in a tender: one standing offer per product. Visible to its
 * vendor only until the tender reaches EVALUATION. Withdrawing keeps the row (audit
 * events name it) as WITHDRAWN: its vendor still sees it, nobody else ever does, and
 * the vendor may offer the product again in a new row.
 */
@Entity('offer')
@Index('offer_product_key', ['tenderId', 'productId'], {
  unique: true,
  where: `status <> 'WITHDRAWN'`,
})
@Check('offer_withdrawn_at_check', `(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)`)
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id' })
  tender?: TenderEntity;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'jsonb' })
  priceTiers!: StoredPriceTier[];

  @Column({ type: 'text' })
  terms!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt!: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  scores!: StoredScore[];

  @Column({ type: 'double precision', nullable: true })
  totalScore!: number | null;

  @Column({
    type: 'enum',
    enum: OfferStatus,
    enumName: 'offer_status',
    default: OfferStatus.SUBMITTED,
  })
  status!: OfferStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;
}
