// DOMAIN.md's small-count rule, for a count of boards shown with a part of it (boards told
// and boards that objected, boards affected and boards that answered) to anyone but the
// board itself: a count of 1 or 2 is null; so is the part when it is 1 or 2, or 1 or 2 short
// of the total (the rest could be worked out); when the total is null, so is the part. 0 is 0.

const small = (n: number) => n === 1 || n === 2;

export function smallCountPair(
  total: number,
  part: number,
): { readonly total: number | null; readonly part: number | null } {
  const shownTotal = small(total) ? null : total;
  const shownPart = shownTotal === null || small(part) || small(total - part) ? null : part;
  return { total: shownTotal, part: shownPart };
}
