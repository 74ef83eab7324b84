// The sector overview's figures (DOMAIN.md, "Learning from each other and sector oversight"):
// set-based counts over every board's agreements and board assessments. They are read as
// SYSTEM, the platform's own work: what leaves here is counts, never a board, and the
// service applies the small-count rule before anyone sees them. The stored summary holds
// those raw counts per standard and sector, so that a request reads one row.
import { AssessmentStatus, OrganisationKind, type Sector } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import type { StoredAnswer } from '../../procurement/assessment.entity';
import { inForceCondition } from './agreements.queries';

/** The boards an overview counts: every board, or those of one sector. */
const SCOPE = `SELECT o.id FROM organisation o
   WHERE o.kind = '${OrganisationKind.BOARD}'
     AND (:sector::text IS NULL OR :sector::organisation_sector = ANY(o.sectors))`;

function run<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
  return em.query(text, values);
}

/** How many boards a sector has (all boards when `sector` is null). */
export async function boardsInScope(em: EntityManager, sector: Sector | null): Promise<number> {
  const [row] = await run<{ n: number }>(em, `SELECT count(*)::int AS n FROM (${SCOPE}) s`, {
    sector,
  });
  return row.n;
}

export interface NewestAssessmentRow {
  id: string;
  productId: string;
  answers: StoredAnswer[];
}

/**
 * Each product's newest SUBMITTED or REVIEWED assessment against the standard: its result
 * (DOMAIN.md), public to every signed-in user. Read as SYSTEM for the summary that every
 * permitted reader shares.
 */
export function newestAssessmentsOfStandard(
  em: EntityManager,
  standardId: string,
): Promise<NewestAssessmentRow[]> {
  return run(
    em,
    `SELECT DISTINCT ON (a.product_id) a.id, a.product_id AS "productId", a.answers
       FROM assessment a
      WHERE a.standard_id = :standardId::uuid AND a.status <> '${AssessmentStatus.DRAFT}'
      ORDER BY a.product_id, a.submitted_at DESC NULLS LAST, a.id DESC`,
    { standardId },
  );
}

