import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { authorize, may } from '../auth/permissions';
import { isPlatformAdmin, organisationsWithRole, type Viewer } from '../auth/viewer';
import { forbidden, invalidField, unauthenticated } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { AuditEventEntity } from './audit-event.entity';
import { appendEvent, chainBatch, chainLength } from '../data-access/queries/audit-chain.queries';
import { pageSize, readCursor, toConnection, type Connection } from '../common/pagination';
import type { Person } from '../common/person.types';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import {
  ChainVerifier,
  hashedText,
  toJsonValue,
  type ChainPosition,
  type ChainReport,
} from './audit-chain';
import { AUDIT_CHECKPOINTS, AuditCheckpoints } from './audit-checkpoints';
import {
  AuditCheckpoint,
  AuditEvent,
  type AuditCheckpointInput,
  type AuditFilter,
} from './audit.types';

/**
 * The key of the transaction-scoped advisory lock that serialises appends to the
 * chain across connections ('regieaud' as a 64-bit integer), taken at commit by the
 * database's trigger on audit_pending (migration 1795690000000). Held from the read of the
 * last hash until the commit ends, so that chain order (seq) is commit order and no two
 * events name the same predecessor.
 */
export const AUDIT_CHAIN_LOCK = '8243108395341673828';

/** Events read per query when the chain is verified. */
export const VERIFY_BATCH_SIZE = 1_000;

export interface RecordInput {
  /** Who acted; null for the system. An API token records no actor (it changes nothing). */
  readonly viewer: Viewer | null;
  /** The organisation the actor acted for. */
  readonly organisationId: string | null;
  /** Every organisation the event is about (owner, parties): they may read it. */
  readonly partyIds: readonly string[];
  /** What happened, e.g. `agreement.approve`. */
  readonly action: string;
  /** The entity's GraphQL type name, e.g. `ProcessingAgreement`. */
  readonly entityType: string;
  readonly entityId: string;
  /** The entity, or the part that changed, before and after; JSON values. */
  readonly before?: unknown;
  readonly after?: unknown;
  /** Readable only by members of `organisationId` until lifted (`tender:<id>` for offers). */
  readonly sealKey?: string;
}

/**
 * An event recorded in a transaction: it joins the chain (its seq, previous hash and hash)
 * when that transaction commits.
 */
export interface RecordedEvent {
  readonly id: string;
  readonly at: Date;
}

interface EventRow {
  id: string;
  seq: string;
  at: Date;
  actor_id: string | null;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  previous_hash: string | null;
  hash: string;
}

function uuidOrThrow(value: string, what: string): string {
  if (!isUuid(value)) throw new TypeError(`AuditService.record: ${what} is not a UUID: ${value}`);
  // uuid columns read back in lower case: store (and hash) them that way.
  return value.toLowerCase();
}

