// The fan-out of a change of subprocessors: a set-based insert across every board's
// agreements on the product, the platform's own work (it acts for the announcing vendor,
// which may not read the boards' agreements).
import { SubprocessorChangeStatus } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { inForceCondition } from './agreements.queries';

/**
 * One notice per board with an agreement ACTIVE and in force on `today` that covers the
 * change's product, in one statement; a board already told keeps its notice. Returns the
 * boards newly told, sorted.
 */
export async function insertSubprocessorChangeNotices(
  em: EntityManager,
  changeId: string,
  productId: string,
  notifiedAt: Date,
  today: string,
): Promise<string[]> {
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `INSERT INTO subprocessor_change_notice (change_id, board_id, notified_at)
     SELECT DISTINCT :changeId::uuid, a.board_id, :notifiedAt::timestamptz
       FROM agreement a
       JOIN agreement_product ap ON ap.agreement_id = a.id
      WHERE ap.product_id = :productId::uuid
        AND ${inForceCondition('a')}
     ON CONFLICT (change_id, board_id) DO NOTHING
     RETURNING board_id`,
    { changeId, productId, notifiedAt: notifiedAt.toISOString(), today },
    {},
  );
  const rows: { board_id: string }[] = await em.query(sql, params);
  return rows.map((r) => r.board_id).sort();
}

/**
 * The announced changes not yet in effect on `today` whose product has a board with an
 * agreement in force that was not told yet (its agreement came into force after the
 * announcement): the daily job tells them.
 */
export async function changesWithBoardsToTell(em: EntityManager, today: string): Promise<string[]> {
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `SELECT c.id
       FROM subprocessor_change c
      WHERE c.status = :announced AND c.effective_on > :today::date
        AND EXISTS (SELECT 1 FROM agreement a
                      JOIN agreement_product ap ON ap.agreement_id = a.id
                     WHERE ap.product_id = c.product_id
                       AND ${inForceCondition('a')}
                       AND NOT EXISTS (SELECT 1 FROM subprocessor_change_notice n
                                        WHERE n.change_id = c.id AND n.board_id = a.board_id))
      ORDER BY c.effective_on, c.id`,
    { announced: SubprocessorChangeStatus.ANNOUNCED, today },
    {},
  );
  const rows: { id: string }[] = await em.query(sql, params);
  return rows.map((r) => r.id);
}
