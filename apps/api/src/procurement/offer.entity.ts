import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredPriceTier {
  minStudents: number;
  pricePerStudentCents: number;
}

export interface StoredScore {
  criterion: string;
  score: number;
}

/**
 * A vendor's sealed offer in a tender: one per product; withdrawing deletes it.
 * Visible to its vendor only until the tender reaches EVALUATION.
 */
@Entity('offer')
@Index('offer_product_key', ['tenderId', 'productId'], { unique: true })
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenderId!: string;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @Column({ type: 'uuid' })
  productId!: string;

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
}