function nonBlank(value: string, what: string): string {
  if (!value.trim()) throw new TypeError(`AuditService.record: ${what} is empty`);
  return value;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AUDIT_CHECKPOINTS) private readonly checkpoints: AuditCheckpoints,
    private readonly da: DataAccess,
  ) {}

  /**
   * Records one event inside the caller's transaction `em`: it joins the chain when the
   * change commits, and a rolled-back change leaves none.
   * Call it after the change itself; on PGlite (one connection) never touch the
   * DataSource while that transaction is open.
   */
  async record(em: EntityManager, input: RecordInput): Promise<RecordedEvent> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside the transaction of the change');
    }
    const id = randomUUID();
    // JavaScript instants have millisecond precision, which timestamptz keeps exactly:
    // the instant read back is the instant hashed.
    const at = new Date();
    const actorId = input.viewer?.userId ? uuidOrThrow(input.viewer.userId, 'actorId') : null;
    const organisationId =
      input.organisationId === null ? null : uuidOrThrow(input.organisationId, 'organisationId');
    const partyIds = [...new Set(input.partyIds.map((p) => uuidOrThrow(p, 'partyIds')))].sort();
    const entityId = uuidOrThrow(input.entityId, 'entityId');
    const action = nonBlank(input.action, 'action');
    const entityType = nonBlank(input.entityType, 'entityType');
    // What jsonb gives back, so that the stored value hashes as the hashed one did.
    const before = toJsonValue(input.before);
    const after = toJsonValue(input.after);
    const sealKey = input.sealKey ?? null;

    const fields = {
      id,
      at,
      actorId,
      organisationId,
      partyIds,
      action,
      entityType,
      entityId,
      before,
      after,
      sealKey,
    };
    // No lock here: the event waits in audit_pending, and the database chains it when the
    // transaction commits (migration 1795690000000), under the chain's lock (AUDIT_CHAIN_LOCK)
    // for that moment only, hashing hashedText after the newest hash as eventHash does.
    await appendEvent(em, [
      id,
      at.toISOString(),
      actorId,
      organisationId,
      partyIds,
      action,
      entityType,
      entityId,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
      sealKey,
      hashedText(fields),
    ]);
    return { id, at };
  }

  /**
   * Lifts a seal, in the caller's transaction (a tender entering EVALUATION). A
   * seal once lifted stays lifted; lifting it again changes nothing.
   */
  async liftSeal(em: EntityManager, sealKey: string): Promise<void> {
    await em.query(
      'INSERT INTO audit_seal_lifted (seal_key) VALUES ($1) ON CONFLICT (seal_key) DO NOTHING',
      [nonBlank(sealKey, 'sealKey')],
    );
  }

  /**
   * The events the viewer may read, newest first. An organisation's ADMIN and
   * PRIVACY_OFFICER read the events done for it or about it (it is in party_ids);
   * the platform admin reads all. Sealed events whose seal is not lifted are read
   * only by members of the event's organisation, the platform admin included.
   */
  async list(
    viewer: Viewer | null,
    filter: AuditFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<AuditEvent>> {
    if (!viewer) throw unauthenticated();
    const size = pageSize(first, 50);
    const cursor = readCursor(after, ['bigint']);
    const empty: Connection<AuditEvent> = {
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    };

    let scope: string[] | 'all';
    const wanted = filter?.organisationId?.toLowerCase();
    if (wanted) {
      authorize(viewer, 'auditEvents', wanted);
      if (!isUuid(wanted)) return empty;
      scope = [wanted];
    } else if (isPlatformAdmin(viewer)) {
      scope = 'all';
    } else {
      scope = organisationsWithRole(viewer, [Role.ADMIN, Role.PRIVACY_OFFICER]).filter((id) =>
        may(viewer, 'auditEvents', id),
      );
      if (scope.length === 0) throw forbidden();
    }
    if (filter?.entityId && !isUuid(filter.entityId)) return empty;

    const query = this.da.visible(viewer, AuditEventEntity, 'e');
    if (scope !== 'all')
      query.andWhere('(e.organisation_id = ANY(:scope::uuid[]) OR e.party_ids && :scope::uuid[])', {
        scope,
      });
    if (filter?.entityType)
      query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId)
      query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId.toLowerCase() });
    // Counted only if totalCount is selected, on the filter as it is before the cursor.
    const counting = query.clone();
    const total = () => counting.getCount();
    if (cursor) query.andWhere('e.seq < :cursor::bigint', { cursor: cursor[0] });
    const rows = await query
      .select([
        'e.id AS id',
        'e.seq::text AS seq',
        'e.at AS at',
        'e.actor_id AS actor_id',
        'e.organisation_id AS organisation_id',
        'e.action AS action',
        'e.entity_type AS entity_type',
        'e.entity_id AS entity_id',
        'e.previous_hash AS previous_hash',
        'e.hash AS hash',
      ])
      .orderBy('e.seq', 'DESC')
      .limit(size + 1)
      .getRawMany<EventRow>();

    const page = rows.slice(0, size);
    const people = await this.people(page.map((r) => r.actor_id));
    const organisations = await this.organisations(page.map((r) => r.organisation_id));
    return toConnection(
      rows,
      size,
      total,
      (r) => [r.seq],
      (r) =>
        Object.assign(new AuditEvent(), {
          id: r.id,
          at: new Date(r.at),
          actor: (r.actor_id && people.get(r.actor_id)) ?? null,
          organisation: (r.organisation_id && organisations.get(r.organisation_id)) ?? null,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          hash: r.hash,
          previousHash: r.previous_hash,
        }),
    );
  }

  /** verifyAuditChain: the platform admin only; against a checkpoint, when one is given. */
  async verifyChainFor(
    viewer: Viewer | null,
    checkpoint?: AuditCheckpointInput | null,
  ): Promise<ChainReport> {
    if (!viewer) throw unauthenticated();
    if (!isPlatformAdmin(viewer)) throw forbidden();
    return this.verifyChain(VERIFY_BATCH_SIZE, checkpoint ? this.position(checkpoint) : null);
  }

  /**
   * auditCheckpoint: the platform admin only. The chain's length and newest hash as
   * the audit table holds them now (one statement: one snapshot), signed.
   */
  async checkpointFor(viewer: Viewer | null): Promise<AuditCheckpoint> {
    if (!viewer) throw unauthenticated();
    if (!isPlatformAdmin(viewer)) throw forbidden();
    const head = await chainLength(this.dataSource);
    const position = { eventCount: head.count, headHash: head.hash, at: new Date() };
    return Object.assign(new AuditCheckpoint(), {
      ...position,
      signature: this.checkpoints.sign(position),
    });
  }

  /** A checkpoint handed back, checked: well-formed, and this server's when signed. */
  private position(input: AuditCheckpointInput): ChainPosition {
    const headHash = input.headHash?.toLowerCase() ?? null;
    if (input.eventCount === 0 ? headHash !== null : !/^[0-9a-f]{64}$/.test(headHash ?? ''))
      throw invalidField('checkpoint.headHash', 'field.invalid');
    const position = { eventCount: input.eventCount, headHash };
    if (input.signature != null) {
      if (!input.at) throw invalidField('checkpoint.at', 'field.required');
      if (!this.checkpoints.verify({ ...position, at: input.at }, input.signature))
        throw invalidField('checkpoint.signature', 'audit.checkpointSignature');
    }
    return position;
  }

  /**
   * Re-hashes the whole chain in seq order, a batch at a time (never all of it in
   * memory, and never one long transaction holding PGlite's only connection).
   * Events appended meanwhile are checked too: the chain only grows at its end.
   * The chain must reach the head record (read first, so every event it counts has
   * committed) and the checkpoint, if given, each with the hash kept for it.
   */
  async verifyChain(
    batchSize = VERIFY_BATCH_SIZE,
    checkpoint: ChainPosition | null = null,
  ): Promise<ChainReport> {
    const [head] = await this.dataSource.query<{ count: number; hash: string | null }[]>(
      'SELECT event_count::int AS count, head_hash AS hash FROM audit_head',
    );
    const verifier = new ChainVerifier({
      checkpoint,
      headRecord: head ? { eventCount: head.count, headHash: head.hash } : null,
    });
    let last = '0';
    for (;;) {
      const rows = await chainBatch(this.dataSource, last, batchSize);
      for (const r of rows) {
        verifier.push({
          id: r.id,
          at: new Date(r.at),
          actorId: r.actor_id,
          organisationId: r.organisation_id,
          partyIds: r.party_ids,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
          sealKey: r.seal_key,
          previousHash: r.previous_hash,
          hash: r.hash,
        });
      }
      if (rows.length < batchSize) break;
      last = rows[rows.length - 1].seq;
    }
    return verifier.report();
  }

  /** The actors of a page, by id, in one query. People live in app_user (identity). */
  private async people(ids: (string | null)[]): Promise<Map<string, Person>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])',
      [wanted],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
  }

  /** The organisations of a page, by id, in one query. */
  private async organisations(ids: (string | null)[]): Promise<Map<string, Organisation>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(wanted) });
    return new Map(rows.map((r) => [r.id, Organisation.from(r)]));
  }
}
