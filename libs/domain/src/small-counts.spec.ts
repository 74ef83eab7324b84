import {
  smallCountPair,
  suppressCounts,
  suppressLevelSpread,
  suppressSubsets,
  type LevelSpreadFigures,
} from './small-counts';

describe('the small-count rule for a count of boards and a part of it', () => {
  it('shows 0 as 0, and larger counts as they are', () => {
    expect(smallCountPair(0, 0)).toEqual({ total: 0, part: 0 });
    expect(smallCountPair(3, 0)).toEqual({ total: 3, part: 0 });
    expect(smallCountPair(10, 5)).toEqual({ total: 10, part: 5 });
    expect(smallCountPair(3, 3)).toEqual({ total: 3, part: 3 });
  });

  it('hides a count of 1 or 2, and the part of a hidden total', () => {
    expect(smallCountPair(1, 0)).toEqual({ total: null, part: null });
    expect(smallCountPair(2, 2)).toEqual({ total: null, part: null });
    expect(smallCountPair(10, 1)).toEqual({ total: 10, part: null });
    expect(smallCountPair(10, 2)).toEqual({ total: 10, part: null });
  });

  it('hides a part 1 or 2 short of its total, so that the rest cannot be worked out', () => {
    expect(smallCountPair(10, 9)).toEqual({ total: 10, part: null });
    expect(smallCountPair(10, 8)).toEqual({ total: 10, part: null });
    expect(smallCountPair(10, 7)).toEqual({ total: 10, part: 7 });
  });
});

describe('subsets of one total that may overlap (boards per deviation topic)', () => {
  it('judges each subset against the total alone', () => {
    expect(suppressSubsets(10, [5, 1, 9, 0, 10])).toEqual({
      total: 10,
      subsets: [5, null, null, 0, 10],
    });
  });

  it('hides every subset of a hidden total, zeros included', () => {
    expect(suppressSubsets(2, [0, 2])).toEqual({ total: null, subsets: [null, null] });
  });
});

describe('a spread that partitions its total', () => {
  const spread = (total: number, parts: number[]) =>
    suppressCounts({ count: total, parts: parts.map((count) => ({ count })) });
  const counts = (total: number, parts: number[]) => {
    const shown = spread(total, parts);
    return [shown.count, ...shown.parts.map((p) => p.count)];
  };

  it('hides the smallest other non-zero part when exactly one part is null', () => {
    // 1 of 10 alone would be 10 - 4 - 5 = 1; hiding the 4 too leaves two unknowns.
    expect(counts(10, [1, 4, 5, 0])).toEqual([10, null, null, 5, 0]);
  });

  it('needs no second null when two parts are already null', () => {
    expect(counts(13, [1, 2, 10])).toEqual([13, null, null, 10]);
  });

  it('hides a total with only one non-zero part when that part is null', () => {
    // 9 + 0: nothing else to hide, and the 1 of the other total is the total less 9.
    expect(counts(10, [9, 1, 0])).toEqual([10, null, null, 0]);
  });

  it('hides every part of a hidden total, zeros too', () => {
    expect(counts(2, [2, 0])).toEqual([null, null, null]);
  });
});

