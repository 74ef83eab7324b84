// The collective tender's lifecycle (DOMAIN.md), as pure functions over the status,
// the deadlines and the moment of asking: the API enforces it, the admin shows what
// it allows. Deadlines are instants; "until the deadline" means strictly before it.
import { OrganisationKind as K, Role, TenderStatus } from './enums';

const T = TenderStatus;

export type TenderAction =
  | 'update'
  | 'openForInterest'
  | 'registerInterest'
  | 'openForOffers'
  | 'submitOffer'
  | 'withdrawOffer'
  | 'closeOffers'
  | 'score'
  | 'award'
  | 'cancel';

export const TENDER_ACTIONS: readonly TenderAction[] = [
  'update',
  'openForInterest',
  'registerInterest',
  'openForOffers',
  'submitOffer',
  'withdrawOffer',
  'closeOffers',
  'score',
  'award',
  'cancel',
];

export interface TenderActor {
  readonly kind: K;
  readonly roles: readonly Role[];
}

export interface TenderFacts {
  readonly status: TenderStatus;
  readonly interestDeadline: Date;
  readonly offerDeadline: Date;
}

export type TenderRefusal =
  'FORBIDDEN' | 'INVALID_TRANSITION' | 'DEADLINE_NOT_PASSED' | 'DEADLINE_PASSED';

export type TenderTransition =
  | { readonly ok: true; readonly next: TenderStatus }
  | { readonly ok: false; readonly refusal: TenderRefusal };

const NEGOTIATOR = { kind: K.SECTOR_BODY, roles: [Role.NEGOTIATOR] };
/** DOMAIN.md's table: who may take each step. */
const WHO: Record<TenderAction, { kind: K; roles: readonly Role[] }> = {
  update: NEGOTIATOR,
  openForInterest: NEGOTIATOR,
  openForOffers: NEGOTIATOR,
  closeOffers: NEGOTIATOR,
  score: NEGOTIATOR,
  award: NEGOTIATOR,
  cancel: NEGOTIATOR,
  registerInterest: { kind: K.BOARD, roles: [Role.PROCUREMENT] },
  submitOffer: { kind: K.VENDOR, roles: [Role.VENDOR_EDITOR, Role.ADMIN] },
  withdrawOffer: { kind: K.VENDOR, roles: [Role.VENDOR_EDITOR, Role.ADMIN] },
};

const ok = (next: TenderStatus): TenderTransition => ({ ok: true, next });
const no = (refusal: TenderRefusal): TenderTransition => ({ ok: false, refusal });

/** Allowed only in `status`, and only before `deadline`. */
function before(facts: TenderFacts, status: TenderStatus, deadline: Date, now: Date) {
  if (facts.status !== status) return no('INVALID_TRANSITION');
  return now < deadline ? ok(status) : no('DEADLINE_PASSED');
}

/** Moves from `status` to `next`, but not before `deadline`. */
function after(
  facts: TenderFacts,
  status: TenderStatus,
  next: TenderStatus,
  deadline: Date,
  now: Date,
) {
  if (facts.status !== status) return no('INVALID_TRANSITION');
  return now >= deadline ? ok(next) : no('DEADLINE_NOT_PASSED');
}

export function tenderTransition(
  facts: TenderFacts,
  action: TenderAction,
  actor: TenderActor,
  now: Date,
): TenderTransition {
  const who = WHO[action];
  if (actor.kind !== who.kind || !actor.roles.some((r) => who.roles.includes(r))) {
    return no('FORBIDDEN');
  }
  switch (action) {
    case 'update':
      return facts.status === T.DRAFT ? ok(T.DRAFT) : no('INVALID_TRANSITION');
    case 'openForInterest': {
      // Opening after the interest deadline would leave the boards no time at all.
      const open = before(facts, T.DRAFT, facts.interestDeadline, now);
      return open.ok ? ok(T.OPEN_FOR_INTEREST) : open;
    }
    case 'registerInterest':
      return before(facts, T.OPEN_FOR_INTEREST, facts.interestDeadline, now);
    case 'openForOffers':
      return after(facts, T.OPEN_FOR_INTEREST, T.OPEN_FOR_OFFERS, facts.interestDeadline, now);
    case 'submitOffer':
    case 'withdrawOffer':
      return before(facts, T.OPEN_FOR_OFFERS, facts.offerDeadline, now);
    case 'closeOffers':
      return after(facts, T.OPEN_FOR_OFFERS, T.EVALUATION, facts.offerDeadline, now);
    case 'score':
      return facts.status === T.EVALUATION ? ok(T.EVALUATION) : no('INVALID_TRANSITION');
    case 'award':
      return facts.status === T.EVALUATION ? ok(T.AWARDED) : no('INVALID_TRANSITION');
    case 'cancel':
      return facts.status === T.AWARDED || facts.status === T.CANCELLED
        ? no('INVALID_TRANSITION')
        : ok(T.CANCELLED);
  }
}

/** The steps this actor can take now: the buttons to show. */
export function allowedTenderActions(
  facts: TenderFacts,
  actor: TenderActor,
  now: Date,
): TenderAction[] {
  return TENDER_ACTIONS.filter((a) => tenderTransition(facts, a, actor, now).ok);
}

/**
 * Whether offers are open to the tender's sector body: from EVALUATION on. A tender
 * cancelled at any point keeps its offers sealed for good (DOMAIN.md).
 */
export function offersUnsealed(status: TenderStatus): boolean {
  return status === T.EVALUATION || status === T.AWARDED;
}

/** Who sees a tender at all besides its sector body: everyone, once it is opened. */
export function tenderIsPublic(status: TenderStatus): boolean {
  return status !== T.DRAFT;
}

/** A problem with one element of a list: its index and the message key. */
export interface ListIssue {
  readonly index: number | null;
  readonly key:
    'tender.weightsTotal' | 'tender.weightWhole' | 'tender.tiersStart' | 'tender.tiersOrder';
}

/** Award criteria: whole percentages adding up to 100. */
export function criteriaIssues(weights: readonly number[]): ListIssue[] {
  const issues: ListIssue[] = weights.flatMap((w, index) =>
    Number.isInteger(w) && w > 0 && w <= 100 ? [] : [{ index, key: 'tender.weightWhole' as const }],
  );
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (issues.length === 0 && total !== 100)
    issues.push({ index: null, key: 'tender.weightsTotal' });
  return issues;
}

/** Price tiers: the first from 0 students, each next from strictly more. */
export function priceTierIssues(minStudents: readonly number[]): ListIssue[] {
  if (minStudents.length === 0 || minStudents[0] !== 0) {
    return [{ index: 0, key: 'tender.tiersStart' }];
  }
  return minStudents.flatMap((m, index) =>
    index > 0 && m <= minStudents[index - 1] ? [{ index, key: 'tender.tiersOrder' as const }] : [],
  );
}

/** The weighted total of 0–10 scores: Σ score × weight / 100, so also 0–10. */
export function totalScore(
  criteria: readonly { name: string; weight: number }[],
  scores: readonly { criterion: string; score: number }[],
): number | null {
  if (criteria.some((c) => !scores.some((s) => s.criterion === c.name))) return null;
  const total = criteria.reduce(
    (sum, c) => sum + scores.find((s) => s.criterion === c.name)!.score * c.weight,
    0,
  );
  return Math.round(total) / 100;
}
