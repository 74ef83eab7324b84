// The incidents' fan-out: a set-based insert across every board's agreements, which
// is the platform's own work (it acts for the reporting vendor, who may not read them).
import { amsterdamDate } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { inForceCondition } from './agreements.queries';

/**
 * One notice per board with an agreement ACTIVE and in force on the day of
 * `notifiedAt` that covers any of the products, in one statement; returns the
 * boards, sorted.
 */
export async function insertNotices(
  em: EntityManager,
  incidentId: string,
  productIds: readonly string[],
  notifiedAt: Date,
): Promise<string[]> {
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `INSERT INTO incident_notice (incident_id, board_id, notified_at)
     SELECT DISTINCT :incidentId::uuid, a.board_id, :notifiedAt::timestamptz
       FROM agreement a
       JOIN agreement_product ap ON ap.agreement_id = a.id
      WHERE ap.product_id = ANY(:productIds::uuid[])
        AND ${inForceCondition('a')}
     RETURNING board_id`,
    {
      incidentId,
      notifiedAt: notifiedAt.toISOString(),
      productIds: [...productIds],
      today: amsterdamDate(notifiedAt),
    },
    {},
  );
  const rows: { board_id: string }[] = await em.query(sql, params);
  return rows.map((r) => r.board_id).sort();
}