// Every spread of 1 to 8 boards over the five levels (from 7 boards on, a null level can
// hide among larger ones, so the secondary nulls matter), with every sensible pair of minimum and
// target level: for each, every figure the overview shows is checked against what a reader
// could do with it. A reader sees the shown figures and knows how they relate; the spreads
// that agree with every shown figure are what the reader cannot tell apart.
describe('the figures of a requirement of a board standard', () => {
  type Raw = { T: number; min: number; tgt: number | null; cells: number[] };
  const raw = (cells: number[], minimumLevel: number, targetLevel: number | null): Raw => {
    const sumFrom = (level: number) => cells.slice(level - 1).reduce((s, c) => s + c, 0);
    return {
      T: sumFrom(1),
      min: sumFrom(minimumLevel),
      tgt: targetLevel === null ? null : sumFrom(targetLevel),
      cells,
    };
  };
  const figures = (r: Raw) => [r.T, r.min, r.tgt, ...r.cells];
  const shownFigures = (s: LevelSpreadFigures) => [
    s.boardsAssessed,
    s.boardsAtMinimum,
    s.boardsAtTarget,
    ...s.levelCounts,
  ];

  function spreads(boards: number, levels = 5): number[][] {
    if (levels === 1) return [[boards]];
    const out: number[][] = [];
    for (let here = 0; here <= boards; here++)
      for (const rest of spreads(boards - here, levels - 1)) out.push([here, ...rest]);
    return out;
  }
  const candidates = Array.from({ length: 11 }, (_, n) => spreads(n)).flat();
  const lines: [number, number | null][] = [
    [3, 4],
    [3, null],
    [1, null],
    [1, 5],
    [2, 3],
    [3, 5],
    [5, null],
    [4, 4],
  ];

  it.each(lines)(
    'minimum %s, target %s: nothing singles out a board',
    (minimumLevel, targetLevel) => {
      const candidateFigures = candidates.map((c) => figures(raw(c, minimumLevel, targetLevel)));
      for (let boards = 1; boards <= 8; boards++) {
        for (const cells of spreads(boards)) {
          const truth = raw(cells, minimumLevel, targetLevel);
          const shown = shownFigures(suppressLevelSpread(cells, minimumLevel, targetLevel));
          const context = JSON.stringify({ cells, minimumLevel, targetLevel, shown });

          // No count of 1 or 2 is shown.
          for (const f of shown) expect([context, f === 1 || f === 2]).toEqual([context, false]);

          // No difference of 1 or 2 between a shown figure and a shown figure that contains it.
          const t = truth;
          const pairs: [number | null, number | null][] = [
            [shown[0] ?? null, shown[1] ?? null],
            [shown[0] ?? null, shown[2] ?? null],
            [shown[1] ?? null, shown[2] ?? null],
          ];
          for (const [whole, part] of pairs)
            if (whole !== null && part !== null)
              expect([context, whole - part === 1 || whole - part === 2]).toEqual([context, false]);

          // No null can be worked out to be 1 or 2 boards, given everything shown. (A null that
          // works out to 0, or to 3 or more, singles out nobody: the rule would show it.)
          const agreeing = candidateFigures.filter((f) =>
            shown.every((s, i) => s === null || s === f[i]),
          );
          figures(t).forEach((value, i) => {
            if (shown[i] !== null || value === null) return;
            const possible = new Set(agreeing.map((f) => f[i]));
            const pinned = possible.size === 1 && (value === 1 || value === 2);
            expect([context, i, pinned]).toEqual([context, i, false]);
          });
        }
      }
    },
  );

  it('shows a healthy spread as it is', () => {
    expect(suppressLevelSpread([0, 3, 5, 4, 3], 3, 4)).toEqual({
      boardsAssessed: 15,
      boardsAtMinimum: 12,
      boardsAtTarget: 7,
      levelCounts: [0, 3, 5, 4, 3],
    });
  });

  it('keeps a lone board at level 4 from being worked out from the boards at the target', () => {
    const shown = suppressLevelSpread([0, 0, 3, 1, 6], 3, 4);
    expect(shown.levelCounts[3]).toBeNull();
    expect(shown.levelCounts[4]).toBeNull();
    expect(shown.boardsAtTarget).toBe(7);
  });

  it('withholds a spread with a null level whole, so its 0s cannot place the nulls', () => {
    expect(suppressLevelSpread([1, 1, 1, 0, 0], 3, 4).levelCounts).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('has no boards at the target without a development line', () => {
    expect(suppressLevelSpread([0, 3, 5, 4, 3], 3, null).boardsAtTarget).toBeNull();
  });
});
