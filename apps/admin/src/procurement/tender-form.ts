// The rules of the tender form, as the domain states them: criteria weights as whole percentages
// adding up to 100 (the deadlines' order is a date rule of forms/date-rules.ts).
import { criteriaIssues } from '@regie/domain';
import type { Rule } from '../forms/rules';

export interface CriterionRow {
  readonly name: string;
  readonly weight: string;
}

const weightOf = (row: CriterionRow) =>
  /^\d+$/.test(row.weight.trim()) ? Number(row.weight) : Number.NaN;

/** The message for one criterion's weight, if it is not a whole percentage. */
export function weightError(row: CriterionRow): 'tender.weightWhole' | null {
  return criteriaIssues([weightOf(row)]).some((i) => i.index === 0) ? 'tender.weightWhole' : null;
}

/** The weights together: whole percentages adding up to 100, and every criterion named. */
export const criteriaRule: Rule<readonly CriterionRow[]> = (rows) => {
  if (rows.length === 0) return { key: 'field.notEmpty' };
  if (rows.some((r) => !r.name.trim())) return { key: 'field.required' };
  const issue = criteriaIssues(rows.map(weightOf))[0];
  return issue ? { key: issue.key } : null;
};

export const weightTotal = (rows: readonly CriterionRow[]) =>
  rows.reduce((sum, r) => sum + (Number.isFinite(weightOf(r)) ? weightOf(r) : 0), 0);

export const toCriteriaInput = (rows: readonly CriterionRow[]) =>
  rows.map((r) => ({ name: r.name.trim(), weight: Number(r.weight) }));
