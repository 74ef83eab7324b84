// The small-count rule in the sector overview and its files (issue #16, "Bad input and
// privacy"): groups of 1 to 6 boards, each in a sector of its own (ten boards, so that the
// sector may be asked for), with every spread of their levels over 1..5 against several
// minimum and target levels, and with agreements on products of which 0 to 6 are compliant.
// Every figure is checked as shown and as written in the CSV; and against a reader who knows
// the rule, how many boards answered and every figure shown, no count of 1 or 2 (a level, the
// boards at the minimum or the target, those below or between) can be worked out.
import {
  ComplianceAnswer,
  OrganisationKind,
  Role,
  Sector,
  suppressCounts,
  suppressLevelSpread,
  suppressSubsets,
} from '@regie/domain';
import { parse } from 'csv-parse/sync';
import { seedAgreement } from '../support/agreements-seed';
import { createOrganisation, signUp } from '../support/identity';
import { publishedStandard } from '../support/procurement';
import { seedVendor } from '../support/products';
import {
  download,
  seedBoardAssessment,
  seedBoardStandard,
  seedProductAssessment,
} from '../support/sector-overview';
import { startTestApp, type TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely
type Loose = Record<string, any>;

const SECTORS = [Sector.PO, Sector.SO, Sector.VO, Sector.VSO, Sector.MBO, Sector.HO];
/** Minimum and target levels the spreads are judged against. */
const LINES: [number, number | null][] = [
  [3, 4],
  [3, null],
  [2, 3],
  [2, 5],
  [4, 5],
];
const small = (n: number | null) => n === 1 || n === 2;

/** Every way `n` boards spread over the levels 1..5. */
function spreads(n: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number) => {
    if (prefix.length === 4) return void out.push([...prefix, left]);
    for (let i = 0; i <= left; i++) walk([...prefix, i], left - i);
  };
  walk([], n);
  return out;
}

/** Every count a reader could want of a spread: levels, and the groups around the lines. */
function figures(levels: number[], min: number, target: number | null): Record<string, number> {
  const sum = (from: number, to: number) => levels.slice(from - 1, to).reduce((s, x) => s + x, 0);
  const f: Record<string, number> = {
    atMinimum: sum(min, 5),
    belowMinimum: sum(1, min - 1),
  };
  levels.forEach((count, i) => (f[`level ${i + 1}`] = count));
  if (target !== null) {
    f.atTarget = sum(target, 5);
    f.betweenMinimumAndTarget = sum(min, target - 1);
  }
  return f;
}

let app: TestApp;
let inspector: string;
let standard: Awaited<ReturnType<typeof seedBoardStandard>>;
/** Per sector (n = 1..6 boards): per requirement, the true spread. */
const truth = new Map<Sector, Map<string, number[]>>();
/** Requirement id → its line. */
const lineOf = new Map<string, [number, number | null]>();
const productStandards: string[] = [];
const products: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
  const negotiator = (await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] }))
    .token;
  const supervisor = await createOrganisation(app, { kind: OrganisationKind.SUPERVISOR });
  inspector = (await signUp(app, { organisationId: supervisor, roles: [Role.INSPECTOR] })).token;

  // One requirement per spread of 6 boards and line; a group of n boards uses the first
  // spreads(n).length requirements of each line for its spreads, and answers no others.
  const count = spreads(6).length;
  standard = await seedBoardStandard(
    app,
    sectorBody,
    LINES.flatMap(([minimumLevel, targetLevel]) =>
      Array.from({ length: count }, () => ({ minimumLevel, targetLevel })),
    ),
  );
  LINES.forEach((line, l) =>
    standard.requirements.slice(l * count, (l + 1) * count).forEach((r) => lineOf.set(r.id, line)),
  );

  const vendor = await seedVendor(app, { name: 'Leverancier', products: 6 });
  products.push(...vendor.products.map((p) => p.id));
  // Standards S0..S6: under Sk the products 1..k are compliant, the others not.
  for (let k = 0; k <= 6; k++) {
    const s = await publishedStandard(app, negotiator, sectorBody, [
      {
        code: 'EER',
        title: 'Gegevens in de EER',
        description: 'Opslag in de EER',
        mandatory: true,
      },
    ]);
    productStandards.push(s.id);
    for (const [i, productId] of products.entries())
      await seedProductAssessment(app, {
        productId,
        vendorId: vendor.vendorId,
        standardId: s.id,
        answers: {
          [s.requirements[0].id]: {
            answer: i < k ? ComplianceAnswer.MEETS : ComplianceAnswer.DOES_NOT_MEET,
          },
        },
      });
  }

  for (const [g, sector] of SECTORS.entries()) {
    const n = g + 1;
    const boards: string[] = [];
    for (let i = 0; i < 10; i++)
      boards.push(
        await createOrganisation(app, { kind: OrganisationKind.BOARD, sectors: [sector] }),
      );
    const spread = new Map<string, number[]>();
    const answers: Record<string, number>[] = Array.from({ length: n }, () => ({}));
    for (const l of LINES.keys()) {
      spreads(n).forEach((levels, j) => {
        const requirement = standard.requirements[l * count + j].id;
        spread.set(requirement, levels);
        // Board b takes the b-th level of the spread, lowest first.
        const flat = levels.flatMap((c, level) => Array<number>(c).fill(level + 1));
        flat.forEach((level, b) => (answers[b][requirement] = level));
      });
    }
    truth.set(sector, spread);
    for (let b = 0; b < n; b++) {
      await seedBoardAssessment(app, {
        boardId: boards[b],
        standardId: standard.id,
        levels: answers[b],
      });
      // Board b has an agreement on each of the products 1..b+1.
      for (const productId of products.slice(0, b + 1))
        await seedAgreement(app, {
          boardId: boards[b],
          vendorId: vendor.vendorId,
          productIds: [productId],
        });
    }
  }
}, 300_000);

