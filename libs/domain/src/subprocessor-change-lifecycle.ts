// A change of subprocessors (GDPR art. 28(2); DOMAIN.md "Processing agreements"): what a
// leaflet adds and removes, how far ahead it must be announced, and the change's small
// lifecycle over its status, its effectiveOn and the day of asking. Pure functions, shared
// by the API (to enforce) and the admin (to offer only what may be done, and to show the diff).
import { addDays } from './calendar-dates';
import { SubprocessorChangeStatus, TransferMechanism } from './enums';

/** How many days ahead of effectiveOn a change must be announced, at least. */
export const SUBPROCESSOR_NOTICE_DAYS = 30;

export interface SubprocessorIdentity {
  readonly name: string;
  readonly service: string;
  readonly country: string;
  /** The enum, or its value as a client's generated types spell it. */
  readonly transferMechanism: TransferMechanism | `${TransferMechanism}`;
}

/**
 * A subprocessor is its name, service, country and transfer mechanism together: a change of
 * any of them is another subprocessor. Spacing and letter case are not a change.
 */
export function subprocessorKey(s: SubprocessorIdentity): string {
  const words = (v: string) => v.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return JSON.stringify([
    words(s.name),
    words(s.service),
    s.country.trim().toUpperCase(),
    s.transferMechanism,
  ]);
}

/**
 * What `next` adds to `current` and what it removes from it, each in its own list's order;
 * a replacement is one of each. Repeats within a list count once.
 */
export function subprocessorDiff<T extends SubprocessorIdentity>(
  current: readonly T[],
  next: readonly T[],
): { added: T[]; removed: T[] } {
  const only = (list: readonly T[], other: readonly T[]) => {
    const keys = new Set(other.map(subprocessorKey));
    const seen = new Set<string>();
    return list.filter((s) => {
      const key = subprocessorKey(s);
      if (keys.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return { added: only(next, current), removed: only(current, next) };
}

/** Whether `next` adds or replaces a subprocessor of `current` (a removal alone does not). */
export function addsOrReplacesSubprocessor(
  current: readonly SubprocessorIdentity[],
  next: readonly SubprocessorIdentity[],
): boolean {
  return subprocessorDiff(current, next).added.length > 0;
}

/** The first day a change announced on `today` may take effect. */
export function earliestEffectiveOn(today: string): string {
  return addDays(today, SUBPROCESSOR_NOTICE_DAYS);
}

/** The last day a notified board may object: the day before effectiveOn. */
export function lastObjectionDay(effectiveOn: string): string {
  return addDays(effectiveOn, -1);
}

export type SubprocessorChangeAction = 'withdraw' | 'object' | 'takeEffect';

export const SUBPROCESSOR_CHANGE_ACTIONS: readonly SubprocessorChangeAction[] = [
  'withdraw',
  'object',
  'takeEffect',
];

export interface SubprocessorChangeFacts {
  readonly status: SubprocessorChangeStatus;
  /** YYYY-MM-DD, Europe/Amsterdam. */
  readonly effectiveOn: string;
}

export type SubprocessorChangeRefusal =
  'INVALID_TRANSITION' | 'DEADLINE_PASSED' | 'DEADLINE_NOT_PASSED';

export type SubprocessorChangeTransition =
  | { readonly ok: true; readonly next: SubprocessorChangeStatus }
  | { readonly ok: false; readonly refusal: SubprocessorChangeRefusal };

const ok = (next: SubprocessorChangeStatus): SubprocessorChangeTransition => ({ ok: true, next });
const no = (refusal: SubprocessorChangeRefusal): SubprocessorChangeTransition => ({
  ok: false,
  refusal,
});

/**
 * The status after `action` on `today` (YYYY-MM-DD, Europe/Amsterdam), or why not:
 * - withdraw: the vendor takes back an ANNOUNCED change (its draft may be edited again);
 * - object: a notified board objects while ANNOUNCED, until the day before effectiveOn;
 *   from effectiveOn on (IN_EFFECT included) the deadline has passed;
 * - takeEffect: the daily job publishes an ANNOUNCED change from its effectiveOn on.
 */
export function subprocessorChangeTransition(
  facts: SubprocessorChangeFacts,
  action: SubprocessorChangeAction,
  today: string,
): SubprocessorChangeTransition {
  const S = SubprocessorChangeStatus;
  const due = today >= facts.effectiveOn;
  switch (action) {
    case 'withdraw':
      return facts.status === S.ANNOUNCED ? ok(S.WITHDRAWN) : no('INVALID_TRANSITION');
    case 'object':
      if (facts.status === S.WITHDRAWN) return no('INVALID_TRANSITION');
      if (facts.status === S.IN_EFFECT || due) return no('DEADLINE_PASSED');
      return ok(S.ANNOUNCED);
    case 'takeEffect':
      if (facts.status !== S.ANNOUNCED) return no('INVALID_TRANSITION');
      return due ? ok(S.IN_EFFECT) : no('DEADLINE_NOT_PASSED');
  }
}

export interface LeafletPublicationFacts {
  /** Whether the draft adds or replaces a subprocessor of the product's current leaflet. */
  readonly addsOrReplaces: boolean;
  /** Whether a board has an agreement in force on the product today. */
  readonly boardsInForce: boolean;
  /** The draft's ANNOUNCED change, if it has one. */
  readonly announced: { readonly effectiveOn: string } | null;
  readonly today: string;
}

/**
 * Whether a draft leaflet may be published now, or why not (CONFLICT
 * SUBPROCESSOR_CHANGE_NOT_ANNOUNCED): an announced draft is frozen until its effectiveOn
 * (withdraw the change to publish it otherwise); a draft that adds or replaces a
 * subprocessor while boards have agreements in force on the product needs an announced
 * change whose date has come; with no agreement in force it is free.
 */
export function leafletPublicationRefusal(
  facts: LeafletPublicationFacts,
): 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED' | null {
  if (facts.announced) {
    return facts.today >= facts.announced.effectiveOn ? null : 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED';
  }
  return facts.addsOrReplaces && facts.boardsInForce ? 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED' : null;
}
