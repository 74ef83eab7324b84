import { AttestationType, Locale, Role } from './enums';
import { formatDateTimeIn, messageArguments } from './message-format';
import {
  enumLabel,
  enumLabelList,
  localeFromAcceptLanguage,
  message,
  messageSources,
  type MessageKey,
} from './messages';

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

  it('writes plurals by the number, with the language’s digit grouping', () => {
    expect(message('field.maxLength', Locale.NL, { max: 1 })).toBe('Hoogstens 1 teken.');
    expect(message('field.maxLength', Locale.NL, { max: 10_000 })).toBe('Hoogstens 10.000 tekens.');
    expect(message('field.maxLength', Locale.EN, { max: 10_000 })).toBe(
      'At most 10,000 characters.',
    );
    expect(() => message('field.maxLength', Locale.EN, { max: '5' })).toThrow(/number/);
  });

  it('writes enumerations as words, never as codes', () => {
    const incident = {
      vendor: 'Leerwijs B.V.',
      products: 'Leerwijs Platform',
      severity: 'HIGH',
      personalData: 'yes',
    };
    const nl = message('notification.incidentReported.body', Locale.NL, incident);
    expect(nl).toContain('(ernst: hoog)');
    expect(nl).toContain('Persoonsgegevens betrokken: ja.');
    expect(nl).not.toMatch(/HIGH|\byes\b/);
    expect(message('notification.incidentReported.body', Locale.EN, incident)).toContain(
      '(high severity)',
    );
    const expiring = {
      type: AttestationType.ISO27001,
      typeName: enumLabel('attestationType', AttestationType.ISO27001, Locale.NL),
      vendor: 'Leerwijs B.V.',
      validUntil: '1 december 2026',
    };
    expect(message('notification.attestationExpiring.title', Locale.NL, expiring)).toBe(
      'Attestatie ISO/IEC 27001 van Leerwijs B.V. verloopt op 1 december 2026',
    );
    expect(
      message('notification.attestationExpiring.title', Locale.EN, {
        ...expiring,
        type: AttestationType.OTHER,
      }),
    ).toBe("Leerwijs B.V.'s attestation expires on 1 december 2026");
    expect(enumLabelList('role', [Role.ADMIN, Role.VIEWER], Locale.NL)).toBe('Beheerder en Lezer');
    expect(enumLabelList('role', [Role.ADMIN, Role.VIEWER], Locale.EN)).toBe(
      'Administrator and Viewer',
    );
    expect(message('field.onlyForKind', Locale.NL, { kind: 'BOARD' })).toBe(
      'Alleen voor een schoolbestuur.',
    );
  });

  it('addresses the reader as "je", never "u"', () => {
    for (const key of Object.keys(messageSources) as MessageKey[])
      expect({ key, text: messageSources[key].nl }).not.toMatchObject({
        text: expect.stringMatching(/\b(u|uw|U|Uw)\b(?!\+)/),
      });
  });

  it('ends a sentence with one period after a name that ends in one', () => {
    expect(
      message('notification.agreementSigned.body', Locale.NL, {
        active: 'no',
        other: 'Leerwijs B.V.',
      }),
    ).toBe('Nu jouw handtekening nog, als tekenbevoegde van Leerwijs B.V.');
    expect(
      message('notification.agreementSigned.body', Locale.EN, { active: 'no', other: 'Eem' }),
    ).toBe('Your signature is next, as signatory of Eem.');
  });

  it('gives a deadline to the minute, never with seconds', () => {
    const at = new Date('2026-11-22T09:30:45Z');
    expect(formatDateTimeIn('nl', at)).toBe('22 november 2026 om 10:30');
    expect(formatDateTimeIn('en', at)).toBe('22 November 2026 at 10:30');
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
