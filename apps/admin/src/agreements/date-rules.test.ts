import { describe, expect, it } from 'vitest';
import { endNotBefore, notBefore } from './date-rules';

describe('validity dates', () => {
  it('accepts an open end, an open start and the same day, refuses an end before the start', () => {
    expect(notBefore('2026-03-01', '')).toBe(true);
    expect(notBefore('', '2026-03-01')).toBe(true);
    expect(notBefore('2026-03-01', '2026-03-01')).toBe(true);
    expect(notBefore('2026-03-01', '2026-02-28')).toBe(false);
  });

  it('says the earliest allowed day in words', () => {
    const rule = endNotBefore('2026-03-01', () => '1 maart 2026');
    expect(rule('2026-02-01')).toEqual({ key: 'field.min', params: { min: '1 maart 2026' } });
    expect(rule('2026-04-01')).toBeNull();
  });
});
