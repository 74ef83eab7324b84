import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One append-only audit event (a trigger refuses UPDATE, DELETE and TRUNCATE),
 * chained to the one before it by `previousHash` and `hash` (see audit-chain.ts).
 * Written only by AuditService.record, inside the transaction of the change it
 * records.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId', 'seq'])
@Index('audit_event_organisation_idx', ['organisationId', 'seq'])
// GIN on party_ids (`party_ids && $orgs`): TypeORM cannot express the method, so
// the migration creates it and the schema diff leaves it alone.
@Index('audit_event_party_ids_idx', { synchronize: false })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'audit_event_pkey' })
  id!: string;

  /**
   * The chain order, assigned by the database. A bigint, which pg returns as a
   * string: kept a string here (a cursor carries it as such).
   */
  @Index('audit_event_seq_key', { unique: true })
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false })
  seq!: string;

  /** Milliseconds precision: the instant that was hashed. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The person who acted; null for the system. No FK: people live in app_user. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The organisation the actor acted for. */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** Every organisation the event is about (owner, parties): who may read it. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  partyIds!: string[];

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  /**
   * Set on events about sealed things (`tender:<id>` for offers): readable only by
   * members of `organisationId` until the key is in audit_seal_lifted.
   */
  @Column({ type: 'text', nullable: true })
  sealKey!: string | null;

  @Column({ type: 'text', nullable: true })
  previousHash!: string | null;

  @Column({ type: 'text' })
  hash!: string;
}

/** A seal that was lifted (a tender entered EVALUATION); a cancelled tender never lifts. */
@Entity('audit_seal_lifted')
export class AuditSealLiftedEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'audit_seal_lifted_pkey' })
  sealKey!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  liftedAt!: Date;
}
