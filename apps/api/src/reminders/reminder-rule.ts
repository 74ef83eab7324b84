// What a reminder rule is, for this module's rules and for rules other modules
// register (procurement's tender deadlines): the rule says which items are due and
// whom to tell; the ledger (reminder_sent) makes each reminder go out once.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface DueReminder {
  /** The attestation, agreement, tender … the reminder is about. */
  readonly itemId: string;
  /** Which step of the rule the item reached, e.g. `EXPIRING`, `EXPIRED`, `60d`. */
  readonly threshold: string;
}

export interface ReminderRule {
  /** Unique among the rules, e.g. `attestation.validity`; kept in the ledger. */
  readonly name: string;
  /**
   * The items that reached a threshold on `today` (YYYY-MM-DD, Europe/Amsterdam)
   * and have no ledger row yet (filter with `notSentSql`), read outside any
   * transaction.
   */
  due(em: EntityManager, today: string): Promise<DueReminder[]>;
  /**
   * Tells the right people (NotificationsService, in `em`'s transaction). Called
   * only by the transaction that wrote the ledger row: once per item and threshold.
   */
  send(em: EntityManager, reminder: DueReminder, today: string): Promise<void>;
}

/** SQL: no reminder of `rule` has gone out yet for item `itemSql` at threshold `thresholdSql`. */
export function notSentSql(rule: string, itemSql: string, thresholdSql: string): string {
  if (!/^[a-z.]+$/i.test(rule)) throw new TypeError(`reminder rule name: ${rule}`);
  return `NOT EXISTS (SELECT 1 FROM reminder_sent rs
    WHERE rs.rule = '${rule}' AND rs.item_id = ${itemSql} AND rs.threshold = ${thresholdSql})`;
}

/** Raw SQL with TypeORM's `:name` parameters (and `:...list`), on `em`. */
export function namedQuery<T>(
  em: EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [query, values] = em.connection.driver.escapeQueryWithParameters(sql, params, {});
  return em.query(query, values);
}

/**
 * The rules the daily job runs. A module adds its own in `onModuleInit`:
 * `constructor(private readonly rules: ReminderRules) {}` and
 * `onModuleInit() { this.rules.register(myRule); }`, importing RemindersModule.
 */
@Injectable()
export class ReminderRules {
  private readonly rules = new Map<string, ReminderRule>();

  register(rule: ReminderRule): void {
    if (this.rules.has(rule.name)) throw new Error(`reminder rule ${rule.name} registered twice`);
    this.rules.set(rule.name, rule);
  }

  all(): ReminderRule[] {
    return [...this.rules.values()];
  }
}
