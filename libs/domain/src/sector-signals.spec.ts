import { AgreementTopic, RiskLevel } from './enums';
import {
  shownSectorSignals,
  type SectorSignalCounts,
  type ShownSectorSignals,
} from './sector-signals';

const { SECURITY, SUBPROCESSORS, LIABILITY, OTHER } = AgreementTopic;

const counts = (
  boardsInForce: number,
  boardsWithDeviations: number,
  boardsPerTopic: SectorSignalCounts['boardsPerTopic'] = {},
  reviewsPerRisk: SectorSignalCounts['reviewsPerRisk'] = {},
): SectorSignalCounts => ({ boardsInForce, boardsWithDeviations, boardsPerTopic, reviewsPerRisk });

describe('the sector signals a reader is shown', () => {
  it('shows the sector larger counts as they are, topics with 3 or more boards, most first', () => {
    expect(
      shownSectorSignals(
        counts(
          12,
          7,
          { SECURITY: 3, SUBPROCESSORS: 7, LIABILITY: 2, OTHER: 4 },
          { LOW: 2, HIGH: 1 },
        ),
        'SECTOR',
      ),
    ).toEqual({
      boardsInForce: 12,
      boardsWithDeviations: 7,
      deviationTopics: [
        { topic: SUBPROCESSORS, boards: 7 },
        { topic: OTHER, boards: 4 },
        { topic: SECURITY, boards: 3 },
      ],
      // Reviews are counted as reviews, not boards: as they are, every level.
      reviewCount: 3,
      reviewsByRisk: [
        { riskLevel: RiskLevel.LOW, reviews: 2 },
        { riskLevel: RiskLevel.MEDIUM, reviews: 0 },
        { riskLevel: RiskLevel.HIGH, reviews: 1 },
      ],
    });
  });

  it('hides 1 or 2 boards, a part 1 or 2 short of its total, and every part of a hidden total', () => {
    expect(shownSectorSignals(counts(2, 0), 'SECTOR')).toMatchObject({
      boardsInForce: null,
      boardsWithDeviations: null,
    });
    expect(shownSectorSignals(counts(9, 8, { SECURITY: 8 }), 'SECTOR')).toMatchObject({
      boardsInForce: 9,
      boardsWithDeviations: null,
      deviationTopics: [],
    });
    expect(shownSectorSignals(counts(9, 0), 'SECTOR')).toMatchObject({
      boardsInForce: 9,
      boardsWithDeviations: 0,
    });
    // 6 with deviations: a topic of 5 or 4 boards would tell that one or two did otherwise.
    expect(
      shownSectorSignals(counts(9, 6, { SECURITY: 5, LIABILITY: 4, OTHER: 6 }), 'SECTOR')
        .deviationTopics,
    ).toEqual([{ topic: OTHER, boards: 6 }]);
  });

  it('leaves out a topic whose count is hidden: beside 4 boards with deviations, "at least 3" is 3', () => {
    expect(shownSectorSignals(counts(7, 4, { SECURITY: 3 }), 'SECTOR').deviationTopics).toEqual([]);
    // With boardsWithDeviations hidden, a listed topic would say it is at least 3.
    expect(shownSectorSignals(counts(4, 3, { SECURITY: 3 }), 'SECTOR')).toMatchObject({
      boardsInForce: 4,
      boardsWithDeviations: null,
      deviationTopics: [],
    });
  });

  it("shows the product's own vendor its customers' counts as they are, every topic with a board", () => {
    expect(
      shownSectorSignals(counts(2, 1, { SECURITY: 1, LIABILITY: 1 }, { MEDIUM: 1 }), 'OWN_VENDOR'),
    ).toEqual({
      boardsInForce: 2,
      boardsWithDeviations: 1,
      deviationTopics: [
        { topic: SECURITY, boards: 1 },
        { topic: LIABILITY, boards: 1 },
      ],
      reviewCount: 1,
      reviewsByRisk: [
        { riskLevel: RiskLevel.LOW, reviews: 0 },
        { riskLevel: RiskLevel.MEDIUM, reviews: 1 },
        { riskLevel: RiskLevel.HIGH, reviews: 0 },
      ],
    });
  });
});

