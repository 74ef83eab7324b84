import { Locale } from './enums';
import { messageArguments } from './message-format';
import { localeFromAcceptLanguage, message, messageSources, type MessageKey } from './messages';

describe('messages', () => {
  it('picks the language the Accept-Language header ranks highest, Dutch when none fits', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe(Locale.NL);
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe(Locale.EN);
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,nl;q=0.8')).toBe(Locale.NL);
    expect(localeFromAcceptLanguage('fr-FR')).toBe(Locale.NL);
    expect(localeFromAcceptLanguage('en;q=0, nl')).toBe(Locale.NL);
  });

  it('fills in parameters in both languages', () => {
    expect(message('field.minLength', Locale.NL, { min: 12 })).toBe('Minstens 12 tekens.');
    expect(message('field.minLength', Locale.EN, { min: 12 })).toBe('At least 12 characters.');
  });

  it('chooses a variant by a select argument', () => {
    expect(
      message('notification.agreementSigned.body', Locale.NL, { active: 'yes', other: 'X' }),
    ).toBe('Beide partijen hebben getekend: de overeenkomst is actief.');
    expect(
      message('notification.agreementSigned.body', Locale.EN, { active: 'no', other: 'X' }),
    ).toBe('Your signature is next, as signatory of X.');
  });

  it('refuses to format a text with an argument missing', () => {
    expect(() => message('field.minLength', Locale.NL)).toThrow(/min/);
  });
});

describe('the catalogue', () => {
  const keys = Object.keys(messageSources) as MessageKey[];

  it('is valid ICU MessageFormat in both languages, with the same arguments of the same kinds', () => {
    const problems: string[] = [];
    for (const key of keys) {
      const { nl, en } = messageSources[key];
      try {
        const nlArgs = messageArguments('nl', nl);
        const enArgs = messageArguments('en', en);
        if (JSON.stringify(sorted(nlArgs)) !== JSON.stringify(sorted(enArgs)))
          problems.push(`${key}: nl ${JSON.stringify(nlArgs)} / en ${JSON.stringify(enArgs)}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a text in both languages for every key', () => {
    for (const key of keys) {
      expect(messageSources[key].nl.trim()).not.toBe('');
      expect(messageSources[key].en.trim()).not.toBe('');
    }
  });
});

function sorted(args: Record<string, string>): [string, string][] {
  return Object.entries(args).sort(([a], [b]) => a.localeCompare(b));
}
