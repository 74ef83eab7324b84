import { describe, expect, it } from 'vitest';
import { answersChart, daysBetween, latestKnown, type AnswerPoint } from './answers-chart-model';

const point = (day: string, notified: number | null, answered: number | null): AnswerPoint => ({
  day,
  notifiedCount: notified,
  answeredCount: answered,
});

describe('the chart of answers over time', () => {
  it('counts calendar days, across a change of clock', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('draws steps: flat until the next day with news, then flat until today', () => {
    const chart = answersChart(
      [point('2026-03-01', 10, 0), point('2026-03-03', 10, 4), point('2026-03-05', 10, 10)],
      '2026-03-11',
    )!;
    // Ten days wide over 424 units: 42.4 a day; 10 boards over 178 units.
    expect(chart.answeredPath).toBe('M 44 190 H 128.8 V 118.8 H 213.6 V 12 H 468');
    expect(chart.notifiedPath).toBe('M 44 12 H 128.8 V 12 H 213.6 V 12 H 468');
    expect(chart.answeredDots).toHaveLength(3);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 5, 10]);
    expect(chart.xLabels.map((l) => l.day)).toEqual(['2026-03-01', '2026-03-11']);
  });

  it('breaks a line where the small-count rule hides a count, and never draws a hidden value', () => {
    const chart = answersChart(
      [point('2026-03-01', 4, 0), point('2026-03-02', 4, null), point('2026-03-03', 4, 4)],
      '2026-03-03',
    )!;
    expect(chart.answeredPath).toBe('M 44 190 H 256 M 468 12 H 468');
    expect(chart.answeredDots).toHaveLength(2);
    expect(latestKnown([point('2026-03-01', 4, 0), point('2026-03-02', 4, null)])).toEqual(
      point('2026-03-01', 4, 0),
    );
  });

  it('has nothing to draw without days, or when every count is hidden', () => {
    expect(answersChart([], '2026-03-01')).toBeNull();
    expect(answersChart([point('2026-03-01', null, null)], '2026-03-01')).toBeNull();
    expect(latestKnown([point('2026-03-01', null, null)])).toBeNull();
  });

  it('gives a single day a width of its own', () => {
    const chart = answersChart([point('2026-03-01', 2, 0)], '2026-03-01')!;
    expect(chart.xLabels).toEqual([{ day: '2026-03-01', x: 44, anchor: 'start' }]);
    expect(chart.notifiedPath).toBe('M 44 12 H 468');
  });
});
