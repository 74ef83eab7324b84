// Codes written as words for the documents an FG hands over: every enumeration value has
// its text in the message catalogue (`enum.<Enum>.<VALUE>`), and a country code its name
// as the platform's ICU data gives it. A missing text fails the type check, not the export.
import {
  AgreementSource,
  AttestationType,
  AuthorityDecision,
  DataSubject,
  DeviationAssessment,
  IncidentStatus,
  Locale,
  message,
  type MessageKey,
  PersonalDataCategory,
  Severity,
  SignatureParty,
  TransferMechanism,
} from '@regie/domain';

interface Enums {
  AgreementSource: AgreementSource;
  AttestationType: AttestationType;
  AuthorityDecision: AuthorityDecision;
  DataSubject: DataSubject;
  DeviationAssessment: DeviationAssessment;
  IncidentStatus: IncidentStatus;
  PersonalDataCategory: PersonalDataCategory;
  Severity: Severity;
  SignatureParty: SignatureParty;
  TransferMechanism: TransferMechanism;
}

type EnumKey = { [E in keyof Enums]: `enum.${E}.${Enums[E]}` }[keyof Enums];
// Fails to compile while a value of one of these enumerations has no text.
const everyValueHasText: EnumKey extends MessageKey ? true : never = true;
void everyValueHasText;

/** The word for `value` of enumeration `name` in `locale`. */
export function word<E extends keyof Enums>(name: E, value: Enums[E], locale: Locale): string {
  return message(`enum.${name}.${value}` as EnumKey & MessageKey, locale);
}

/** The words for several values, in the order given. */
export function words<E extends keyof Enums>(
  name: E,
  values: readonly Enums[E][],
  locale: Locale,
): string[] {
  return values.map((v) => word(name, v, locale));
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** "Verenigde Staten" for US in Dutch; the code itself when ICU has no name for it. */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale === Locale.EN ? 'en' : 'nl'], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function yesNo(value: boolean, locale: Locale): string {
  return message(value ? 'export.yes' : 'export.no', locale);
}
