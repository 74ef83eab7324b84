import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_WINDOW_MS,
  authorityWindow,
  ownClockStart,
  concernsOrganisation,
  hoursAndMinutes,
} from './authority-window';

const start = '2026-11-20T09:00:00.000Z';
const at = (iso: string) => new Date(iso).getTime();

describe('the 72-hour window of art. 33 GDPR', () => {
  it('ends 72 hours after it starts', () => {
    expect(authorityWindow(start, at(start)).deadline).toBe('2026-11-23T09:00:00.000Z');
  });

  it('shows the whole window at the start', () => {
    const w = authorityWindow(start, at(start));
    expect([w.hours, w.minutes, w.elapsed, w.overdue, w.urgent]).toEqual([72, 0, 0, false, false]);
  });

  it('counts down in whole hours and minutes, rounding down', () => {
    // 24 h 30 min 59 s after the start: 47 h 29 min 1 s left.
    const w = authorityWindow(start, at('2026-11-21T09:30:59.000Z'));
    expect([w.hours, w.minutes]).toEqual([47, 29]);
    expect(w.remainingMs).toBe(AUTHORITY_WINDOW_MS - (24 * 3600 + 30 * 60 + 59) * 1000);
    expect(w.elapsed).toBeCloseTo((24.5 * 3600 + 59) / (72 * 3600));
  });

  it('is urgent in its last 18 hours', () => {
    expect(authorityWindow(start, at('2026-11-22T15:00:00.000Z')).urgent).toBe(false);
    expect(authorityWindow(start, at('2026-11-22T15:00:01.000Z')).urgent).toBe(true);
  });

  it('is overdue from the deadline on, counting the time past it', () => {
    const atDeadline = authorityWindow(start, at('2026-11-23T09:00:00.000Z'));
    expect([atDeadline.overdue, atDeadline.remainingMs, atDeadline.elapsed]).toEqual([true, 0, 1]);
    const later = authorityWindow(start, at('2026-11-23T12:15:00.000Z'));
    expect([later.overdue, later.hours, later.minutes, later.urgent]).toEqual([true, 3, 15, false]);
    expect(later.elapsed).toBe(1);
  });

  it('counts a clock before the start as the whole window', () => {
    const w = authorityWindow(start, at('2026-11-20T08:59:00.000Z'));
    expect([w.elapsed, w.hours, w.overdue]).toEqual([0, 72, false]);
  });
});

describe('the board’s own clock', () => {
  const notice = (board: string, running: boolean | null) => ({
    board: { id: board },
    notifiedAt: `2026-11-20T09:00:0${board === 'b1' ? 0 : 5}.000Z`,
    authorityClockRunning: running,
  });

  it('starts at the board’s own notice while its clock runs', () => {
    const incident = { notices: [notice('b1', true), notice('b2', true)] };
    expect(ownClockStart(incident, 'b2')).toBe('2026-11-20T09:00:05.000Z');
  });

  it('is none once the decision is recorded, or without personal data', () => {
    expect(ownClockStart({ notices: [notice('b1', false)] }, 'b1')).toBeNull();
  });

  it('is none for the vendor and a sector body: only the board sees its clock', () => {
    const incident = { notices: [notice('b1', null), notice('b2', null)] };
    expect(ownClockStart(incident, 'vendor')).toBeNull();
    expect(ownClockStart({ notices: [] }, 'sector')).toBeNull();
  });
});

describe('hours and minutes of a duration', () => {
  it('rounds down and never goes negative', () => {
    expect(hoursAndMinutes((5 * 3600 + 7 * 60 + 59) * 1000)).toEqual({ hours: 5, minutes: 7 });
    expect(hoursAndMinutes(-1000)).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('whose incident it is', () => {
  const incident = { vendor: { id: 'v' }, notices: [{ board: { id: 'b' }, notifiedAt: start }] };

  it('is the vendor’s and each affected board’s', () => {
    expect(concernsOrganisation(incident, { id: 'v', kind: 'VENDOR' })).toBe(true);
    expect(concernsOrganisation(incident, { id: 'b', kind: 'BOARD' })).toBe(true);
    expect(concernsOrganisation(incident, { id: 'other', kind: 'BOARD' })).toBe(false);
    expect(concernsOrganisation(incident, { id: 'v2', kind: 'VENDOR' })).toBe(false);
  });

  it('is every sector body’s, as counts', () => {
    expect(concernsOrganisation(incident, { id: 's', kind: 'SECTOR_BODY' })).toBe(true);
  });
});
