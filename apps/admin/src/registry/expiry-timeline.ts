// The picture on the home page: attestations whose validity ends in the coming 90 days, placed
// on a line from today to the horizon, with month marks. Calendar dates only (YYYY-MM-DD), so
// that no time zone moves a dot by a day.
import { addDays, EXPIRING_WITHIN_DAYS } from '@regie/domain';

export interface TimelineInput {
  readonly id: string;
  readonly validUntil: string;
}

export interface TimelinePoint<T extends TimelineInput> {
  readonly item: T;
  /** Days from today to the last valid day; 0 is today. */
  readonly daysLeft: number;
  /** Where on the line, 0 (today) to 1 (the horizon). */
  readonly position: number;
  /** Label row, so that labels of dots close together do not overlap. */
  readonly lane: number;
}

export interface TimelineTick {
  readonly date: string;
  readonly position: number;
}

export interface Timeline<T extends TimelineInput> {
  readonly from: string;
  readonly to: string;
  readonly points: readonly TimelinePoint<T>[];
  /** The first day of each month on the line. */
  readonly ticks: readonly TimelineTick[];
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function expiryTimeline<T extends TimelineInput>(
  items: readonly T[],
  today: string,
  options: { horizonDays?: number; lanes?: number; minGap?: number } = {},
): Timeline<T> {
  const horizon = options.horizonDays ?? EXPIRING_WITHIN_DAYS;
  const lanes = options.lanes ?? 3;
  // Two dots closer than this share no label row.
  const minGap = options.minGap ?? 0.12;
  const to = addDays(today, horizon);
  const laneEnds: number[] = [];
  const points = items
    .map((item) => ({ item, daysLeft: daysBetween(today, item.validUntil) }))
    .filter((p) => p.daysLeft >= 0 && p.daysLeft <= horizon)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.item.id.localeCompare(b.item.id))
    .map((p) => {
      const position = p.daysLeft / horizon;
      let lane = laneEnds.findIndex((end) => position - end >= minGap);
      if (lane < 0)
        lane = laneEnds.length < lanes ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = position;
      return { ...p, position, lane };
    });
  const ticks: TimelineTick[] = [];
  let month = `${today.slice(0, 7)}-01`;
  for (;;) {
    const [y, m] = month.split('-').map(Number);
    month = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    if (month > to) break;
    ticks.push({ date: month, position: daysBetween(today, month) / horizon });
  }
  return { from: today, to, points, ticks };
}
