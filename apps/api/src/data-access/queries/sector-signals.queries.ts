// Product.sectorSignals: what the sector's boards did with products, counted in one
// statement for every product a request asks about. The counts are aggregates over every
// board's agreements, which no single reader may see row by row, so this is the platform's
// own read (SYSTEM); what a reader is shown of them, the small-count rule decides
// (libs/domain/src/sector-signals.ts).
import type { AgreementTopic, RiskLevel, SectorSignalCounts } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { readerParameters, SYSTEM } from '../reader';
import { visibleCondition } from '../visibility';
import { inForceCondition } from './agreements.queries';

interface CountRow {
  product_id: string;
  kind: 'BOARDS' | 'DEVIATING' | 'TOPIC' | 'RISK';
  key: string | null;
  n: number;
}

/**
 * Per product: distinct boards with an agreement in force on `today` that covers it; of
 * those, the boards whose agreement in force has a deviation that is not withdrawn; per
 * topic, the boards with such a deviation on it; and the published, not withdrawn reviews
 * per risk level. Walks agreement_product by product (agreement_product_product_idx), each
 * agreement by its key, its deviations by agreement_deviation_agreement_idx, and reviews by
 * product_review_product_idx. Products without any of these get zeros.
 */
export async function sectorSignalCounts(
  em: EntityManager,
  productIds: readonly string[],
  today: string,
): Promise<Map<string, SectorSignalCounts>> {
  const result = new Map<string, SectorSignalCounts>();
  if (productIds.length === 0) return result;
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `WITH in_force AS MATERIALIZED (
       SELECT ap.product_id, a.board_id, a.id AS agreement_id
         FROM agreement_product ap
         JOIN agreement a ON a.id = ap.agreement_id
        WHERE ap.product_id = ANY(:productIds::uuid[])
          AND ${inForceCondition('a')}
          AND ${visibleCondition('agreement', 'a')}
          AND ${visibleCondition('agreement_product', 'ap')}
     ), deviating AS MATERIALIZED (
       SELECT DISTINCT f.product_id, f.board_id, d.topic
         FROM in_force f
         JOIN agreement_deviation d ON d.agreement_id = f.agreement_id
        WHERE d.withdrawn_at IS NULL
          AND ${visibleCondition('agreement_deviation', 'd')}
     )
     SELECT product_id, 'BOARDS' AS kind, NULL AS key, count(DISTINCT board_id)::int AS n
       FROM in_force GROUP BY product_id
     UNION ALL
     SELECT product_id, 'DEVIATING', NULL, count(DISTINCT board_id)::int
       FROM deviating GROUP BY product_id
     UNION ALL
     SELECT product_id, 'TOPIC', topic::text, count(*)::int
       FROM deviating GROUP BY product_id, topic
     UNION ALL
     SELECT r.product_id, 'RISK', r.risk_level::text, count(*)::int
       FROM product_review r
      WHERE r.product_id = ANY(:productIds::uuid[]) AND r.withdrawn_at IS NULL
        AND ${visibleCondition('product_review', 'r')}
      GROUP BY r.product_id, r.risk_level`,
    // Counting every board's agreements is the platform's own aggregate; nobody reads a row.
    { ...readerParameters(SYSTEM), productIds: [...productIds], today },
    {},
  );
  const rows: CountRow[] = await em.query(sql, params);
  const get = (productId: string) => {
    let counts = result.get(productId) as Mutable | undefined;
    if (!counts) {
      counts = {
        boardsInForce: 0,
        boardsWithDeviations: 0,
        boardsPerTopic: {},
        reviewsPerRisk: {},
      };
      result.set(productId, counts);
    }
    return counts;
  };
  for (const row of rows) {
    const counts = get(row.product_id);
    const n = Number(row.n);
    if (row.kind === 'BOARDS') counts.boardsInForce = n;
    else if (row.kind === 'DEVIATING') counts.boardsWithDeviations = n;
    else if (row.kind === 'TOPIC') counts.boardsPerTopic[row.key as AgreementTopic] = n;
    else counts.reviewsPerRisk[row.key as RiskLevel] = n;
  }
  return result;
}

type Mutable = {
  boardsInForce: number;
  boardsWithDeviations: number;
  boardsPerTopic: Partial<Record<AgreementTopic, number>>;
  reviewsPerRisk: Partial<Record<RiskLevel, number>>;
};
