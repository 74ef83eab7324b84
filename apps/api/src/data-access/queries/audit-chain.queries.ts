// The audit chain's storage (DOMAIN.md, accountability). Appending and re-hashing the
// chain is the platform's own work on every organisation's events, for no viewer:
// these statements read and write audit_event whole, and live here, inside the
// data-access layer, so that no other code does. Who reads which events is the
// audit_event rule, applied by AuditService.list through DataAccess.visible.
import type { DataSource, EntityManager } from 'typeorm';

export interface ChainRow {
  id: string;
  seq: string;
  at: string;
  actor_id: string | null;
  organisation_id: string | null;
  party_ids: string[];
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  seal_key: string | null;
  previous_hash: string | null;
  hash: string;
}

/** The transaction's isolation and the newest event's hash (call after taking the chain's lock). */
export async function chainTip(
  em: EntityManager,
): Promise<{ isolation: string; hash: string | null }> {
  const [head] = await em.query<{ isolation: string; hash: string | null }[]>(
    `SELECT current_setting('transaction_isolation') AS isolation,
            (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS hash`,
  );
  return head;
}

/** Inserts one event; returns its seq. */
export async function insertEvent(em: EntityManager, values: readonly unknown[]): Promise<string> {
  const [row] = await em.query<{ seq: string }[]>(
    `INSERT INTO audit_event (id, at, actor_id, organisation_id, party_ids, action, entity_type,
       entity_id, before, after, seal_key, previous_hash, hash)
     VALUES ($1, $2::timestamptz, $3, $4, $5::uuid[], $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13)
     RETURNING seq::text AS seq`,
    [...values],
  );
  return row.seq;
}

/** The chain's length and newest hash as the audit table holds them now (one snapshot). */
export async function chainLength(
  dataSource: DataSource,
): Promise<{ count: number; hash: string | null }> {
  const [head] = await dataSource.query<{ count: number; hash: string | null }[]>(
    `SELECT count(*)::int AS count,
            (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS hash
       FROM audit_event`,
  );
  return head;
}

/** Up to `size` events after seq `after`, in chain order, with everything hashed. */
export function chainBatch(
  dataSource: DataSource,
  after: string,
  size: number,
): Promise<ChainRow[]> {
  return dataSource.query<ChainRow[]>(
    // e.seq, qualified: a bare `seq` in ORDER BY would be the text alias below.
    `SELECT e.id, e.seq::text AS seq, e.at, e.actor_id, e.organisation_id, e.party_ids,
            e.action, e.entity_type, e.entity_id, e.before, e.after, e.seal_key,
            e.previous_hash, e.hash
       FROM audit_event e
      WHERE e.seq > $1::bigint
      ORDER BY e.seq
      LIMIT $2`,
    [after, size],
  );
}
