import { isBoardNumber, isCountryCode, isInEea, isKvkNumber, isOin } from './identifiers';

describe('identifier checks', () => {
  it('accepts a five-digit board number and refuses anything else', () => {
    expect(isBoardNumber('41234')).toBe(true);
    expect(isBoardNumber('4123')).toBe(false);
    expect(isBoardNumber('412345')).toBe(false);
    expect(isBoardNumber('4123a')).toBe(false);
    expect(isBoardNumber(' 41234')).toBe(false);
  });

  it('accepts an eight-digit KvK number', () => {
    expect(isKvkNumber('12345678')).toBe(true);
    expect(isKvkNumber('1234567')).toBe(false);
    expect(isKvkNumber('1234567X')).toBe(false);
  });

  it('accepts a twenty-digit OIN', () => {
    expect(isOin('00000001234567890000')).toBe(true);
    expect(isOin('0000000123456789000')).toBe(false);
    expect(isOin('0000000123456789000A')).toBe(false);
  });

  it('accepts assigned ISO 3166-1 alpha-2 codes in upper case only', () => {
    expect(isCountryCode('NL')).toBe(true);
    expect(isCountryCode('US')).toBe(true);
    expect(isCountryCode('nl')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('NLD')).toBe(false);
  });

  it('knows which countries lie in the EEA', () => {
    expect(isInEea('NL')).toBe(true);
    expect(isInEea('NO')).toBe(true);
    expect(isInEea('US')).toBe(false);
    expect(isInEea('GB')).toBe(false);
    expect(isInEea('CH')).toBe(false);
  });
});
