// DOMAIN.md's small-count rule, for every count of boards (or of their agreements, answers
// or objections) that Regie shows to anyone but the board itself:
//  - a count of 1 or 2 is null;
//  - so is a count whose difference from a total shown beside it is 1 or 2;
//  - where this leaves exactly one part of a total null, the smallest other non-zero part
//    is null too, so that no null can be worked out by subtraction;
//  - when a total is null, every part of it is null; 0 is shown as 0.
//
// Figures come in two shapes. Parts that partition their total (a spread over levels, the
// boards with and without deviations) form a tree: `suppressCounts`. Subsets of one total
// that may overlap (boards per deviation topic) cannot be summed to anything, so each is
// judged against the total alone: `suppressSubsets`.

const small = (n: number) => n === 1 || n === 2;

/** A count and, optionally, the parts it is split into (their counts sum to it). */
export interface CountTree {
  readonly count: number;
  readonly parts?: readonly CountTree[];
  /**
   * A figure nobody sees, only there to group parts whose sum can be worked out from the
   * figures around it (the boards below the minimum: all boards less those at the minimum).
   * It is judged like any count, but when it is null its parts need only be kept from adding
   * up to it; they are not all nulled as the parts of a shown total are.
   */
  readonly derived?: boolean;
}

/** The same tree as shown: null where the rule hides the count. */
export interface ShownTree {
  readonly count: number | null;
  readonly parts: readonly ShownTree[];
}

interface Node {
  readonly count: number;
  readonly derived: boolean;
  readonly parent: Node | null;
  readonly parts: Node[];
  hidden: boolean;
}

function build(tree: CountTree, parent: Node | null, all: Node[]): Node {
  const node: Node = {
    count: tree.count,
    derived: tree.derived ?? false,
    parent,
    parts: [],
    hidden: false,
  };
  all.push(node);
  for (const part of tree.parts ?? []) node.parts.push(build(part, node, all));
  return node;
}

function shown(node: Node): ShownTree {
  return { count: node.hidden ? null : node.count, parts: node.parts.map(shown) };
}

/** Some shown total above `node` is null, so all of it is. */
function underHiddenTotal(node: Node): boolean {
  for (let up = node.parent; up; up = up.parent) if (up.hidden && !up.derived) return true;
  return false;
}

const smallestNonZeroShown = (nodes: readonly Node[]) =>
  nodes
    .filter((n) => !n.hidden && n.count > 0)
    .reduce<Node | null>((min, n) => (min === null || n.count < min.count ? n : min), null);

/**
 * Applies the rule to a tree of counts until nothing more changes. Nulls only ever get
 * added, so it ends; the secondary choice (the smallest other part) is deterministic, so
 * the same figures always show the same way.
 */
export function suppressCounts(tree: CountTree): ShownTree {
  const all: Node[] = [];
  const root = build(tree, null, all);
  let changed = true;
  const hide = (node: Node) => {
    node.hidden = true;
    changed = true;
  };
  while (changed) {
    changed = false;
    for (const node of all) {
      if (node.hidden) continue;
      const parent = node.parent;
      if (
        small(node.count) ||
        underHiddenTotal(node) ||
        (parent && !parent.hidden && small(parent.count - node.count))
      )
        hide(node);
    }
    for (const node of all) {
      if (node.parts.length === 0) continue;
      const hiddenParts = node.parts.filter((p) => p.hidden).length;
      if (!node.hidden && hiddenParts === 1) {
        // The one null part is the total less the others: null one more.
        const other = smallestNonZeroShown(node.parts);
        hide(other ?? node);
      } else if (node.hidden && node.derived && hiddenParts === 0 && node.count > 0) {
        // A null derived figure must not be the sum of its shown parts.
        const other = smallestNonZeroShown(node.parts);
        if (other) hide(other);
      }
    }
  }
  return shown(root);
}

