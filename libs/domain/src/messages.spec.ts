import { Locale } from './enums';
import { localeFromAcceptLanguage, message } from './messages';

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
});
