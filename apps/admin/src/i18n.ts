// The admin's texts, one dictionary per locale, and Intl formatting in the chosen locale.
// The locale is a tiny external store (not React state) so that non-React code, such as the
// GraphQL client's Accept-Language header, reads the same value the screen shows.
import { useCallback, useMemo, useSyncExternalStore } from 'react';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

const nl = {
  skipLink: 'Naar de inhoud',
  'header.tagline': 'Grip op ICT-leveranciers',
  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'home.title': 'Welkom bij Regie',
  'home.intro':
    'Het register waarin schoolbesturen hun ICT-leveranciers, verwerkersovereenkomsten en aanbestedingen bijhouden.',
  'status.title': 'Status van de API',
  'status.checking': 'Bezig met controleren…',
  'status.reachable': 'API bereikbaar',
  'status.unreachable': 'API niet bereikbaar',
  'status.health': 'Gezondheidscontrole',
  'status.graphql': 'GraphQL',
  'status.ok': 'In orde',
  'status.httpError': 'HTTP-status {status}',
  'status.networkError': 'Geen verbinding met de server',
  'status.responseTime': 'Antwoordtijd',
  'status.checkedAt': 'Gecontroleerd op',
  'status.recheck': 'Opnieuw controleren',
  'footer.text': 'Regie, het register van schoolbesturen',
} as const;

export type MessageKey = keyof typeof nl;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  skipLink: 'Skip to content',
  'header.tagline': 'In control of ICT suppliers',
  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'home.title': 'Welcome to Regie',
  'home.intro':
    'The register in which school boards keep track of their ICT suppliers, data processing agreements and tenders.',
  'status.title': 'API status',
  'status.checking': 'Checking…',
  'status.reachable': 'API reachable',
  'status.unreachable': 'API unreachable',
  'status.health': 'Health check',
  'status.graphql': 'GraphQL',
  'status.ok': 'OK',
  'status.httpError': 'HTTP status {status}',
  'status.networkError': 'No connection to the server',
  'status.responseTime': 'Response time',
  'status.checkedAt': 'Checked at',
  'status.recheck': 'Check again',
  'footer.text': 'Regie, the school boards’ register',
};

const dictionaries: Record<Locale, Messages> = { nl, en };

/** Interpolates `{name}` placeholders; a missing parameter is left visible rather than hidden. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

// Calendar dates and instants are shown in the Netherlands' time zone, whatever the browser's.
const timeZone = 'Europe/Amsterdam';

export function formatDateTime(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(value));
}

export function formatDate(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(value));
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(locale, options).format(value);
}

// --- the chosen locale: kept in localStorage, mirrored on <html lang> ---

const storageKey = 'regie.locale';
const listeners = new Set<() => void>();

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be disabled (privacy settings); the default locale still works.
    return defaultLocale;
  }
}

function applyToDocument(locale: Locale): void {
  // Guarded so that the module also loads in a test runner without a DOM.
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

let current: Locale = readStoredLocale();
applyToDocument(current);

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  applyToDocument(locale);
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** The chosen locale with translation and formatting bound to it; re-renders on a switch. */
export function useI18n() {
  const locale = useSyncExternalStore(subscribe, getLocale);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
  return useMemo(
    () => ({
      locale,
      setLocale,
      t,
      formatDate: (value: Date | string) => formatDate(locale, value),
      formatDateTime: (value: Date | string) => formatDateTime(locale, value),
      formatNumber: (value: number, options?: Intl.NumberFormatOptions) =>
        formatNumber(locale, value, options),
    }),
    [locale, t],
  );
}
