import { describe, expect, it } from 'vitest';
import { daysBetween, expiryTimeline } from './expiry-timeline';

describe('expiryTimeline', () => {
  const today = '2026-11-22';

  it('places the attestations that end within 90 days, soonest first', () => {
    const timeline = expiryTimeline(
      [
        { id: 'c', validUntil: '2027-02-20' },
        { id: 'a', validUntil: '2026-11-22' },
        { id: 'b', validUntil: '2026-12-07' },
        { id: 'expired', validUntil: '2026-11-21' },
        { id: 'later', validUntil: '2027-02-21' },
      ],
      today,
    );
    expect(timeline.to).toBe('2027-02-20');
    expect(timeline.points.map((p) => [p.item.id, p.daysLeft])).toEqual([
      ['a', 0],
      ['b', 15],
      ['c', 90],
    ]);
    expect(timeline.points[0].position).toBe(0);
    expect(timeline.points[2].position).toBe(1);
  });

  it('puts the labels of dots close together on different rows', () => {
    const timeline = expiryTimeline(
      [
        { id: 'a', validUntil: '2026-12-01' },
        { id: 'b', validUntil: '2026-12-02' },
        { id: 'c', validUntil: '2027-01-20' },
      ],
      today,
    );
    expect(timeline.points.map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it('marks the first day of every month on the line', () => {
    expect(expiryTimeline([], today).ticks.map((t) => t.date)).toEqual([
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
  });

  it('counts calendar days across a change to winter time', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});
