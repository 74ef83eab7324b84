// The rules of an offer's price tiers: amounts in euros, whole student counts, the first tier
// from 0 and each next from more students (the domain's rule).
import { priceTierIssues } from '@regie/domain';
import type { SharedMessage } from '../i18n';
import { parseEuros } from './tender-view';

export interface TierRow {
  readonly minStudents: string;
  readonly price: string;
}

/** Per row: the message for its student count and its price, if any. */
export function tierErrors(rows: readonly TierRow[]): {
  minStudents: SharedMessage | null;
  price: SharedMessage | null;
}[] {
  const counts = rows.map((r) =>
    /^\d+$/.test(r.minStudents.trim()) ? Number(r.minStudents) : NaN,
  );
  const order = counts.every(Number.isFinite) ? priceTierIssues(counts) : [];
  return rows.map((row, index) => ({
    minStudents: !row.minStudents.trim()
      ? { key: 'field.required' }
      : !Number.isFinite(counts[index])
        ? { key: 'field.integer' }
        : ((k) => (k ? { key: k } : null))(order.find((i) => i.index === index)?.key),
    price: !row.price.trim()
      ? { key: 'field.required' }
      : parseEuros(row.price) === null || parseEuros(row.price) === 0
        ? { key: 'field.invalid' }
        : null,
  }));
}

export function tiersRule(rows: readonly TierRow[]): SharedMessage | null {
  if (rows.length === 0) return { key: 'field.notEmpty' };
  for (const e of tierErrors(rows)) {
    if (e.minStudents) return e.minStudents;
    if (e.price) return e.price;
  }
  return null;
}

export const toTiersInput = (rows: readonly TierRow[]) =>
  rows.map((r) => ({
    minStudents: Number(r.minStudents),
    pricePerStudentCents: parseEuros(r.price)!,
  }));
