import { describe, expect, it } from 'vitest';
import {
  boardNumber,
  check,
  countryCode,
  email,
  kvkNumber,
  minLength,
  oin,
  required,
  webUrl,
  wholeNumber,
} from './rules';

describe('field rules', () => {
  it('checks the identifiers with the shared rules, and leaves an empty value to `required`', () => {
    expect(boardNumber('4123')).toEqual({ key: 'field.boardNumber' });
    expect(boardNumber('41234')).toBeNull();
    expect(boardNumber('')).toBeNull();
    expect(kvkNumber('1234567')).toEqual({ key: 'field.kvkNumber' });
    expect(oin('00000001234567890000')).toBeNull();
    expect(countryCode('XX')).toEqual({ key: 'field.country' });
    expect(countryCode('BE')).toBeNull();
  });

  it('knows required, lengths, e-mail addresses, web addresses and whole numbers', () => {
    expect(required('  ')).toEqual({ key: 'field.required' });
    expect(required([])).toEqual({ key: 'field.notEmpty' });
    expect(minLength(12)('kort')).toEqual({ key: 'field.minLength', params: { min: 12 } });
    expect(email('iemand@school')).toEqual({ key: 'field.email' });
    expect(email('iemand@school.nl')).toBeNull();
    expect(webUrl('www.school.nl')).toEqual({ key: 'field.url' });
    expect(webUrl('https://www.school.nl')).toBeNull();
    expect(wholeNumber(0, 100)('12,5')).toEqual({ key: 'field.integer' });
    expect(wholeNumber(0, 100)('101')).toEqual({ key: 'field.max', params: { max: 100 } });
  });

  it('reports the first failing rule', () => {
    expect(check('', [required, boardNumber])).toEqual({ key: 'field.required' });
    expect(check('12', [required, boardNumber])).toEqual({ key: 'field.boardNumber' });
  });
});
