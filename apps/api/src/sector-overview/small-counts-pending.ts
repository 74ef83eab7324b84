// PENDING: the lead's libs/domain/src/small-counts.ts (suppressCounts, suppressSubsets,
// suppressLevelSpread) replaces this file once it is on main; same signatures.
export interface CountTree {
  count: number;
  parts?: CountTree[];
}
export interface ShownTree {
  count: number | null;
  parts?: ShownTree[];
}

const small = (n: number) => n === 1 || n === 2;

export function suppressCounts(tree: CountTree): ShownTree {
  return shown(tree, null, false);
}

function shown(tree: CountTree, parent: number | null, parentHidden: boolean): ShownTree {
  let count: number | null =
    parentHidden || small(tree.count) || (parent !== null && small(parent - tree.count))
      ? null
      : tree.count;
  if (tree.count === 0 && !parentHidden) count = 0;
  if (!tree.parts) return { count };
  let parts = tree.parts.map((p) => shown(p, tree.count, count === null));
  if (count !== null) {
    // Secondary suppression: one null part alone could be worked out by subtraction.
    for (;;) {
      const hidden = parts.filter((p) => p.count === null).length;
      if (hidden !== 1) break;
      let smallest = -1;
      parts.forEach((p, i) => {
        if (p.count !== null && p.count > 0 && (smallest < 0 || p.count < parts[smallest].count!))
          smallest = i;
      });
      if (smallest < 0) break;
      parts = parts.map((p, i) => (i === smallest ? hideAll(tree.parts![i]) : p));
    }
  }
  return { count, parts };
}

function hideAll(tree: CountTree): ShownTree {
  return tree.parts ? { count: null, parts: tree.parts.map(hideAll) } : { count: null };
}

export function suppressSubsets(
  total: number,
  subsets: readonly number[],
): { total: number | null; subsets: (number | null)[] } {
  const shownTotal = small(total) ? null : total;
  return {
    total: shownTotal,
    subsets: subsets.map((s) =>
      shownTotal === null
        ? null
        : suppressCounts({ count: total, parts: [{ count: s }, { count: total - s }] }).parts![0]
            .count,
    ),
  };
}

export function suppressLevelSpread(
  levels: readonly number[],
  minimumLevel: number,
  targetLevel: number | null,
): {
  boardsAssessed: number | null;
  boardsAtMinimum: number | null;
  boardsAtTarget: number | null;
  levelCounts: (number | null)[];
} {
  const leaf = (from: number, to: number) => levels.slice(from - 1, to).map((count) => ({ count }));
  const sum = (ps: CountTree[]) => ps.reduce((s, p) => s + p.count, 0);
  const below = leaf(1, minimumLevel - 1);
  const target = targetLevel ?? minimumLevel;
  const between = leaf(minimumLevel, target - 1);
  const above = leaf(target, 5);
  const atTarget: CountTree = { count: sum(above), parts: above };
  const atMin: CountTree = {
    count: sum(between) + atTarget.count,
    parts: targetLevel ? [{ count: sum(between), parts: between }, atTarget] : above,
  };
  const tree: CountTree = {
    count: sum(below) + atMin.count,
    parts: [{ count: sum(below), parts: below }, atMin],
  };
  const s = suppressCounts(tree);
  const atMinS = s.parts![1];
  const belowS = s.parts![0].parts!;
  const atMinLeaves = targetLevel
    ? [...atMinS.parts![0].parts!, ...atMinS.parts![1].parts!]
    : atMinS.parts!;
  return {
    boardsAssessed: s.count,
    boardsAtMinimum: atMinS.count,
    boardsAtTarget: targetLevel ? atMinS.parts![1].count : null,
    levelCounts: [...belowS, ...atMinLeaves].map((p) => p.count),
  };
}
