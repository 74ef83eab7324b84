// The admin's texts, one catalogue per locale (messages/), and Intl formatting in the chosen
// locale. The locale is a tiny external store (not React state) so that non-React code, such as
// the GraphQL client's Accept-Language header, reads the same value the screen shows.
// Validation and error texts shared with the API come from libs/domain's catalogue.
import {
  createMessageFormatter,
  intlLocaleOf,
  Locale as DomainLocale,
  message as domainMessage,
  type MessageKey as DomainKey,
} from '@regie/domain';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { en } from './messages/en';
import { nl, type MessageKey } from './messages/nl';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

export type { MessageKey } from './messages/nl';
type Messages = Partial<Record<MessageKey, string>>;

const dictionaries: Record<Locale, Messages> = { nl: { ...nl }, en: { ...en } };

/** Adds the areas' texts, once their chunk has loaded (router.tsx). */
export function registerMessages(texts: Record<Locale, Messages>): void {
  for (const locale of locales) Object.assign(dictionaries[locale], texts[locale]);
}

/** The areas' texts: loaded before any signed-in page renders. */
export function loadAreaMessages(): Promise<void> {
  return import('./messages/areas').then((m) => registerMessages({ nl: m.areasNl, en: m.areasEn }));
}

const format = createMessageFormatter();

/**
 * The text for `key`, an ICU MessageFormat string (plurals, selects) formatted by
 * intl-messageformat, the same engine as the API's catalogue. A missing parameter throws (the
 * catalogue spec and the component tests catch it); the key of a text whose catalogue has not
 * loaded yet is shown as it is.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const source = dictionaries[locale][key];
  return source === undefined ? key : format(locale, key, source, params);
}

// Calendar dates and instants are shown in the Netherlands' time zone, whatever the browser's.
const timeZone = 'Europe/Amsterdam';

/** British English: a day-month order and 24-hour clock, as a Dutch reader of English expects. */
function intlLocale(locale: Locale): string {
  return intlLocaleOf(locale);
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(value));
}

export function formatDate(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(
    new Date(value),
  );
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** A list of names joined the way the language does: "a, b en c" / "a, b and c". */
export function formatList(locale: Locale, values: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(
    values,
  );
}

/** The API's locale enum for an admin locale, and back. */
export function toApiLocale(locale: Locale): DomainLocale {
  return locale === 'en' ? DomainLocale.EN : DomainLocale.NL;
}

export function fromApiLocale(locale: DomainLocale | `${DomainLocale}`): Locale {
  return locale === DomainLocale.EN ? 'en' : 'nl';
}

/** A message of the catalogue shared with the API (field rules, error reasons). */
export interface SharedMessage {
  readonly key: DomainKey;
  readonly params?: Record<string, string | number>;
}

export function sharedMessage(locale: Locale, shared: SharedMessage): string {
  return domainMessage(shared.key, toApiLocale(locale), shared.params);
}

// --- the chosen locale: kept in localStorage, mirrored on <html lang> ---

const storageKey = 'regie.locale';
const listeners = new Set<() => void>();

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readStoredLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be disabled (privacy settings); the default locale still works.
    return null;
  }
}

function applyToDocument(locale: Locale): void {
  // Guarded so that the module also loads in a test runner without a DOM.
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

let chosen = readStoredLocale() !== null;
let current: Locale = readStoredLocale() ?? defaultLocale;
applyToDocument(current);

/**
 * Whether the person chose a language on this device. At sign-in an explicit choice is kept
 * (and saved to their account); otherwise the language saved with the account applies.
 */
export function hasChosenLocale(): boolean {
  return chosen;
}

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale, options: { remember?: boolean } = {}): void {
  const remember = options.remember ?? true;
  if (remember) chosen = true;
  if (locale === current && !remember) return;
  current = locale;
  applyToDocument(locale);
  try {
    if (remember) localStorage.setItem(storageKey, locale);
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
      formatList: (values: readonly string[]) => formatList(locale, values),
      shared: (message: SharedMessage) => sharedMessage(locale, message),
    }),
    [locale, t],
  );
}
