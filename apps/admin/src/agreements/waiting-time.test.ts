import { describe, expect, it } from 'vitest';
import { daysWaiting, waitingBars } from './waiting-time';

const now = new Date('2026-03-10T12:00:00Z');

describe('waiting time', () => {
  it('counts whole days and never less than none', () => {
    expect(daysWaiting('2026-03-01T12:00:00Z', now)).toBe(9);
    expect(daysWaiting('2026-03-10T08:00:00Z', now)).toBe(0);
    expect(daysWaiting('2026-03-11T08:00:00Z', now)).toBe(0);
  });

  it('puts the longest wait first with the full bar, and keeps a new one visible', () => {
    const bars = waitingBars(
      [
        { id: 'new', at: '2026-03-10T11:00:00Z' },
        { id: 'old', at: '2026-02-28T12:00:00Z' },
      ],
      (i) => i.at,
      now,
    );
    expect(bars.map((b) => b.item.id)).toEqual(['old', 'new']);
    expect(bars[0]).toMatchObject({ days: 10, share: 1 });
    expect(bars[1].share).toBeGreaterThan(0);
  });
});