afterAll(() => app?.close());

async function overview(standardId: string, sector: Sector | null) {
  // A test before may have kept the event loop busy for seconds: let the server's close of an
  // idle keep-alive connection arrive before a request would be written into it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const res = await app.graphql(
    `query ($standardId: ID!, $sector: Sector) { sectorOverview(standardId: $standardId, sector: $sector) {
      products { product { id } boardsInForce }
      agreementsInForce agreementsOnCompliantProducts boardsAssessed boardsAtMinimum
      requirements { requirement { id } boardsAssessed boardsAtMinimum boardsAtTarget levelCounts } } }`,
    { standardId, sector },
    { token: inspector },
  );
  expect(res.errors).toBeUndefined();
  const csv = await download(
    app,
    `/api/standards/${standardId}/overview.csv${sector ? `?sector=${sector}` : ''}`,
    inspector,
    'en',
  );
  expect(csv.status).toBe(200);
  const rows = parse((await csv.text()).replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
  return { shown: res.data!.sectorOverview as Loose, rows };
}

/** A CSV cell as the figure it stands for: "withheld" is null, an empty cell undefined. */
const cell = (text: string) =>
  text === 'withheld' ? null : text === '' ? undefined : Number(text);

/** What a total and a part of it show must not let a count of 1 or 2 be read or subtracted. */
function expectSafePair(total: number | null, part: number | null, what: string) {
  expect([what, small(total), small(part)]).toEqual([what, false, false]);
  if (total === null) expect([what, part]).toEqual([what, null]);
  if (total !== null && part !== null) expect([what, small(total - part)]).toEqual([what, false]);
}