/** Counts that each are a subset of one total, possibly overlapping. */
export function suppressSubsets(
  total: number,
  subsets: readonly number[],
): { readonly total: number | null; readonly subsets: readonly (number | null)[] } {
  const shownTotal = small(total) ? null : total;
  return {
    total: shownTotal,
    subsets: subsets.map((s) => (shownTotal === null || small(s) || small(total - s) ? null : s)),
  };
}

/** A count of boards and one part of it (boards told and boards that objected). */
export function smallCountPair(
  total: number,
  part: number,
): { readonly total: number | null; readonly part: number | null } {
  const { total: shownTotal, subsets } = suppressSubsets(total, [part]);
  return { total: shownTotal, part: subsets[0] ?? null };
}

/** The figures of one requirement of a board standard, as the sector overview shows them. */
export interface LevelSpreadFigures {
  readonly boardsAssessed: number | null;
  readonly boardsAtMinimum: number | null;
  /** Null also when the requirement has no development line. */
  readonly boardsAtTarget: number | null;
  /** Boards per level 1..5 (index 0 is level 1). */
  readonly levelCounts: readonly (number | null)[];
}

/**
 * Boards per maturity level (index 0 is level 1) against a requirement's minimum and target
 * level. The boards at the minimum and at the target are sums of level counts, so all the
 * figures are one tree: all boards = below the minimum + at the minimum; at the minimum =
 * between minimum and target + at the target. Judging them in one tree keeps a null level
 * from being worked out from the boards at the minimum or at the target.
 */
export function suppressLevelSpread(
  levels: readonly number[],
  minimumLevel: number,
  targetLevel: number | null,
): LevelSpreadFigures {
  const cells = [1, 2, 3, 4, 5].map((level) => ({ level, count: levels[level - 1] ?? 0 }));
  const sum = (parts: readonly CountTree[]) => parts.reduce((s, p) => s + p.count, 0);
  const group = (from: number, to: number): CountTree[] =>
    cells.filter((c) => c.level >= from && c.level < to).map((c) => ({ count: c.count }));
  const target = targetLevel !== null && targetLevel > minimumLevel ? targetLevel : null;

  const below: CountTree = {
    count: sum(group(1, minimumLevel)),
    parts: group(1, minimumLevel),
    derived: true,
  };
  let atMinimum: CountTree;
  if (target === null) {
    atMinimum = { count: sum(group(minimumLevel, 6)), parts: group(minimumLevel, 6) };
  } else {
    const between: CountTree = {
      count: sum(group(minimumLevel, target)),
      parts: group(minimumLevel, target),
      derived: true,
    };
    const atTarget: CountTree = { count: sum(group(target, 6)), parts: group(target, 6) };
    atMinimum = { count: between.count + atTarget.count, parts: [between, atTarget] };
  }
  const all = suppressCounts({ count: below.count + atMinimum.count, parts: [below, atMinimum] });

  const [shownBelow, shownAtMinimum] = all.parts;
  const levelsShown = [...(shownBelow?.parts ?? [])];
  let atTargetShown: number | null = null;
  if (target === null) {
    levelsShown.push(...(shownAtMinimum?.parts ?? []));
  } else {
    const [shownBetween, shownAtTarget] = shownAtMinimum?.parts ?? [];
    levelsShown.push(...(shownBetween?.parts ?? []), ...(shownAtTarget?.parts ?? []));
    atTargetShown = shownAtTarget?.count ?? null;
  }
  // targetLevel equal to the minimum: the boards at the target are those at the minimum.
  if (targetLevel !== null && target === null) atTargetShown = shownAtMinimum?.count ?? null;
  // A spread is shown whole or not at all. A reader who knows this rule knows that a null
  // level holds boards; beside the number of boards and the 0s of the other levels, a few
  // such nulls pin boards down (3 boards read as [null, null, null, 0, 0] are one on each of
  // levels 1 to 3).
  const levelCounts = levelsShown.map((l) => l.count);
  return {
    boardsAssessed: all.count,
    boardsAtMinimum: shownAtMinimum?.count ?? null,
    boardsAtTarget: atTargetShown,
    levelCounts: levelCounts.includes(null) ? levelCounts.map(() => null) : levelCounts,
  };
}
