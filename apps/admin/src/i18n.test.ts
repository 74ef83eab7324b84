import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  sharedMessage,
  translate,
} from './i18n';
import { en } from './messages/en';
import { nl } from './messages/nl';

describe('the catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(nl[key]),
      });
    }
  });
});

describe('formatting in the chosen language', () => {
  const instant = '2026-11-22T09:30:00.000Z';

  it('writes dates the Dutch or the English way, in the Netherlands’ time zone', () => {
    expect(formatDate('nl', instant)).toBe('22 november 2026');
    expect(formatDate('en', instant)).toBe('22 November 2026');
    expect(formatDateTime('nl', instant)).toContain('10:30:00');
  });

  it('groups numbers as each language does', () => {
    expect(formatNumber('nl', 12345.5)).toBe('12.345,5');
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
  });

  it('joins lists with the language’s own word', () => {
    expect(formatList('nl', ['Beheerder', 'Inkoper', 'Lezer'])).toBe('Beheerder, Inkoper en Lezer');
    expect(formatList('en', ['a', 'b'])).toBe('a and b');
  });

  it('fills in placeholders and leaves a missing one visible', () => {
    expect(translate('nl', 'home.actingFor', { organisation: 'X', roles: 'Lezer' })).toBe(
      'Je werkt voor X als Lezer.',
    );
    expect(translate('en', 'pagination.status', { page: 1 })).toBe('Page 1 of {pages}');
  });

  it('takes field rule texts from the catalogue shared with the API', () => {
    expect(sharedMessage('nl', { key: 'field.boardNumber' })).toBe(
      'Een bestuursnummer bestaat uit 5 cijfers.',
    );
    expect(sharedMessage('en', { key: 'field.minLength', params: { min: 12 } })).toBe(
      'At least 12 characters.',
    );
  });
});
