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

/**
 * Records one event for the chain: a row of audit_pending, which a deferred trigger chains
 * into audit_event when the transaction commits (migration 1795690000000). `values` are the
 * event's columns in table order, then the event's hashed text (hashedText).
 */
export async function appendEvent(em: EntityManager, values: readonly unknown[]): Promise<void> {
  await em.query(
    `INSERT INTO audit_pending (id, at, actor_id, organisation_id, party_ids, action, entity_type,
       entity_id, before, after, seal_key, hashed_text)
     VALUES ($1, $2::timestamptz, $3, $4, $5::uuid[], $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12)`,
    [...values],
  );
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