/** Type and validity of attestations named as evidence (mandatoryMet), as SYSTEM like it. */
export async function evidenceOf(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, { type: string; validUntil: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await run<{ id: string; type: string; valid_until: string }>(
    em,
    `SELECT a.id, a.type::text AS type, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until
       FROM attestation a WHERE a.id = ANY(:ids::uuid[])`,
    { ids: [...ids] },
  );
  return new Map(rows.map((r) => [r.id, { type: r.type, validUntil: r.valid_until }]));
}

export interface ProductUsage {
  /** Per product: boards of the scope with an agreement in force on it. */
  products: { productId: string; boards: number }[];
  agreementsInForce: number;
  agreementsOnCompliantProducts: number;
}

/**
 * The agreements in force on `today` of the boards in scope: per product the boards, and in
 * all how many agreements there are and how many cover at least one compliant product. One
 * statement, one pass over the agreements in force.
 */
export async function productUsage(
  em: EntityManager,
  sector: Sector | null,
  compliantProductIds: readonly string[],
  today: string,
): Promise<ProductUsage> {
  const rows = await run<{
    product_id: string | null;
    boards: number | null;
    total: number | null;
    on_compliant: number | null;
  }>(
    em,
    `WITH in_force AS (
       SELECT a.id, a.board_id FROM agreement a
        WHERE a.board_id IN (${SCOPE}) AND ${inForceCondition('a')}
     ), links AS (
       SELECT ap.product_id, a.id AS agreement_id, a.board_id
         FROM in_force a JOIN agreement_product ap ON ap.agreement_id = a.id
     )
     SELECT l.product_id, count(DISTINCT l.board_id)::int AS boards,
            NULL::int AS total, NULL::int AS on_compliant
       FROM links l GROUP BY l.product_id
     UNION ALL
     SELECT NULL, NULL, (SELECT count(*)::int FROM in_force),
            (SELECT count(DISTINCT l.agreement_id)::int FROM links l
              WHERE l.product_id = ANY(:compliant::uuid[]))`,
    { sector, today, compliant: [...compliantProductIds] },
  );
  const totals = rows.find((r) => r.product_id === null)!;
  return {
    products: rows
      .filter((r) => r.product_id !== null)
      .map((r) => ({ productId: r.product_id!, boards: r.boards! })),
    agreementsInForce: totals.total ?? 0,
    agreementsOnCompliantProducts: totals.on_compliant ?? 0,
  };
}

export interface MaturitySpread {
  boardsAssessed: number;
  /** Boards whose newest submitted assessment reaches every requirement's minimum. */
  boardsAtMinimum: number;
  /** Per requirement, boards per level 1..5 (index 0 is level 1). */
  levels: Map<string, number[]>;
}

/**
 * Over each board's newest SUBMITTED assessment against a BOARD standard (boards in scope):
 * how many boards, how many reach every minimum, and per requirement the spread over levels.
 */
export async function maturitySpread(
  em: EntityManager,
  standardId: string,
  sector: Sector | null,
  minimums: readonly { requirementId: string; minimumLevel: number }[],
): Promise<MaturitySpread> {
  const newest = `SELECT DISTINCT ON (ba.board_id) ba.board_id, ba.answers
       FROM board_assessment ba
      WHERE ba.standard_id = :standardId::uuid AND ba.status = '${AssessmentStatus.SUBMITTED}'
        AND ba.board_id IN (${SCOPE})
      ORDER BY ba.board_id, ba.submitted_at DESC NULLS LAST, ba.id DESC`;
  const rows = await run<{
    requirement_id: string | null;
    level: number | null;
    boards: number;
    at_minimum: number | null;
  }>(
    em,
    `WITH newest AS (${newest}),
     answers AS (
       SELECT n.board_id, x->>'requirementId' AS requirement_id, (x->>'level')::int AS level
         FROM newest n, jsonb_array_elements(n.answers) x
     ),
     minimums AS (SELECT * FROM unnest(:ids::text[], :mins::int[]) AS r(id, minimum)),
     at_minimum AS (
       SELECT a.board_id FROM answers a
         JOIN minimums r ON r.id = a.requirement_id AND a.level >= r.minimum
        GROUP BY a.board_id
       HAVING count(DISTINCT a.requirement_id) = (SELECT count(*) FROM minimums)
     )
     SELECT requirement_id, level, count(DISTINCT board_id)::int AS boards, NULL::int AS at_minimum
       FROM answers WHERE level BETWEEN 1 AND 5 GROUP BY requirement_id, level
     UNION ALL
     SELECT NULL, NULL, (SELECT count(*)::int FROM newest), (SELECT count(*)::int FROM at_minimum)`,
    {
      standardId,
      sector,
      ids: minimums.map((m) => m.requirementId),
      mins: minimums.map((m) => m.minimumLevel),
    },
  );
  const totals = rows.find((r) => r.requirement_id === null)!;
  const levels = new Map<string, number[]>();
  for (const r of rows) {
    if (r.requirement_id === null || r.level === null) continue;
    const spread = levels.get(r.requirement_id) ?? [0, 0, 0, 0, 0];
    spread[r.level - 1] = r.boards;
    levels.set(r.requirement_id, spread);
  }
  return { boardsAssessed: totals.boards, boardsAtMinimum: totals.at_minimum ?? 0, levels };
}

/** When the stored summary of one overview was made; null when there is none. */
export async function summaryGeneratedAt(
  em: EntityManager,
  standardId: string,
  sector: Sector | null,
): Promise<Date | null> {
  const [row] = await run<{ generated_at: Date }>(
    em,
    `SELECT generated_at FROM sector_overview_summary
      WHERE standard_id = :standardId::uuid AND sector = :sector`,
    { standardId, sector: sector ?? '' },
  );
  return row ? new Date(row.generated_at) : null;
}

/** The stored summary of one overview: its raw figures and when they were computed. */
export async function readSummary<T>(
  em: EntityManager,
  standardId: string,
  sector: Sector | null,
): Promise<{ figures: T; generatedAt: Date } | null> {
  const [row] = await run<{ figures: T; generated_at: Date }>(
    em,
    `SELECT figures, generated_at FROM sector_overview_summary
      WHERE standard_id = :standardId::uuid AND sector = :sector`,
    { standardId, sector: sector ?? '' },
  );
  return row ? { figures: row.figures, generatedAt: new Date(row.generated_at) } : null;
}

export async function storeSummary(
  em: EntityManager,
  standardId: string,
  sector: Sector | null,
  figures: unknown,
  generatedAt: Date,
): Promise<void> {
  await run(
    em,
    `INSERT INTO sector_overview_summary (standard_id, sector, figures, generated_at)
     VALUES (:standardId::uuid, :sector, :figures::jsonb, :generatedAt::timestamptz)
     ON CONFLICT (standard_id, sector) DO UPDATE
       SET figures = EXCLUDED.figures, generated_at = EXCLUDED.generated_at
     WHERE sector_overview_summary.generated_at < EXCLUDED.generated_at`,
    {
      standardId,
      sector: sector ?? '',
      figures: JSON.stringify(figures),
      generatedAt: generatedAt.toISOString(),
    },
  );
}
