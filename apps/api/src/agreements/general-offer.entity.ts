import { GeneralOfferStatus } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A vendor's standing, signed terms for some of its products: its signatory's
 * publication is the vendor's signature for every board that accepts.
 */
@Entity('general_offer')
@Index('general_offer_published_idx', ['publishedAt', 'id'])
@Index('general_offer_vendor_published_idx', ['vendorId', 'publishedAt', 'id'])
export class GeneralOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'text' })
  modelVersion!: string;

  @Index('general_offer_terms_file_key', { unique: true })
  @Column({ type: 'uuid' })
  termsFileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'terms_file_id' })
  termsFile?: StoredFileEntity;

  @Column({ type: 'char', length: 64 })
  termsSha256!: string;

  /**
   * SHA-256 of what its signatory signed by publishing (generalOfferTermsJson: the offer, its
   * products, model and terms' hash): the vendor's consent every agreement on it names.
   */
  @Column({ type: 'char', length: 64 })
  signatureSha256!: string;

  @Column({ type: 'enum', enum: GeneralOfferStatus, enumName: 'general_offer_status' })
  status!: GeneralOfferStatus;

  /** The vendor's signatory who published (and so signed) it. */
  @Column({ type: 'uuid' })
  publishedById!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
