import { describe, expect, it } from 'vitest';
import {
  formatDateInput,
  formatDateTimeInput,
  parseDateInput,
  parseDateTimeInput,
} from './date-input';

describe('a typed date', () => {
  it('is read day first, with dashes, slashes or dots, or in the ISO form', () => {
    expect(parseDateInput('31-12-2027')).toBe('2027-12-31');
    expect(parseDateInput(' 1/3/2026 ')).toBe('2026-03-01');
    expect(parseDateInput('01.03.2026')).toBe('2026-03-01');
    expect(parseDateInput('2026-03-01')).toBe('2026-03-01');
  });

  it('must be a real day', () => {
    expect(parseDateInput('30-02-2026')).toBeNull();
    expect(parseDateInput('12-31-2027')).toBeNull();
    expect(parseDateInput('31-12-27')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });

  it('is shown as it is typed, and back', () => {
    expect(formatDateInput('2027-12-31')).toBe('31-12-2027');
    expect(formatDateInput('')).toBe('');
    expect(formatDateInput(null)).toBe('');
    expect(parseDateInput(formatDateInput('2026-03-01'))).toBe('2026-03-01');
  });
});

describe('a typed date and time', () => {
  it('is a moment on the Dutch clock, in winter and in summer', () => {
    expect(parseDateTimeInput('22-11-2026 14:05')).toBe('2026-11-22T13:05:00.000Z');
    expect(parseDateTimeInput('1-7-2026 9.30')).toBe('2026-07-01T07:30:00.000Z');
    expect(parseDateTimeInput('2026-07-01T09:30')).toBe('2026-07-01T07:30:00.000Z');
  });

  it('needs both a real date and a time', () => {
    expect(parseDateTimeInput('22-11-2026')).toBeNull();
    expect(parseDateTimeInput('31-11-2026 10:00')).toBeNull();
    expect(parseDateTimeInput('22-11-2026 25:00')).toBeNull();
    expect(parseDateTimeInput('22-11-2026 10:60')).toBeNull();
  });

  it('shows an instant on the Dutch clock, whatever the zone of the browser', () => {
    expect(formatDateTimeInput('2026-11-22T13:05:42.000Z')).toBe('22-11-2026 14:05');
    expect(formatDateTimeInput('2026-07-01T22:30:00.000Z')).toBe('02-07-2026 00:30');
    expect(parseDateTimeInput(formatDateTimeInput('2026-01-05T23:59:00.000Z'))).toBe(
      '2026-01-05T23:59:00.000Z',
    );
  });
});
