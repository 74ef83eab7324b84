// The shape of a visibility rule, and the few phrases rules are written in. A rule is
// SQL over one row (its alias) and the reader's parameters (reader.ts): nothing else
// is bound, so a rule can be put into any statement, joined or nested, as it is.

export interface VisibilityRule {
  /** The table whose rows the rule governs. */
  readonly table: string;
  /** The condition on `alias` under which the reader sees the row. */
  readonly visible: (alias: string) => string;
}

/** The row's `column` names an organisation the reader belongs to. */
export const memberOf = (alias: string, column: string) =>
  `${alias}.${column} = ANY(:v_orgs::uuid[])`;

/**
 * The row is a part of a parent row (an agreement's deviation, an incident's update)
 * and is seen exactly when its parent is: the parent's own rule, on the parent row
 * that `column` points at.
 */
export function partOf(parent: VisibilityRule, column: string): VisibilityRule['visible'] {
  return (alias) => {
    const p = `${alias}_${parent.table}`;
    return `EXISTS (SELECT 1 FROM ${parent.table} ${p} WHERE ${p}.id = ${alias}.${column} AND ${parent.visible(p)})`;
  };
}

/** SQL list literal of enum values, for rules that depend on a status. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
