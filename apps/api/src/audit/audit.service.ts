import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { authorize, may } from '../auth/permissions';
import { isPlatformAdmin, organisationsWithRole, type Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { pageSize, readCursor, toConnection, type Connection } from '../common/pagination';
import type { Person } from '../common/person.types';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import { ChainVerifier, eventHash, toJsonValue, type ChainReport } from './audit-chain';
import { AuditEvent, type AuditFilter } from './audit.types';

/**
 * The key of the transaction-scoped advisory lock that serialises appends to the
 * chain across connections ('regieaud' as a 64-bit integer). Held from the read of
 * the last hash until the caller's transaction ends, so that chain order (seq) is
 * commit order and no two events name the same predecessor.
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

export interface RecordedEvent {
  readonly id: string;
  readonly seq: string;
  readonly at: Date;
  readonly previousHash: string | null;
  readonly hash: string;
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

interface ChainRow extends EventRow {
  party_ids: string[];
  before: unknown;
  after: unknown;
  seal_key: string | null;
}

/** Builds positional parameters ($1, $2, …) for raw SQL. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one event to the chain inside the caller's transaction `em`: it
   * commits with the change it records, and a rolled-back change leaves none.
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

    // A statement of its own: under READ COMMITTED the next statement's snapshot is
    // taken after the lock is granted, and so sees the last committed event.
    await em.query(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [head] = await em.query<{ isolation: string; hash: string | null }[]>(
      `SELECT current_setting('transaction_isolation') AS isolation,
              (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS hash`,
    );
    if (head.isolation !== 'read committed') {
      // A snapshot older than the lock could miss the last event and fork the chain.
      throw new Error(
        `AuditService.record needs a READ COMMITTED transaction, not ${head.isolation}`,
      );
    }
    const previousHash = head.hash;
    const hash = eventHash(previousHash, {
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
    });
    const [row] = await em.query<{ seq: string }[]>(
      `INSERT INTO audit_event (id, at, actor_id, organisation_id, party_ids, action, entity_type,
         entity_id, before, after, seal_key, previous_hash, hash)
       VALUES ($1, $2::timestamptz, $3, $4, $5::uuid[], $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13)
       RETURNING seq::text AS seq`,
      [
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
        previousHash,
        hash,
      ],
    );
    return { id, seq: row.seq, at, previousHash, hash };
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

    const params = new Params();
    const where: string[] = [];
    if (scope !== 'all') {
      const orgs = params.add(scope, '::uuid[]');
      where.push(`(e.organisation_id = ANY(${orgs}) OR e.party_ids && ${orgs})`);
    }
    const members = params.add(
      viewer.memberships.map((m) => m.organisationId),
      '::uuid[]',
    );
    where.push(
      `(e.seal_key IS NULL OR e.organisation_id = ANY(${members})
        OR EXISTS (SELECT 1 FROM audit_seal_lifted l WHERE l.seal_key = e.seal_key))`,
    );
    if (filter?.entityType) where.push(`e.entity_type = ${params.add(filter.entityType)}`);
    if (filter?.entityId) where.push(`e.entity_id = ${params.add(filter.entityId.toLowerCase())}`);

    // Counted only if totalCount is selected, on the filter as it is before the cursor.
    const countSql = `SELECT count(*)::int AS total FROM audit_event e WHERE ${where.join(' AND ')}`;
    const countParams = [...params.values];
    const total = async () =>
      (await this.dataSource.query<{ total: number }[]>(countSql, countParams))[0].total;
    if (cursor) where.push(`e.seq < ${params.add(cursor[0], '::bigint')}`);
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT e.id, e.seq::text AS seq, e.at, e.actor_id, e.organisation_id, e.action,
              e.entity_type, e.entity_id, e.previous_hash, e.hash
         FROM audit_event e
        WHERE ${where.join(' AND ')}
        ORDER BY e.seq DESC
        LIMIT ${params.add(size + 1)}`,
      params.values,
    );

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

  /** verifyAuditChain: the platform admin only. */
  async verifyChainFor(viewer: Viewer | null): Promise<ChainReport> {
    if (!viewer) throw unauthenticated();
    if (!isPlatformAdmin(viewer)) throw forbidden();
    return this.verifyChain();
  }

  /**
   * Re-hashes the whole chain in seq order, a batch at a time (never all of it in
   * memory, and never one long transaction holding PGlite's only connection).
   * Events appended meanwhile are checked too: the chain only grows at its end.
   */
  async verifyChain(batchSize = VERIFY_BATCH_SIZE): Promise<ChainReport> {
    const verifier = new ChainVerifier();
    let last = '0';
    for (;;) {
      const rows = await this.dataSource.query<ChainRow[]>(
        // e.seq, qualified: a bare `seq` in ORDER BY would be the text alias below.
        `SELECT e.id, e.seq::text AS seq, e.at, e.actor_id, e.organisation_id, e.party_ids,
                e.action, e.entity_type, e.entity_id, e.before, e.after, e.seal_key,
                e.previous_hash, e.hash
           FROM audit_event e
          WHERE e.seq > $1::bigint
          ORDER BY e.seq
          LIMIT $2`,
        [last, batchSize],
      );
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
