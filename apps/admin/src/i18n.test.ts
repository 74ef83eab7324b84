import { messageArguments } from '@regie/domain';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  sharedMessage,
  translate,
} from './i18n';
import { areasEn, areasNl } from './messages/areas';
import { en } from './messages/en';
import { nl } from './messages/nl';

// Every text the admin shows: the common catalogue and the areas' (registered after sign-in).
const catalogues: Record<'nl' | 'en', Record<string, string>> = {
  nl: { ...nl, ...areasNl },
  en: { ...en, ...areasEn },
};

describe('the catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(areasEn).sort()).toEqual(Object.keys(areasNl).sort());
  });

  it('are valid ICU MessageFormat, with the same arguments of the same kinds in both languages', () => {
    const problems: string[] = [];
    for (const key of Object.keys(catalogues.nl)) {
      try {
        const [nlArgs, enArgs] = (['nl', 'en'] as const).map((language) =>
          Object.entries(messageArguments(language, catalogues[language][key])).sort(),
        );
        if (JSON.stringify(nlArgs) !== JSON.stringify(enArgs))
          problems.push(`${key}: nl ${JSON.stringify(nlArgs)} / en ${JSON.stringify(enArgs)}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
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

  it('fills in placeholders and refuses a text with one missing', () => {
    expect(translate('nl', 'home.actingFor', { organisation: 'X', roles: 'Lezer' })).toBe(
      'Je werkt voor X als Lezer.',
    );
    expect(() => translate('en', 'pagination.status', { page: 1 })).toThrow(/pages/);
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
