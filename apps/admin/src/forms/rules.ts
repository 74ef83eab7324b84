// Field rules for validate-as-you-type, keyed to the message catalogue the API uses, so the
// admin and the API say the same thing about the same mistake. Every rule but `required`
// accepts an empty value: whether a field may be empty is `required`'s business alone.
import { isBoardNumber, isCountryCode, isKvkNumber, isOin } from '@regie/domain';
import type { SharedMessage } from '../i18n';

export type Rule<T> = (value: T) => SharedMessage | null;

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

export const required: Rule<unknown> = (value) =>
  isEmpty(value) ? { key: Array.isArray(value) ? 'field.notEmpty' : 'field.required' } : null;

const when =
  (test: (value: string) => boolean, message: SharedMessage): Rule<string> =>
  (value) =>
    isEmpty(value) || test(value) ? null : message;

export const minLength = (min: number) =>
  when((v) => v.length >= min, { key: 'field.minLength', params: { min } });

export const maxLength = (max: number) =>
  when((v) => v.length <= max, { key: 'field.maxLength', params: { max } });

// The same shape the API's class-validator IsEmail accepts in practice: one @, a dot in the
// domain, no spaces. The API has the last word; this only catches typing mistakes early.
export const email = when((v) => /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(v.trim()), {
  key: 'field.email',
});

export const webUrl = when(
  (v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  },
  { key: 'field.url' },
);

export const wholeNumber =
  (min: number, max: number): Rule<string> =>
  (value): SharedMessage | null => {
    if (isEmpty(value)) return null;
    if (!/^\d+$/.test(value.trim())) return { key: 'field.integer' };
    const n = Number(value);
    if (n < min) return { key: 'field.min', params: { min } };
    if (n > max) return { key: 'field.max', params: { max } };
    return null;
  };

export const boardNumber = when(isBoardNumber, { key: 'field.boardNumber' });
export const kvkNumber = when(isKvkNumber, { key: 'field.kvkNumber' });
export const oin = when(isOin, { key: 'field.oin' });
export const countryCode = when(isCountryCode, { key: 'field.country' });

/** The first rule that fails, or null. */
export function check<T>(value: T, rules: readonly Rule<T>[] = []): SharedMessage | null {
  for (const rule of rules) {
    const failed = rule(value);
    if (failed) return failed;
  }
  return null;
}
