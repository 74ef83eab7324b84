import { IncidentStatus, Severity } from '@regie/domain';
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

/** A security incident or personal-data breach a vendor reported for some of its products. */
@Entity('incident')
// Lists run newest first in (reportedAt, id) order, for everyone and per vendor.
@Index('incident_reported_idx', ['reportedAt', 'id'])
@Index('incident_vendor_reported_idx', ['vendorId', 'reportedAt', 'id'])
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vendorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_id' })
  vendor?: OrganisationEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: Severity, enumName: 'incident_severity' })
  severity!: Severity;

  @Column({ type: 'boolean' })
  personalDataInvolved!: boolean;

  @Column({ type: 'timestamptz', precision: 3 })
  discoveredAt!: Date;

  /** Millisecond precision, as JavaScript keeps it: the list cursor carries it. */
  @Column({ type: 'timestamptz', precision: 3 })
  reportedAt!: Date;

  @Column({ type: 'enum', enum: IncidentStatus, enumName: 'incident_status' })
  status!: IncidentStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reportedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reported_by_id' })
  reportedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
