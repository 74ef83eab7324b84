// Who sees which organisation-owned rows: one rule per table, in one table. Every read
// of such rows goes through data-access.ts, which puts the table's rule into the
// statement; no service writes visibility SQL of its own, and the lint rule
// `regie/org-owned-access` fails any raw repository or query-builder access to these
// tables outside this folder. Tables not listed here (organisations, products, users,
// the login throttle) hold what every signed-in user may read; the e-mail outbox and
// the reminder ledger are the platform's own and read by no viewer at all.
import * as advisories from './rules/advisories.rules';
import * as agreements from './rules/agreements.rules';
import * as attestations from './rules/attestations.rules';
import * as audit from './rules/audit.rules';
import * as files from './rules/files.rules';
import * as identity from './rules/identity.rules';
import * as incidents from './rules/incidents.rules';
import * as procurement from './rules/procurement.rules';
import * as productReviews from './rules/product-reviews.rules';
import * as products from './rules/products.rules';
import * as subprocessorChanges from './rules/subprocessor-changes.rules';
import type { VisibilityRule } from './visibility-rule';

const RULES: readonly VisibilityRule[] = [
  advisories,
  agreements,
  attestations,
  audit,
  files,
  identity,
  incidents,
  procurement,
  products,
  productReviews,
  subprocessorChanges,
].flatMap((module) =>
  Object.values(module).filter(
    (v): v is VisibilityRule => typeof v === 'object' && v !== null && 'table' in v,
  ),
);

export const VISIBILITY: ReadonlyMap<string, VisibilityRule> = new Map(
  RULES.map((rule, i) => {
    if (RULES.findIndex((r) => r.table === rule.table) !== i)
      throw new Error(`two visibility rules for table ${rule.table}`);
    return [rule.table, rule];
  }),
);

/** The rule of `table`; throws for a table that has none (a programming error). */
export function ruleOf(table: string): VisibilityRule {
  const rule = VISIBILITY.get(table);
  if (!rule) throw new Error(`no visibility rule for table ${table}`);
  return rule;
}

/** The full condition on `alias` for a reader: SYSTEM sees every row. */
export function visibleCondition(table: string, alias: string): string {
  return `(:v_system OR ${ruleOf(table).visible(alias)})`;
}
