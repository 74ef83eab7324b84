import { attestationValidity, validUntilRange } from './attestation-validity';
import { addDays, amsterdamDate, isCalendarDate } from './calendar-dates';
import { AttestationValidity as V } from './enums';

describe('attestation validity', () => {
  const today = '2026-03-15';

  it('is EXPIRED from the day after validUntil', () => {
    expect(attestationValidity('2026-03-14', today)).toBe(V.EXPIRED);
    expect(attestationValidity('2020-01-01', today)).toBe(V.EXPIRED);
  });

  it('is EXPIRING on validUntil itself and up to 90 days ahead', () => {
    expect(attestationValidity('2026-03-15', today)).toBe(V.EXPIRING);
    expect(attestationValidity('2026-06-13', today)).toBe(V.EXPIRING); // today + 90
  });

  it('is VALID from 91 days ahead', () => {
    expect(attestationValidity('2026-06-14', today)).toBe(V.VALID);
    expect(attestationValidity('2030-01-01', today)).toBe(V.VALID);
  });

  it('gives the validUntil range of each validity, matching the function', () => {
    for (const validity of [V.EXPIRED, V.EXPIRING, V.VALID]) {
      const { from, to } = validUntilRange(validity, today);
      for (let offset = -200; offset <= 200; offset += 1) {
        const date = addDays(today, offset);
        const inRange = (from === null || date >= from) && (to === null || date <= to);
        expect([date, inRange]).toEqual([date, attestationValidity(date, today) === validity]);
      }
    }
  });
});

describe('calendar dates', () => {
  it('takes the date in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(amsterdamDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // In summer (UTC+2) 22:30 UTC is past midnight too; 21:30 UTC is not.
    expect(amsterdamDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(amsterdamDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });
});