// Every group of 1 to 6 boards in force, each board deviating on any set of three topics (or
// none), counted as the API counts it; every answer the sector gets is checked for a count of
// 1 or 2, a difference of 1 or 2 between figures shown together, and for a small count that
// can be worked out: among all groups that get the same answer, it must take more than one
// value.
const TOPICS3 = [SECURITY, SUBPROCESSORS, LIABILITY] as const;
type Board = readonly AgreementTopic[];

function* groups(size: number, from = 0): Generator<Board[]> {
  const kinds = 1 << TOPICS3.length; // a set of topics per board; 0 = no deviation
  if (size === 0) {
    yield [];
    return;
  }
  for (let k = from; k < kinds; k++)
    for (const rest of groups(size - 1, k)) yield [TOPICS3.filter((_, i) => k & (1 << i)), ...rest];
}

function countsOf(group: readonly Board[]): SectorSignalCounts {
  const perTopic: Partial<Record<AgreementTopic, number>> = {};
  for (const board of group) for (const t of board) perTopic[t] = (perTopic[t] ?? 0) + 1;
  return counts(group.length, group.filter((b) => b.length > 0).length, perTopic);
}

/** The true quantities a figure or a difference of figures could give away. */
function quantities(c: SectorSignalCounts): Record<string, number> {
  const q: Record<string, number> = {
    boardsInForce: c.boardsInForce,
    boardsWithDeviations: c.boardsWithDeviations,
    boardsWithoutDeviations: c.boardsInForce - c.boardsWithDeviations,
  };
  for (const t of TOPICS3) {
    const n = c.boardsPerTopic[t] ?? 0;
    q[t] = n;
    q[`deviating but not ${t}`] = c.boardsWithDeviations - n;
    q[`in force but not ${t}`] = c.boardsInForce - n;
  }
  return q;
}

const small = (n: number | null) => n === 1 || n === 2;

function figureProblems(shown: ShownSectorSignals): string[] {
  const problems: string[] = [];
  const figures: [string, number | null][] = [
    ['boardsInForce', shown.boardsInForce],
    ['boardsWithDeviations', shown.boardsWithDeviations],
    ...shown.deviationTopics.map((t): [string, number | null] => [t.topic, t.boards]),
  ];
  for (const [name, n] of figures) if (small(n)) problems.push(`${name} is ${n}`);
  const pairs: [string, number | null, number | null][] = [
    ['boardsInForce - boardsWithDeviations', shown.boardsInForce, shown.boardsWithDeviations],
    ...shown.deviationTopics.flatMap((t): [string, number | null, number | null][] => [
      [`boardsWithDeviations - ${t.topic}`, shown.boardsWithDeviations, t.boards],
      [`boardsInForce - ${t.topic}`, shown.boardsInForce, t.boards],
    ]),
  ];
  for (const [name, a, b] of pairs)
    if (a !== null && b !== null && small(a - b)) problems.push(`${name} is ${a - b}`);
  if (shown.boardsInForce === null && shown.boardsWithDeviations !== null)
    problems.push('a part of a hidden total is shown');
  return problems;
}

describe('no answer lets anyone read or work out a count of 1 or 2 boards', () => {
  it('holds for every group of 1 to 6 boards and every spread over three topics', () => {
    const answers = new Map<string, Record<string, number>[]>();
    const problems: string[] = [];
    let checked = 0;
    for (let size = 1; size <= 6; size++) {
      for (const group of groups(size)) {
        const c = countsOf(group);
        const shown = shownSectorSignals(c, 'SECTOR');
        for (const p of figureProblems(shown)) problems.push(`${JSON.stringify(group)}: ${p}`);
        const key = JSON.stringify(shown);
        answers.set(key, [...(answers.get(key) ?? []), quantities(c)]);
        checked++;
      }
    }
    for (const [answer, worlds] of answers) {
      for (const name of Object.keys(worlds[0])) {
        const values = new Set(worlds.map((q) => q[name]));
        if (values.size === 1 && small([...values][0]))
          problems.push(`${answer} tells that ${name} is ${[...values][0]}`);
      }
    }
    expect(checked).toBe(3002);
    expect(problems).toEqual([]);
  });
});
