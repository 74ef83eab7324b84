import { DataSubject, LeafletStatus, PersonalDataCategory, TransferMechanism } from '@regie/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { ProductEntity } from './product.entity';

export interface StoredRetentionRule {
  category: PersonalDataCategory;
  period: string;
}

export interface StoredSubprocessor {
  name: string;
  service: string;
  country: string;
  transferMechanism: TransferMechanism;
}

export interface StoredLocation {
  country: string;
  activity: string;
}

/**
 * One version of a product's privacy leaflet. A product has at most one DRAFT (the
 * next version, visible to its vendor only); a PUBLISHED row never changes again,
 * which a trigger enforces whoever asks.
 */
@Entity('privacy_leaflet')
@Index('privacy_leaflet_product_version_key', ['productId', 'version'], { unique: true })
@Index('privacy_leaflet_one_draft_key', ['productId'], {
  unique: true,
  where: `status = 'DRAFT'`,
})
@Check('privacy_leaflet_published_at_check', `(status = 'PUBLISHED') = (published_at IS NOT NULL)`)
export class PrivacyLeafletEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  /** 1, 2, …: a draft carries the number it will be published under. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'enum', enum: LeafletStatus, enumName: 'leaflet_status' })
  status!: LeafletStatus;

  @Column({ type: 'text', array: true })
  purposes!: string[];

  @Column({ type: 'enum', enum: DataSubject, enumName: 'data_subject', array: true })
  dataSubjects!: DataSubject[];

  @Column({
    type: 'enum',
    enum: PersonalDataCategory,
    enumName: 'personal_data_category',
    array: true,
  })
  dataCategories!: PersonalDataCategory[];

  @Column({ type: 'jsonb' })
  retention!: StoredRetentionRule[];

  @Column({ type: 'jsonb' })
  subprocessors!: StoredSubprocessor[];

  @Column({ type: 'jsonb' })
  locations!: StoredLocation[];

  /**
   * Whether a location or sub-processor lies outside the EEA, derived from the
   * countries when saved: the vendor filter `dataOnlyInEea` reads it.
   */
  @Column({ type: 'boolean' })
  dataOutsideEea!: boolean;

  @Column({ type: 'integer' })
  breachNotificationHours!: number;

  @Column({ type: 'text', nullable: true })
  privacyContactEmail!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
