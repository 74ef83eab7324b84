import type { AgreementTopic } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OfferEntity } from './offer.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TenderEntity } from './tender.entity';
import type { StoredPriceTier } from './offer.entity';

export interface StoredDealDeviation {
  id: string;
  clause: string;
  text: string;
  /** Absent on deviations stored before topics: read as OTHER. */
  topic?: AgreementTopic;
}

export interface StoredVendorSignature {
  signedById: string;
  signedAt: string;
  /** SHA-256 of the deal's terms as signed (dealTermsDocument). */
  documentSha256: string;
}

/**
 * A framework deal (raamovereenkomst): DRAFT, then PUBLISHED once its vendor signed;
 * EXPIRED is derived from validUntil, never stored.
 */
@Entity('framework_deal')
@Index('framework_deal_list_idx', ['createdAt', 'id'])
export class FrameworkDealEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sectorBodyId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_body_id' })
  sectorBody?: OrganisationEntity;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'uuid', array: true })
  productIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  tenderId!: string | null;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id' })
  tender?: TenderEntity;

  /** The awarded offer it came from, if any. */
  @Column({ type: 'uuid', nullable: true })
  offerId!: string | null;

  @ManyToOne(() => OfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offer_id' })
  offer?: OfferEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  terms!: string;

  @Column({ type: 'jsonb' })
  priceTiers!: StoredPriceTier[];

  @Column({ type: 'text' })
  modelVersion!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  deviations!: StoredDealDeviation[];

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date' })
  validUntil!: string;

  /** DRAFT or PUBLISHED. */
  @Column({ type: 'text' })
  status!: 'DRAFT' | 'PUBLISHED';

  @Column({ type: 'jsonb', nullable: true })
  vendorSignature!: StoredVendorSignature | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
