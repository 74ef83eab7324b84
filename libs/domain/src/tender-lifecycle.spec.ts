import { OrganisationKind as K, Role as R, TenderStatus as T } from './enums';
import {
  allowedTenderActions,
  criteriaIssues,
  offersUnsealed,
  priceTierIssues,
  TENDER_ACTIONS,
  tenderTransition,
  totalScore,
  type TenderAction,
  type TenderActor,
  type TenderFacts,
} from './tender-lifecycle';

const NEGOTIATOR: TenderActor = { kind: K.SECTOR_BODY, roles: [R.NEGOTIATOR] };
const REVIEWER: TenderActor = { kind: K.SECTOR_BODY, roles: [R.REVIEWER] };
const PROCUREMENT: TenderActor = { kind: K.BOARD, roles: [R.PROCUREMENT] };
const VENDOR_EDITOR: TenderActor = { kind: K.VENDOR, roles: [R.VENDOR_EDITOR] };
const VENDOR_ADMIN: TenderActor = { kind: K.VENDOR, roles: [R.ADMIN] };
const BOARD_ADMIN: TenderActor = { kind: K.BOARD, roles: [R.ADMIN] };
const ACTORS = { NEGOTIATOR, REVIEWER, PROCUREMENT, VENDOR_EDITOR, VENDOR_ADMIN, BOARD_ADMIN };
type ActorName = keyof typeof ACTORS;

const interestDeadline = new Date('2027-03-01T12:00:00Z');
const offerDeadline = new Date('2027-04-01T12:00:00Z');
const facts = (status: T): TenderFacts => ({ status, interestDeadline, offerDeadline });
const BEFORE_INTEREST = new Date('2027-02-01T00:00:00Z');
const BETWEEN = new Date('2027-03-15T00:00:00Z');
const AFTER_OFFERS = new Date('2027-05-01T00:00:00Z');
const MOMENTS = { BEFORE_INTEREST, BETWEEN, AFTER_OFFERS };
type Moment = keyof typeof MOMENTS;

/** Every allowed step: status → action → [who, when, next]. Everything else is refused. */
const ALLOWED: Partial<Record<T, Partial<Record<TenderAction, [ActorName[], Moment[], T]>>>> = {
  [T.DRAFT]: {
    update: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.DRAFT],
    openForInterest: [['NEGOTIATOR'], ['BEFORE_INTEREST'], T.OPEN_FOR_INTEREST],
    cancel: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.CANCELLED],
  },
  [T.OPEN_FOR_INTEREST]: {
    registerInterest: [['PROCUREMENT'], ['BEFORE_INTEREST'], T.OPEN_FOR_INTEREST],
    openForOffers: [['NEGOTIATOR'], ['BETWEEN', 'AFTER_OFFERS'], T.OPEN_FOR_OFFERS],
    cancel: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.CANCELLED],
  },
  [T.OPEN_FOR_OFFERS]: {
    submitOffer: [
      ['VENDOR_EDITOR', 'VENDOR_ADMIN'],
      ['BEFORE_INTEREST', 'BETWEEN'],
      T.OPEN_FOR_OFFERS,
    ],
    withdrawOffer: [
      ['VENDOR_EDITOR', 'VENDOR_ADMIN'],
      ['BEFORE_INTEREST', 'BETWEEN'],
      T.OPEN_FOR_OFFERS,
    ],
    closeOffers: [['NEGOTIATOR'], ['AFTER_OFFERS'], T.EVALUATION],
    cancel: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.CANCELLED],
  },
  [T.EVALUATION]: {
    score: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.EVALUATION],
    award: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.AWARDED],
    cancel: [['NEGOTIATOR'], ['BEFORE_INTEREST', 'BETWEEN', 'AFTER_OFFERS'], T.CANCELLED],
  },
};

function mayEver(action: TenderAction, actor: ActorName): boolean {
  return Object.values(ALLOWED).some((byAction) => byAction?.[action]?.[0].includes(actor));
}

