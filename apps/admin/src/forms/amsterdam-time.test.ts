import { describe, expect, it } from 'vitest';
import { amsterdamWallTimeToIso, isoToAmsterdamWallTime } from './amsterdam-time';

describe('the Amsterdam clock', () => {
  it('is an hour ahead of UTC in winter', () => {
    expect(amsterdamWallTimeToIso('2026-11-22T14:05')).toBe('2026-11-22T13:05:00.000Z');
  });

  it('is two hours ahead in summer', () => {
    expect(amsterdamWallTimeToIso('2026-07-01T09:30')).toBe('2026-07-01T07:30:00.000Z');
  });

  it('gets the morning after the switch to summer time right', () => {
    expect(amsterdamWallTimeToIso('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamWallTimeToIso('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(amsterdamWallTimeToIso('')).toBeNull();
    expect(amsterdamWallTimeToIso('22-11-2026 14:05')).toBeNull();
    expect(amsterdamWallTimeToIso('2026-13-01T10:00')).toBeNull();
  });

  it('shows an instant as the input value, and back', () => {
    expect(isoToAmsterdamWallTime('2026-11-22T13:05:42.000Z')).toBe('2026-11-22T14:05');
    expect(isoToAmsterdamWallTime('2026-07-01T07:30:00.000Z')).toBe('2026-07-01T09:30');
    expect(amsterdamWallTimeToIso(isoToAmsterdamWallTime('2026-01-05T23:59:00.000Z'))).toBe(
      '2026-01-05T23:59:00.000Z',
    );
  });
});
