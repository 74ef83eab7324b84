import { AgreementTopic, FindingVerdict, RiskLevel } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { ProductEntity } from '../products/product.entity';

/** One finding of a review, kept as published. */
export interface StoredFinding {
  topic: AgreementTopic;
  verdict: FindingVerdict;
  note: string;
}

/**
 * An FG's review of a product's terms, published for the sector (DOMAIN.md "Learning from
 * each other and sector oversight"). Anonymous: the board is shown only to its own members.
 * Withdrawn: gone from every list but the board's own; the audit trail keeps it.
 */
@Entity('product_review')
// The product page and productReviews(productId:): published, not withdrawn, newest first.
@Index('product_review_product_idx', ['productId', 'publishedAt', 'id'], {
  where: 'withdrawn_at IS NULL',
})
// productReviews(boardId:) and the board's own list (withdrawn ones included).
@Index('product_review_board_idx', ['boardId', 'publishedAt', 'id'])
// The reviews of one leaflet version (beside an agreement resting on it).
@Index('product_review_leaflet_idx', ['leafletId'], { where: 'withdrawn_at IS NULL' })
export class ProductReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  /** The reviewing board. Never shown outside it when `anonymous`. */
  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'board_id' })
  board?: OrganisationEntity;

  /** The leaflet version that was reviewed (null: the product had none published). */
  @Column({ type: 'uuid', nullable: true })
  leafletId!: string | null;

  @ManyToOne(() => PrivacyLeafletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leaflet_id' })
  leaflet?: PrivacyLeafletEntity;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level' })
  riskLevel!: RiskLevel;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  findings!: StoredFinding[];

  /** Millisecond precision, as JavaScript keeps it: the list cursor carries it. */
  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawn_by_id' })
  withdrawnBy?: UserEntity;

  /** The vendor's one response. */
  @Column({ type: 'text', nullable: true })
  vendorResponse!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  vendorRespondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  vendorRespondedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vendor_responded_by_id' })
  vendorRespondedBy?: UserEntity;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