/** The refusal for a step the table does not allow. */
function refusal(status: T, action: TenderAction, actor: ActorName, moment: Moment) {
  if (!mayEver(action, actor)) return 'FORBIDDEN';
  const step = ALLOWED[status]?.[action];
  if (!step) return 'INVALID_TRANSITION';
  // Allowed in this status at another moment: a deadline is in the way.
  const now = MOMENTS[moment];
  const deadline = ['registerInterest', 'openForInterest', 'openForOffers'].includes(action)
    ? interestDeadline
    : offerDeadline;
  return now < deadline ? 'DEADLINE_NOT_PASSED' : 'DEADLINE_PASSED';
}

describe('tenderTransition, every status × action × actor × moment', () => {
  for (const status of Object.values(T)) {
    for (const action of TENDER_ACTIONS) {
      for (const name of Object.keys(ACTORS) as ActorName[]) {
        for (const moment of Object.keys(MOMENTS) as Moment[]) {
          const step = ALLOWED[status]?.[action];
          const expected =
            step && step[0].includes(name) && step[1].includes(moment)
              ? { ok: true, next: step[2] }
              : { ok: false, refusal: refusal(status, action, name, moment) };
          const label = expected.ok ? expected.next : expected.refusal;
          it(`${status} · ${action} · ${name} · ${moment} → ${label}`, () => {
            expect(tenderTransition(facts(status), action, ACTORS[name], MOMENTS[moment])).toEqual(
              expected,
            );
          });
        }
      }
    }
  }
});

describe('tender rules', () => {
  it('closes offers exactly at the deadline, not a millisecond before', () => {
    const open = facts(T.OPEN_FOR_OFFERS);
    const early = new Date(offerDeadline.getTime() - 1);
    expect(tenderTransition(open, 'closeOffers', NEGOTIATOR, early)).toEqual({
      ok: false,
      refusal: 'DEADLINE_NOT_PASSED',
    });
    expect(tenderTransition(open, 'closeOffers', NEGOTIATOR, offerDeadline).ok).toBe(true);
    expect(tenderTransition(open, 'submitOffer', VENDOR_EDITOR, offerDeadline)).toEqual({
      ok: false,
      refusal: 'DEADLINE_PASSED',
    });
  });

  it('keeps offers sealed until evaluation, and for good once cancelled', () => {
    expect(Object.values(T).filter(offersUnsealed)).toEqual([T.EVALUATION, T.AWARDED]);
  });

  it('lists the steps to show', () => {
    expect(allowedTenderActions(facts(T.EVALUATION), NEGOTIATOR, BETWEEN)).toEqual([
      'score',
      'award',
      'cancel',
    ]);
  });

  it('wants whole weights adding up to 100', () => {
    expect(criteriaIssues([50, 30, 20])).toEqual([]);
    expect(criteriaIssues([50, 30, 10])).toEqual([{ index: null, key: 'tender.weightsTotal' }]);
    expect(criteriaIssues([50, 49.5, 0.5])).toEqual([
      { index: 1, key: 'tender.weightWhole' },
      { index: 2, key: 'tender.weightWhole' },
    ]);
    expect(criteriaIssues([])).toEqual([{ index: null, key: 'tender.weightsTotal' }]);
  });

  it('wants price tiers from 0 students, strictly increasing', () => {
    expect(priceTierIssues([0, 1000, 5000])).toEqual([]);
    expect(priceTierIssues([100, 1000])).toEqual([{ index: 0, key: 'tender.tiersStart' }]);
    expect(priceTierIssues([])).toEqual([{ index: 0, key: 'tender.tiersStart' }]);
    expect(priceTierIssues([0, 1000, 1000, 500])).toEqual([
      { index: 2, key: 'tender.tiersOrder' },
      { index: 3, key: 'tender.tiersOrder' },
    ]);
  });

  it('weighs the scores into a total on the same 0–10 scale, once every criterion is scored', () => {
    const criteria = [
      { name: 'price', weight: 40 },
      { name: 'quality', weight: 35 },
      { name: 'privacy', weight: 25 },
    ];
    expect(
      totalScore(criteria, [
        { criterion: 'price', score: 8 },
        { criterion: 'quality', score: 6 },
        { criterion: 'privacy', score: 10 },
      ]),
    ).toBe(7.8);
    expect(totalScore(criteria, [{ criterion: 'price', score: 8 }])).toBeNull();
  });
});
