// How long agreements have waited, for the home cards' lists and their small bar picture.
// Whole days between two instants, as a person counts them in the Netherlands.
const DAY = 24 * 60 * 60 * 1000;

export function daysWaiting(since: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / DAY));
}

export interface WaitingBar<T> {
  readonly item: T;
  readonly days: number;
  /** Share of the longest wait, 0..1; at least a sliver so that a new item still shows. */
  readonly share: number;
}

/** Longest wait first, each with its bar length relative to the longest. */
export function waitingBars<T>(
  items: readonly T[],
  since: (item: T) => string,
  now: Date = new Date(),
): WaitingBar<T>[] {
  const rows = items.map((item) => ({ item, days: daysWaiting(since(item), now) }));
  rows.sort((a, b) => b.days - a.days);
  const longest = Math.max(1, ...rows.map((r) => r.days));
  return rows.map((r) => ({ ...r, share: Math.max(0.04, r.days / longest) }));
}
