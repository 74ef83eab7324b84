import { SubprocessorChangeStatus } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PrivacyLeafletEntity, type StoredSubprocessor } from '../products/privacy-leaflet.entity';
import { ProductEntity } from '../products/product.entity';

/** What an announced leaflet held when it was announced (PrivacyLeaflet.audited). */
export type AnnouncedLeaflet = Record<string, unknown> & {
  id: string;
  productId: string;
  version: number;
};

/**
 * A vendor's advance notice that a draft leaflet adds or replaces subprocessors (GDPR art.
 * 28(2), DOMAIN.md "Processing agreements"). What it adds and removes is kept as announced:
 * the product's current leaflet moves on once the change is in effect.
 */
@Entity('subprocessor_change')
// A draft has at most one change under way: announcing it again is ALREADY_EXISTS.
@Index('subprocessor_change_announced_leaflet_key', ['leafletId'], {
  unique: true,
  where: `status = 'ANNOUNCED'`,
})
@Index('subprocessor_change_product_idx', ['productId', 'announcedAt', 'id'])
@Index('subprocessor_change_vendor_idx', ['vendorId', 'announcedAt', 'id'])
// The daily job's question: which announced changes are due.
@Index('subprocessor_change_due_idx', ['effectiveOn'], { where: `status = 'ANNOUNCED'` })
export class SubprocessorChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  /** The product's vendor, kept on the row so that its visibility rule needs no join. */
  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  /** The announced draft, published on effectiveOn. */
  @Column({ type: 'uuid' })
  leafletId!: string;

  @ManyToOne(() => PrivacyLeafletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leaflet_id' })
  leaflet?: PrivacyLeafletEntity;

  /** The product's current leaflet when the change was announced (null: none yet). */
  @Column({ type: 'uuid', nullable: true })
  baseLeafletId!: string | null;

  @ManyToOne(() => PrivacyLeafletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'base_leaflet_id' })
  baseLeaflet?: PrivacyLeafletEntity;

  @Column({
    type: 'enum',
    enum: SubprocessorChangeStatus,
    enumName: 'subprocessor_change_status',
  })
  status!: SubprocessorChangeStatus;

  /** YYYY-MM-DD, Europe/Amsterdam: at least 30 days after the announcement. */
  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'jsonb' })
  added!: StoredSubprocessor[];

  @Column({ type: 'jsonb' })
  removed!: StoredSubprocessor[];

  /**
   * The draft's content as announced: what the notified boards keep reading once a change
   * is withdrawn and its draft may be edited again.
   */
  @Column({ type: 'jsonb' })
  announcedLeaflet!: AnnouncedLeaflet;

  /** Millisecond precision, as JavaScript keeps it: the list cursor carries it. */
  @Column({ type: 'timestamptz', precision: 3 })
  announcedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  announcedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'announced_by_id' })
  announcedBy?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawn_by_id' })
  withdrawnBy?: UserEntity;

  /** When the announced leaflet was published (by the daily job or by the vendor). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  inEffectAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
