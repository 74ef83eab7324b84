// The rules of date fields, in one place: a real date (or date and time), an end not before its
// start, a later moment after an earlier one, nothing in the future. They take the text as the
// person typed it (see date-input.ts) and, like every rule, leave an empty value to `required`.
// Which message a broken rule gives is the caller's: the API's own key for that field, so that
// both say the same thing.
import type { SharedMessage } from '../i18n';
import { parseDateInput, parseDateTimeInput } from './date-input';
import type { Rule } from './rules';

const INVALID: SharedMessage = { key: 'field.invalid' };

/** Whether an end date may follow a start date (YYYY-MM-DD): an open end or start is fine. */
export function notBefore(start: string, end: string): boolean {
  return start === '' || end === '' || end >= start;
}

/** A real calendar date. */
export const calendarDate: Rule<string> = (text) =>
  !text.trim() || parseDateInput(text) ? null : INVALID;

/** A real date and time on the Amsterdam clock. */
export const dateTime: Rule<string> = (text) =>
  !text.trim() || parseDateTimeInput(text) ? null : INVALID;

/**
 * A date not before `start` (typed text, or YYYY-MM-DD such as today). Without a message of its
 * own it says the shared "at least …" with the start in words (`format` of YYYY-MM-DD).
 */
export function endNotBefore(
  start: string,
  message: SharedMessage | ((start: string) => string),
): Rule<string> {
  return (text) => {
    const from = parseDateInput(start);
    const end = parseDateInput(text);
    if (!from || !end || notBefore(from, end)) return null;
    return typeof message === 'function'
      ? { key: 'field.min', params: { min: message(from) } }
      : message;
  };
}

/** A date and time strictly after `earlier` (both typed on the Amsterdam clock). */
export function dateTimeAfter(earlier: string, message: SharedMessage): Rule<string> {
  return (text) => {
    const a = parseDateTimeInput(earlier);
    const b = parseDateTimeInput(text);
    return a && b && Date.parse(b) <= Date.parse(a) ? message : null;
  };
}

/** A date and time that has happened by `now`. */
export function dateTimeNotInFuture(message: SharedMessage, now = () => Date.now()): Rule<string> {
  return (text) => {
    const instant = parseDateTimeInput(text);
    return instant && Date.parse(instant) > now() ? message : null;
  };
}
