// One rule for every text the API receives, GraphQL arguments and REST parameters
// alike (InputValidationPipe applies it to each before anything else runs):
//
// - no NUL character: PostgreSQL's text and json types cannot hold U+0000, so it
//   would fail deep inside a transaction as an internal error;
// - no unpaired UTF-16 surrogate: it is not a character at all, JSON columns refuse
//   its escape and text columns would silently store U+FFFD instead;
// - at most the length declared next to the field (class-validator's MaxLength,
//   written to match the column it is stored in), and DEFAULT_MAX_TEXT characters
//   for a string without one; lists at most their ArrayMaxSize, or DEFAULT_MAX_ITEMS.
//
// Lengths count Unicode code points, as PostgreSQL's varchar(n) does, so that a value
// accepted here always fits its column (class-validator's own count leaves out
// variation selectors, which the database does count).
import type { MessageKey } from '@regie/domain';
import { getMetadataStorage } from 'class-validator';
import type { FieldError } from './errors/app-error';

/** Any string without a declared maximum: room for the longest free text we take. */
export const DEFAULT_MAX_TEXT = 10_000;
/** Any list without a declared maximum: more would only be a way to make SQL huge. */
export const DEFAULT_MAX_ITEMS = 1_000;
/** One refusal lists at most this many fields: a list of a thousand bad strings is one mistake. */
const MAX_REPORTED = 20;

export interface TextLimits {
  /** The most characters (code points) of a string, or of each string of a list. */
  readonly text?: number;
  /** The most values of a list. */
  readonly items?: number;
}

/** Why a string cannot be stored as it is, if it cannot. */
export function textProblem(value: string): MessageKey | undefined {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0) return 'field.nulCharacter';
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1); // NaN past the end
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'field.unpairedSurrogate';
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return 'field.unpairedSurrogate';
    }
  }
  return undefined;
}

/** Characters as PostgreSQL counts them: code points, a surrogate pair being one. */
export function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** An input class, as plainToInstance makes its objects. */
export type InputClass = abstract new (...args: never[]) => unknown;

const declared = new WeakMap<InputClass, ReadonlyMap<string, TextLimits>>();

/**
 * The limits an input class declares per property: MaxLength (class-validator's
 * `maxLength`) and ArrayMaxSize (`arrayMaxSize`), inherited ones included, as
 * PartialType and OmitType copy them.
 */
export function declaredLimits(type: InputClass): ReadonlyMap<string, TextLimits> {
  let limits = declared.get(type);
  if (!limits) {
    const found = new Map<string, { text?: number; items?: number }>();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(type, '', true, false)) {
      const limit = Number(rule.constraints?.[0]);
      if (!Number.isFinite(limit)) continue;
      const entry = found.get(rule.propertyName) ?? {};
      if (rule.name === 'maxLength') entry.text = Math.min(entry.text ?? limit, limit);
      else if (rule.name === 'arrayMaxSize') entry.items = Math.min(entry.items ?? limit, limit);
      else continue;
      found.set(rule.propertyName, entry);
    }
    limits = found;
    declared.set(type, limits);
  }
  return limits;
}

/**
 * Every string anywhere in `value` (a GraphQL argument or a REST parameter) checked
 * by the rule above, each failure named by its input path (`input.locations.0.country`).
 * Objects made from an input class (plainToInstance) carry the class's declared limits;
 * anything else gets the defaults.
 */
export function inputTextErrors(
  value: unknown,
  path: string,
  limits: TextLimits = {},
): FieldError[] {
  const out: FieldError[] = [];
  walk(value, path, limits, out);
  return out;
}

function walk(value: unknown, path: string, limits: TextLimits, out: FieldError[]): void {
  if (out.length >= MAX_REPORTED) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) {
      out.push({ field: path, key: problem });
      return;
    }
    const max = limits.text ?? DEFAULT_MAX_TEXT;
    // .length is never less than the code points: only a long string needs counting.
    if (value.length > max && codePoints(value) > max) {
      out.push({ field: path, key: 'field.maxLength', params: { max } });
    }
    return;
  }
  if (Array.isArray(value)) {
    const max = limits.items ?? DEFAULT_MAX_ITEMS;
    if (value.length > max) {
      out.push({ field: path, key: 'field.maxItems', params: { max } });
      return;
    }
    // A list's strings share its field's text limit (MaxLength with `each: true`).
    const each = { text: limits.text };
    value.forEach((item, index) => walk(item, `${path}.${index}`, each, out));
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  const prototype = Object.getPrototypeOf(value) as object | null;
  const own =
    prototype && prototype !== Object.prototype
      ? declaredLimits((value as object).constructor as InputClass)
      : undefined;
  for (const [key, item] of Object.entries(value)) {
    // A key is text too, where an object's keys come from the client (a REST query).
    const keyProblem = textProblem(key);
    if (keyProblem) {
      out.push({ field: path, key: keyProblem });
      continue;
    }
    walk(item, `${path}.${key}`, own?.get(key) ?? {}, out);
  }
}
