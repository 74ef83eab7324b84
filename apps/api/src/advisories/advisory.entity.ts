import { Severity, Tlp } from '@regie/domain';
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

/** A sector CERT's security advisory about products in use (DOMAIN.md "Security advisories"). */
@Entity('security_advisory')
@Index('security_advisory_published_idx', ['publishedAt', 'id'])
// One advisory per CSAF tracking id and publisher: a re-import updates it.
@Index('security_advisory_csaf_key', ['publisherId', 'csafTrackingId'], {
  unique: true,
  where: 'csaf_tracking_id IS NOT NULL',
})
export class SecurityAdvisoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  publisherId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'publisher_id' })
  publisher?: OrganisationEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'enum', enum: Severity, enumName: 'advisory_severity' })
  severity!: Severity;

  @Column({ type: 'enum', enum: Tlp, enumName: 'advisory_tlp' })
  tlp!: Tlp;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cves!: string[];

  /** What boards are advised to do: typed in, or the CSAF document's remediations. */
  @Column({ type: 'text', nullable: true })
  recommendedAction!: string | null;

  @Column({ type: 'text', nullable: true })
  csafTrackingId!: string | null;

  @Column({ type: 'text', nullable: true })
  csafVersion!: string | null;

  /** Millisecond precision, as JavaScript keeps it: the list cursor carries it. */
  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
