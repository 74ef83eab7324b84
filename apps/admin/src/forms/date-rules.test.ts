import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  dateTime,
  dateTimeAfter,
  dateTimeNotInFuture,
  endNotBefore,
  notBefore,
} from './date-rules';

describe('validity dates', () => {
  it('accepts an open end, an open start and the same day, refuses an end before the start', () => {
    expect(notBefore('2026-03-01', '')).toBe(true);
    expect(notBefore('', '2026-03-01')).toBe(true);
    expect(notBefore('2026-03-01', '2026-03-01')).toBe(true);
    expect(notBefore('2026-03-01', '2026-02-28')).toBe(false);
  });

  it('says the earliest allowed day in words', () => {
    const rule = endNotBefore('01-03-2026', () => '1 maart 2026');
    expect(rule('01-02-2026')).toEqual({ key: 'field.min', params: { min: '1 maart 2026' } });
    expect(rule('01-04-2026')).toBeNull();
  });

  it("gives the field's own message when it has one, and leaves unfinished dates alone", () => {
    const rule = endNotBefore('2026-03-01', { key: 'attestation.validUntilBeforeIssuedOn' });
    expect(rule('28-02-2026')).toEqual({ key: 'attestation.validUntilBeforeIssuedOn' });
    expect(rule('01-03-2026')).toBeNull();
    expect(rule('28-02')).toBeNull();
    expect(endNotBefore('', { key: 'field.invalid' })('01-01-2000')).toBeNull();
  });

  it('refuses what is not a real date, and leaves the empty field to required', () => {
    expect(calendarDate('31-02-2026')).toEqual({ key: 'field.invalid' });
    expect(calendarDate('2026-13-01')).toEqual({ key: 'field.invalid' });
    expect(calendarDate('29-02-2028')).toBeNull();
    expect(calendarDate('')).toBeNull();
  });
});

describe('moments on the Dutch clock', () => {
  it('refuses what is not a date and time', () => {
    expect(dateTime('31-12-2027')).toEqual({ key: 'field.invalid' });
    expect(dateTime('31-12-2027 24:00')).toEqual({ key: 'field.invalid' });
    expect(dateTime('31-12-2027 14:30')).toBeNull();
    expect(dateTime(' ')).toBeNull();
  });

  it('wants the later deadline after the earlier one, not at the same minute', () => {
    const rule = dateTimeAfter('01-03-2027 12:00', { key: 'tender.deadlineOrder' });
    expect(rule('01-03-2027 12:00')).toEqual({ key: 'tender.deadlineOrder' });
    expect(rule('01-03-2027 11:59')).toEqual({ key: 'tender.deadlineOrder' });
    expect(rule('01-03-2027 12:01')).toBeNull();
  });

  it('keeps a discovery out of the future, on the Dutch clock whatever the zone', () => {
    // 14:05 in Amsterdam on a winter day is 13:05 UTC.
    const now = () => Date.parse('2026-11-22T13:05:00Z');
    const rule = dateTimeNotInFuture({ key: 'incident.discoveredInFuture' }, now);
    expect(rule('22-11-2026 14:05')).toBeNull();
    expect(rule('22-11-2026 14:06')).toEqual({ key: 'incident.discoveredInFuture' });
  });
});
