// The advisories' fan-out: a set-based insert across every board's agreements, the
// platform's own work (it acts for the publishing CERT, which may not read them).
import { amsterdamDate, Role } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { inForceCondition } from './agreements.queries';

/**
 * One notice per board with an agreement ACTIVE and in force on the day of
 * `notifiedAt` that covers any of the products, in one statement; a board that
 * already has a notice of the advisory keeps it. Returns the boards newly told, sorted.
 */
export async function insertAdvisoryNotices(
  em: EntityManager,
  advisoryId: string,
  productIds: readonly string[],
  notifiedAt: Date,
): Promise<string[]> {
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `INSERT INTO advisory_notice (advisory_id, board_id, notified_at)
     SELECT DISTINCT :advisoryId::uuid, a.board_id, :notifiedAt::timestamptz
       FROM agreement a
       JOIN agreement_product ap ON ap.agreement_id = a.id
      WHERE ap.product_id = ANY(:productIds::uuid[])
        AND ${inForceCondition('a')}
     ON CONFLICT (advisory_id, board_id) DO NOTHING
     RETURNING board_id`,
    {
      advisoryId,
      notifiedAt: notifiedAt.toISOString(),
      productIds: [...productIds],
      today: amsterdamDate(notifiedAt),
    },
    {},
  );
  const rows: { board_id: string }[] = await em.query(sql, params);
  return rows.map((r) => r.board_id).sort();
}

/** Of `boardIds`, those with at least one SECURITY_CONTACT member. */
export async function boardsWithSecurityContacts(
  em: EntityManager,
  boardIds: readonly string[],
): Promise<Set<string>> {
  if (boardIds.length === 0) return new Set();
  const rows: { organisation_id: string }[] = await em.query(
    `SELECT DISTINCT organisation_id FROM membership
      WHERE organisation_id = ANY($1::uuid[]) AND $2::membership_role = ANY(roles)`,
    [[...boardIds], Role.SECURITY_CONTACT],
  );
  return new Set(rows.map((r) => r.organisation_id));
}
