// The geometry of the chart of answers over time, apart from React so that it can be tested:
// two step lines over calendar days (boards told, boards that answered), from the first day on
// which boards were told to today. The API gives only the days on which something changed; a
// count is flat until the next such day. A count the small-count rule hides (null) breaks its
// line: the chart never draws a value it was not given.

export interface AnswerPoint {
  /** YYYY-MM-DD, Europe/Amsterdam. */
  readonly day: string;
  readonly notifiedCount: number | null;
  readonly answeredCount: number | null;
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  /** The plotting area inside the axes. */
  readonly plot: { left: number; top: number; right: number; bottom: number };
  readonly notifiedPath: string;
  readonly answeredPath: string;
  /** Dots where the answered count is known: the days it changed. */
  readonly answeredDots: readonly { x: number; y: number }[];
  readonly yTicks: readonly { value: number; y: number }[];
  readonly xLabels: readonly { day: string; x: number; anchor: 'start' | 'end' }[];
}

const WIDTH = 480;
const HEIGHT = 220;
const PLOT = { left: 44, top: 12, right: WIDTH - 12, bottom: HEIGHT - 30 };

/** Days from `from` to `to` (YYYY-MM-DD), counted on the calendar. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Round tick values from 0 to at least `max`: 0, a middle one when it is whole, the top. */
function ticks(max: number): number[] {
  const top = Math.max(1, max);
  const middle = top / 2;
  return Number.isInteger(middle) && middle > 0 ? [0, middle, top] : [0, top];
}

/** Null when there is nothing to draw: no day, or every count hidden. */
export function answersChart(points: readonly AnswerPoint[], today: string): ChartGeometry | null {
  const known = points.filter((p) => p.notifiedCount !== null || p.answeredCount !== null);
  if (points.length === 0 || known.length === 0) return null;
  const first = points[0].day;
  const last = points[points.length - 1].day;
  const end = daysBetween(last, today) > 0 ? today : last;
  // At least one day wide, so that a single day still has a line.
  const span = Math.max(1, daysBetween(first, end));
  const yMax = Math.max(
    1,
    ...points.map((p) => Math.max(p.notifiedCount ?? 0, p.answeredCount ?? 0)),
  );
  const x = (day: string) =>
    PLOT.left + ((PLOT.right - PLOT.left) * daysBetween(first, day)) / span;
  const y = (value: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * value) / yMax;
  const round = (n: number) => Math.round(n * 10) / 10;
  // A single day is drawn across the whole width, so that its lines show.
  const endX = first === end ? PLOT.right : x(end);

  const stepPath = (value: (p: AnswerPoint) => number | null) => {
    let path = '';
    let previous: number | null = null;
    for (const p of points) {
      const v = value(p);
      if (v === null) {
        // Hidden: the line stops at this day and starts again at the next known one.
        if (previous !== null) path += ` H ${round(x(p.day))}`;
        previous = null;
        continue;
      }
      path +=
        previous === null
          ? ` M ${round(x(p.day))} ${round(y(v))}`
          : ` H ${round(x(p.day))} V ${round(y(v))}`;
      previous = v;
    }
    // Flat until today.
    if (previous !== null) path += ` H ${round(endX)}`;
    return path.trim();
  };

  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    notifiedPath: stepPath((p) => p.notifiedCount),
    answeredPath: stepPath((p) => p.answeredCount),
    answeredDots: points
      .filter((p) => p.answeredCount !== null)
      .map((p) => ({ x: round(x(p.day)), y: round(y(p.answeredCount!)) })),
    yTicks: ticks(yMax).map((value) => ({ value, y: round(y(value)) })),
    xLabels:
      first === end
        ? [{ day: first, x: PLOT.left, anchor: 'start' }]
        : [
            { day: first, x: PLOT.left, anchor: 'start' },
            { day: end, x: PLOT.right, anchor: 'end' },
          ],
  };
}

/** The newest day whose counts are both shown: what the chart's text says in words. */
export function latestKnown(points: readonly AnswerPoint[]): AnswerPoint | null {
  for (let i = points.length - 1; i >= 0; i -= 1)
    if (points[i].notifiedCount !== null && points[i].answeredCount !== null) return points[i];
  return null;
}
