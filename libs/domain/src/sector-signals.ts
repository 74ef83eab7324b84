// Product.sectorSignals (DOMAIN.md, "Learning from each other and sector oversight"): what the
// sector's boards did with a product, counted over agreements in force today, and what of it
// a reader is shown. Boards, sector bodies, supervisors and the platform see the counts of
// boards under the small-count rule; the product's own vendor sees them as they are (the rule
// does not apply to a vendor's own customers' counts shown to that vendor: it is party to every
// one of those agreements and reads their deviations anyway); other vendors see nothing.
import { AgreementTopic, RiskLevel } from './enums';
import { suppressCounts, suppressSubsets } from './small-counts';

/** A topic is listed for the sector only when at least this many boards deviate on it. */
export const MIN_BOARDS_PER_TOPIC = 3;

/** The true counts for one product. */
export interface SectorSignalCounts {
  /** Distinct boards with an ACTIVE agreement on the product in force today. */
  readonly boardsInForce: number;
  /** Of those, the boards whose agreement in force has a deviation that is not withdrawn. */
  readonly boardsWithDeviations: number;
  /** Per topic, the boards with such a deviation on it (a board counts once per topic). */
  readonly boardsPerTopic: Readonly<Partial<Record<AgreementTopic, number>>>;
  /** Published, not withdrawn reviews per risk level. */
  readonly reviewsPerRisk: Readonly<Partial<Record<RiskLevel, number>>>;
}

export interface ShownSectorSignals {
  readonly boardsInForce: number | null;
  readonly boardsWithDeviations: number | null;
  readonly deviationTopics: readonly {
    readonly topic: AgreementTopic;
    readonly boards: number | null;
  }[];
  readonly reviewCount: number;
  readonly reviewsByRisk: readonly { readonly riskLevel: RiskLevel; readonly reviews: number }[];
}

/** Who is reading: the product's own vendor, or the sector (boards, sector bodies, supervisors, platform). */
export type SignalsAudience = 'OWN_VENDOR' | 'SECTOR';

const TOPICS = Object.values(AgreementTopic);
const RISKS = Object.values(RiskLevel);

export const NO_SECTOR_SIGNALS: SectorSignalCounts = {
  boardsInForce: 0,
  boardsWithDeviations: 0,
  boardsPerTopic: {},
  reviewsPerRisk: {},
};

/**
 * What `audience` is shown of `counts`. For the sector: boardsInForce and boardsWithDeviations
 * as a total and its part (null at 1 or 2, the part null when it or the rest is 1 or 2, both
 * null with the total); a topic listed only with at least MIN_BOARDS_PER_TOPIC boards and a
 * count that can be shown as a subset of boardsWithDeviations (not 1 or 2 short of it, and
 * boardsWithDeviations shown). Topics come most boards first, then in the contract's order.
 * Reviews are counts of reviews, not of boards, and are shown as they are, every risk level in
 * the contract's order. The product's own vendor sees every topic with a board, as it is.
 */
export function shownSectorSignals(
  counts: SectorSignalCounts,
  audience: SignalsAudience,
): ShownSectorSignals {
  const reviewsByRisk = RISKS.map((riskLevel) => ({
    riskLevel,
    reviews: counts.reviewsPerRisk[riskLevel] ?? 0,
  }));
  const reviewCount = reviewsByRisk.reduce((sum, r) => sum + r.reviews, 0);
  const listed = TOPICS.map((topic) => ({ topic, boards: counts.boardsPerTopic[topic] ?? 0 }));
  if (audience === 'OWN_VENDOR') {
    return {
      boardsInForce: counts.boardsInForce,
      boardsWithDeviations: counts.boardsWithDeviations,
      deviationTopics: sortTopics(listed.filter((t) => t.boards > 0)),
      reviewCount,
      reviewsByRisk,
    };
  }
  // Boards with and without deviations partition the boards in force.
  const inForce = suppressCounts({
    count: counts.boardsInForce,
    parts: [
      { count: counts.boardsWithDeviations },
      { count: counts.boardsInForce - counts.boardsWithDeviations },
    ],
  });
  const withDeviations = inForce.parts[0]?.count ?? null;
  // A topic's boards are a subset of the boards with deviations (a board may deviate on
  // several). Listed only when the count can be shown: a listed topic with a hidden count
  // would say "at least 3" beside "1 or 2 short of the total", and at 4 boards with deviations
  // that leaves exactly 3, so one board's choice could be read; unlisted, it is one of 0 to 2
  // or hidden.
  const candidates = listed.filter((t) => t.boards >= MIN_BOARDS_PER_TOPIC);
  const subsets = suppressSubsets(
    counts.boardsWithDeviations,
    candidates.map((t) => t.boards),
  ).subsets;
  const deviationTopics =
    withDeviations === null
      ? []
      : candidates
          .map((t, i) => ({ topic: t.topic, boards: subsets[i] ?? null }))
          .filter((t) => t.boards !== null);
  return {
    boardsInForce: inForce.count,
    boardsWithDeviations: withDeviations,
    deviationTopics: sortTopics(deviationTopics),
    reviewCount,
    reviewsByRisk,
  };
}

function sortTopics<T extends { topic: AgreementTopic; boards: number | null }>(topics: T[]): T[] {
  return topics.sort(
    (a, b) =>
      (b.boards ?? 0) - (a.boards ?? 0) || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic),
  );
}
