import { messageArguments } from '@regie/domain';
import { describe, expect, it } from 'vitest';
import {
  formatCountry,
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

  it('address the reader as "je" in Dutch, never "u"', () => {
    const formal = Object.entries(catalogues.nl).filter(([, text]) =>
      /\b(u|uw|U|Uw)\b(?!\+)/.test(text),
    );
    expect(formal).toEqual([]);
  });
});

describe('formatting in the chosen language', () => {
  const instant = '2026-11-22T09:30:00.000Z';

  it('writes dates the Dutch or the English way, in the Netherlands’ time zone', () => {
    expect(formatDate('nl', instant)).toBe('22 november 2026');
    expect(formatDate('en', instant)).toBe('22 November 2026');
    // An instant to the minute: a deadline is never shown with seconds.
    expect(formatDateTime('nl', instant)).toBe('22 november 2026 om 10:30');
    expect(formatDateTime('en', instant)).toBe('22 November 2026 at 10:30');
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

  it('chooses the plural form by the number, in both languages', () => {
    expect(translate('nl', 'organisations.count', { count: 1 })).toBe('1 organisatie');
    expect(translate('nl', 'organisations.count', { count: 1234 })).toBe('1.234 organisaties');
    expect(translate('en', 'organisations.count', { count: 1 })).toBe('1 organisation');
    expect(translate('en', 'organisations.count', { count: 0 })).toBe('0 organisations');
    // A plural given a formatted string would pick the wrong form: it is refused.
    expect(() => translate('nl', 'organisations.count', { count: '1.234' })).toThrow(/number/);
  });

  it('lets a name that ends in a period close the sentence once', () => {
    expect(translate('nl', 'dashboard.members.text', { organisation: 'Leerwijs B.V.' })).toBe(
      'Mensen met een rol bij Leerwijs B.V.',
    );
    expect(translate('en', 'dashboard.members.text', { organisation: 'Stichting Eem' })).toBe(
      'People with a role at Stichting Eem.',
    );
  });

  it('names countries in the language, not by their code', () => {
    expect(formatCountry('nl', 'US')).toBe('Verenigde Staten');
    expect(formatCountry('en', 'NL')).toBe('Netherlands');
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
