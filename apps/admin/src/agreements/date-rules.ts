// Validity dates (native date fields give YYYY-MM-DD or nothing): an end not before its start.
// The message is the shared "at least …" with the start date in words.
import type { Rule } from '../forms/rules';

export function notBefore(start: string, end: string): boolean {
  return start === '' || end === '' || end >= start;
}

export function endNotBefore(start: string, format: (date: string) => string): Rule<string> {
  return (end) =>
    notBefore(start, end) ? null : { key: 'field.min', params: { min: format(start) } };
}
