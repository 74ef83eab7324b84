// Checks of the identifiers Dutch organisations carry (DOMAIN.md). Pure functions,
// used by the API to validate input and by the admin to validate as the user types.
import countries from 'i18n-iso-countries';

/** Onderwijsbestuursnummer: five digits, as DUO assigns them. */
export function isBoardNumber(value: string): boolean {
  return /^\d{5}$/.test(value);
}

/** Kamer van Koophandel number: eight digits. */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** Organisatie-identificatienummer: twenty digits. */
export function isOin(value: string): boolean {
  return /^\d{20}$/.test(value);
}

/** An officially assigned ISO 3166-1 alpha-2 code, upper case. */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

// The European Economic Area: the 27 EU member states and Iceland, Liechtenstein
// and Norway. Processing here needs no transfer mechanism under chapter V GDPR.
const EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export function isInEea(country: string): boolean {
  return EEA.has(country.toUpperCase());
}
