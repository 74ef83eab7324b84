import { AccessRequestStatus } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AttestationEntity } from './attestation.entity';

/**
 * An organisation's request to read a RESTRICTED attestation's document, and the
 * vendor's answer. GRANTED lets every member of the requester read it until the
 * vendor revokes the grant; after DENIED or REVOKED a new request may be made.
 */
@Entity('attestation_access_request')
// At most one open (pending or granted) request per attestation and organisation.
@Index('attestation_access_request_open_key', ['attestationId', 'requesterOrganisationId'], {
  unique: true,
  where: "status IN ('PENDING', 'GRANTED')",
})
@Index('attestation_access_request_attestation_idx', ['attestationId', 'createdAt', 'id'])
@Index('attestation_access_request_requester_idx', ['requesterOrganisationId', 'createdAt', 'id'])
export class AttestationAccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  attestationId!: string;

  @ManyToOne(() => AttestationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attestation_id' })
  attestation?: AttestationEntity;

  @Column({ type: 'uuid' })
  requesterOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_organisation_id' })
  requesterOrganisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({
    type: 'enum',
    enum: AccessRequestStatus,
    enumName: 'access_request_status',
    default: AccessRequestStatus.PENDING,
  })
  status!: AccessRequestStatus;

  /** Millisecond precision, as JavaScript keeps it: the list's cursor carries it. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