describe('a board standard', () => {
  it.each(SECTORS.map((sector, g) => [g + 1, sector]))(
    'withholds every figure of %i boards that could single one out, in the overview and its CSV',
    async (n, sector) => {
      const { shown, rows } = await overview(standard.id, sector);
      const spread = truth.get(sector)!;
      // Candidate spreads by what they show, per line: what a reader who knows n can infer.
      const byShown = new Map<string, number[][]>();
      for (const [min, target] of LINES)
        for (const candidate of spreads(n))
          byShown.set(JSON.stringify([min, target, shownSpread(candidate, min, target)]), [
            ...(byShown.get(JSON.stringify([min, target, shownSpread(candidate, min, target)])) ??
              []),
            candidate,
          ]);
      let checked = 0;
      const csvRows = rows.slice(2);
      expect(csvRows).toHaveLength(shown.requirements.length);
      for (const [i, r] of (shown.requirements as Loose[]).entries()) {
        const levels = spread.get(r.requirement.id);
        const [min, target] = lineOf.get(r.requirement.id)!;
        const figuresShown = {
          boardsAssessed: r.boardsAssessed,
          boardsAtMinimum: r.boardsAtMinimum,
          boardsAtTarget: r.boardsAtTarget,
          levelCounts: r.levelCounts,
        };
        // The same figures in the CSV row.
        const row = csvRows[i].slice(5).map(cell);
        expect(row).toEqual([
          r.boardsAssessed,
          r.boardsAtMinimum,
          target === null ? undefined : r.boardsAtTarget,
          ...r.levelCounts,
        ]);
        if (!levels) {
          // Nobody in this group answered it.
          expect(figuresShown).toEqual({
            boardsAssessed: 0,
            boardsAtMinimum: 0,
            boardsAtTarget: target === null ? null : 0,
            levelCounts: [0, 0, 0, 0, 0],
          });
          continue;
        }
        checked++;
        expect(figuresShown).toEqual(shownSpread(levels, min, target));
        // Nothing shown is 1 or 2, nor 1 or 2 short of the total beside it.
        for (const value of [
          r.boardsAssessed,
          r.boardsAtMinimum,
          r.boardsAtTarget,
          ...r.levelCounts,
        ])
          expect(small(value)).toBe(false);
        expectSafePair(r.boardsAssessed, r.boardsAtMinimum, `${levels} at minimum`);
        if (target !== null)
          expectSafePair(r.boardsAtMinimum, r.boardsAtTarget, `${levels} at target`);
        for (const c of r.levelCounts) expectSafePair(r.boardsAssessed, c, `${levels} level`);
        // No count of 1 or 2 can be worked out from what is shown.
        const candidates = byShown.get(JSON.stringify([min, target, figuresShown]))!;
        expect(candidates).toContainEqual(levels);
        for (const [name, value] of Object.entries(figures(levels, min, target))) {
          if (!small(value)) continue;
          const possible = new Set(candidates.map((c) => figures(c, min, target)[name]));
          expect([String(levels), min, target, name, possible.size > 1]).toEqual([
            String(levels),
            min,
            target,
            name,
            true,
          ]);
        }
      }
      expect(checked).toBe(spreads(n).length * LINES.length);
      // The boards assessed and those at every minimum: a pair under the rule, in both.
      expectSafePair(shown.boardsAssessed, shown.boardsAtMinimum, 'every requirement');
      expect(rows[1].slice(5, 7).map(cell)).toEqual([shown.boardsAssessed, shown.boardsAtMinimum]);
    },
  );

  it('keeps to the rule over every board together', async () => {
    const { shown, rows } = await overview(standard.id, null);
    for (const [i, r] of (shown.requirements as Loose[]).entries()) {
      const [min, target] = lineOf.get(r.requirement.id)!;
      const levels = [0, 0, 0, 0, 0];
      for (const spread of truth.values())
        spread.get(r.requirement.id)?.forEach((c, level) => (levels[level] += c));
      expect({
        boardsAssessed: r.boardsAssessed,
        boardsAtMinimum: r.boardsAtMinimum,
        boardsAtTarget: r.boardsAtTarget,
        levelCounts: r.levelCounts,
      }).toEqual(shownSpread(levels, min, target));
      for (const value of [r.boardsAssessed, r.boardsAtMinimum, r.boardsAtTarget, ...r.levelCounts])
        expect(small(value)).toBe(false);
      expect(
        rows[i + 2]
          .slice(5)
          .map(cell)
          .filter((v) => v !== undefined),
      ).toEqual(
        [
          r.boardsAssessed,
          r.boardsAtMinimum,
          target === null ? undefined : r.boardsAtTarget,
          ...r.levelCounts,
        ].filter((v) => v !== undefined),
      );
    }
  });
});

describe('a product standard', () => {
  it('withholds boards per product and agreements on compliant products of 1 to 6 boards, in the overview and its CSV', async () => {
    for (const [g, sector] of [...SECTORS.map((s, g) => [g, s] as const), [6, null] as const]) {
      // In a group of n boards, board b has agreements on products 1..b.
      const groups = sector === null ? [1, 2, 3, 4, 5, 6] : [g + 1];
      for (const [k, standardId] of productStandards.entries()) {
        const { shown, rows } = await overview(standardId, sector);
        let total = 0;
        let onCompliant = 0;
        const boardsOn = products.map(() => 0);
        for (const n of groups)
          for (let b = 1; b <= n; b++)
            for (let p = 0; p < b; p++) {
              total++;
              boardsOn[p]++;
              if (p < k) onCompliant++;
            }
        const expected = suppressSubsets(total, [onCompliant]);
        expect([sector, k, shown.agreementsInForce, shown.agreementsOnCompliantProducts]).toEqual([
          sector,
          k,
          expected.total,
          expected.subsets[0],
        ]);
        expectSafePair(shown.agreementsInForce, shown.agreementsOnCompliantProducts, `S${k}`);
        expect(rows[1].slice(5, 7).map(cell)).toEqual([
          shown.agreementsInForce,
          shown.agreementsOnCompliantProducts,
        ]);
        const byId = new Map(
          (shown.products as Loose[]).map((p) => [p.product.id, p.boardsInForce]),
        );
        products.forEach((id, p) => {
          expect(byId.get(id)).toBe(suppressCounts({ count: boardsOn[p] }).count);
          expect(small(byId.get(id))).toBe(false);
        });
        expect(rows.slice(2).map((r) => cell(r[4]))).toEqual(
          (shown.products as Loose[]).map((p) => p.boardsInForce),
        );
      }
    }
  });
});

/** The spread as the overview shows it: the rule's figures, and a spread whole or not at all. */
function shownSpread(levels: number[], min: number, target: number | null) {
  const s = suppressLevelSpread(levels, min, target);
  return {
    boardsAssessed: s.boardsAssessed,
    boardsAtMinimum: s.boardsAtMinimum,
    boardsAtTarget: s.boardsAtTarget,
    levelCounts: s.levelCounts.includes(null) ? s.levelCounts.map(() => null) : [...s.levelCounts],
  };
}
