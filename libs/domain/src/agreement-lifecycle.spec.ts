import {
  countUnresolvedDeviations,
  agreementInForce,
  agreementTransition,
  allowedAgreementActions,
  effectiveAgreementStatus,
  AGREEMENT_ACTIONS,
  type AgreementAction,
  type AgreementActor,
  type AgreementFacts,
} from './agreement-lifecycle';
import { AgreementSource as Src, AgreementStatus as S, Role as R } from './enums';

const FG: AgreementActor = { party: 'BOARD', roles: [R.PRIVACY_OFFICER] };
const PROCUREMENT: AgreementActor = { party: 'BOARD', roles: [R.PROCUREMENT] };
const BOARD_SIGNATORY: AgreementActor = { party: 'BOARD', roles: [R.SIGNATORY] };
const BOARD_ADMIN: AgreementActor = { party: 'BOARD', roles: [R.ADMIN, R.VIEWER] };
const VENDOR_EDITOR: AgreementActor = { party: 'VENDOR', roles: [R.VENDOR_EDITOR] };
const VENDOR_SIGNATORY: AgreementActor = { party: 'VENDOR', roles: [R.SIGNATORY] };
const VENDOR_ADMIN: AgreementActor = { party: 'VENDOR', roles: [R.ADMIN] };
const ACTORS = {
  FG,
  PROCUREMENT,
  BOARD_SIGNATORY,
  BOARD_ADMIN,
  VENDOR_EDITOR,
  VENDOR_SIGNATORY,
  VENDOR_ADMIN,
};
type ActorName = keyof typeof ACTORS;

const facts = (status: S, more: Partial<AgreementFacts> = {}): AgreementFacts => ({
  status,
  source: Src.DIRECT,
  unresolvedDeviations: 0,
  signedByBoard: false,
  signedByVendor: false,
  terminationDate: null,
  ...more,
});

/**
 * Every allowed move of a DIRECT agreement with nothing signed or unresolved:
 * status → action → actors → next status. Everything not listed is refused.
 */
const ALLOWED: Partial<Record<S, Partial<Record<AgreementAction, [ActorName[], S]>>>> = {
  [S.DRAFT]: {
    update: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.DRAFT],
    addDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.DRAFT],
    attachDocument: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.DRAFT],
    submit: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.IN_REVIEW],
    assessDeviation: [['FG'], S.DRAFT],
    addReviewNote: [['FG', 'PROCUREMENT'], S.DRAFT],
  },
  [S.IN_REVIEW]: {
    addDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.IN_REVIEW],
    assessDeviation: [['FG'], S.IN_REVIEW],
    requestChanges: [['FG'], S.CHANGES_REQUESTED],
    approve: [['FG'], S.APPROVED],
    addReviewNote: [['FG', 'PROCUREMENT'], S.IN_REVIEW],
  },
  [S.CHANGES_REQUESTED]: {
    update: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    addDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    attachDocument: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    submit: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.IN_REVIEW],
    assessDeviation: [['FG'], S.CHANGES_REQUESTED],
    addReviewNote: [['FG', 'PROCUREMENT'], S.CHANGES_REQUESTED],
  },
  [S.APPROVED]: {
    sign: [['BOARD_SIGNATORY', 'VENDOR_SIGNATORY'], S.APPROVED],
    addReviewNote: [['FG', 'PROCUREMENT'], S.APPROVED],
  },
  [S.ACTIVE]: {
    terminate: [['BOARD_SIGNATORY', 'VENDOR_SIGNATORY'], S.ACTIVE],
    addReviewNote: [['FG', 'PROCUREMENT'], S.ACTIVE],
  },
  [S.SUPERSEDED]: { addReviewNote: [['FG', 'PROCUREMENT'], S.SUPERSEDED] },
  [S.TERMINATED]: { addReviewNote: [['FG', 'PROCUREMENT'], S.TERMINATED] },
  [S.EXPIRED]: { addReviewNote: [['FG', 'PROCUREMENT'], S.EXPIRED] },
};

/** Who may ever do an action, whatever the status (DOMAIN.md's table). */
function mayEver(action: AgreementAction, actor: ActorName): boolean {
  return Object.values(ALLOWED).some((byAction) => byAction?.[action]?.[0].includes(actor));
}

describe('agreementTransition, every status × action × actor of a DIRECT agreement', () => {
  for (const status of Object.values(S)) {
    for (const action of AGREEMENT_ACTIONS) {
      for (const name of Object.keys(ACTORS) as ActorName[]) {
        const allowed = ALLOWED[status]?.[action];
        const expected = allowed?.[0].includes(name)
          ? { ok: true, next: allowed[1] }
          : { ok: false, refusal: mayEver(action, name) ? 'INVALID_TRANSITION' : 'FORBIDDEN' };
        it(`${status} · ${action} · ${name} → ${expected.ok ? expected.next : expected.refusal}`, () => {
          expect(agreementTransition(facts(status), action, ACTORS[name])).toEqual(expected);
        });
      }
    }
  }
});

describe('agreementTransition, the rules beyond the table', () => {
  it('refuses approval while a deviation is unassessed or unacceptable', () => {
    expect(
      agreementTransition(facts(S.IN_REVIEW, { unresolvedDeviations: 1 }), 'approve', FG),
    ).toEqual({ ok: false, refusal: 'UNRESOLVED_DEVIATIONS' });
  });

  it('makes the agreement ACTIVE with the second signature, whichever party signs last', () => {
    const boardFirst = facts(S.APPROVED, { signedByBoard: true });
    expect(agreementTransition(boardFirst, 'sign', VENDOR_SIGNATORY)).toEqual({
      ok: true,
      next: S.ACTIVE,
    });
    const vendorFirst = facts(S.APPROVED, { signedByVendor: true });
    expect(agreementTransition(vendorFirst, 'sign', BOARD_SIGNATORY)).toEqual({
      ok: true,
      next: S.ACTIVE,
    });
  });

  it('refuses a second signature by the same party', () => {
    expect(
      agreementTransition(facts(S.APPROVED, { signedByBoard: true }), 'sign', BOARD_SIGNATORY),
    ).toEqual({ ok: false, refusal: 'ALREADY_EXISTS' });
  });

  it('refuses a person who is signatory of both parties', () => {
    expect(
      agreementTransition(facts(S.APPROVED), 'sign', {
        ...BOARD_SIGNATORY,
        signatoryOfBothParties: true,
      }),
    ).toEqual({ ok: false, refusal: 'FORBIDDEN' });
  });

  it('activates a general offer with the board signature alone, and has no vendor signature to add', () => {
    const offer = facts(S.APPROVED, { source: Src.GENERAL_OFFER });
    expect(agreementTransition(offer, 'sign', BOARD_SIGNATORY)).toEqual({
      ok: true,
      next: S.ACTIVE,
    });
    expect(agreementTransition(offer, 'sign', VENDOR_SIGNATORY)).toEqual({
      ok: false,
      refusal: 'ALREADY_EXISTS',
    });
  });

  it("keeps a general offer's and a framework deal's terms fixed", () => {
    for (const source of [Src.GENERAL_OFFER, Src.FRAMEWORK]) {
      for (const action of ['addDeviation', 'requestChanges', 'update'] as const) {
        expect(agreementTransition(facts(S.IN_REVIEW, { source }), action, FG).ok).toBe(false);
      }
    }
    // The FG still reviews and approves an accepted general offer.
    expect(
      agreementTransition(facts(S.IN_REVIEW, { source: Src.GENERAL_OFFER }), 'approve', FG),
    ).toEqual({ ok: true, next: S.APPROVED });
  });

  it('terminates once: a second termination is refused', () => {
    expect(
      agreementTransition(
        facts(S.ACTIVE, { terminationDate: '2027-01-31' }),
        'terminate',
        VENDOR_SIGNATORY,
      ),
    ).toEqual({ ok: false, refusal: 'INVALID_TRANSITION' });
  });

  it('lists the buttons to show', () => {
    expect(allowedAgreementActions(facts(S.IN_REVIEW), FG)).toEqual([
      'addDeviation',
      'assessDeviation',
      'requestChanges',
      'approve',
      'addReviewNote',
    ]);
    expect(allowedAgreementActions(facts(S.IN_REVIEW), VENDOR_ADMIN)).toEqual([]);
  });
});

describe('effectiveAgreementStatus and agreementInForce', () => {
  const active = {
    status: S.ACTIVE,
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    terminationDate: null,
    supersededOn: null,
  };

  it('shows EXPIRED from the day after validUntil, both ends inclusive', () => {
    expect(effectiveAgreementStatus(active, '2026-12-31')).toBe(S.ACTIVE);
    expect(agreementInForce(active, null, '2026-12-31')).toBe(true);
    expect(effectiveAgreementStatus(active, '2027-01-01')).toBe(S.EXPIRED);
    expect(agreementInForce(active, null, '2027-01-01')).toBe(false);
    expect(agreementInForce(active, null, '2025-12-31')).toBe(false);
    expect(agreementInForce(active, null, '2026-01-01')).toBe(true);
  });

  it('stays ACTIVE until the termination date and shows TERMINATED after it', () => {
    const ending = { ...active, terminationDate: '2026-06-30' };
    expect(effectiveAgreementStatus(ending, '2026-06-30')).toBe(S.ACTIVE);
    expect(effectiveAgreementStatus(ending, '2026-07-01')).toBe(S.TERMINATED);
  });

  it('shows SUPERSEDED from the day its successor became ACTIVE', () => {
    const replaced = { ...active, supersededOn: '2026-03-01' };
    expect(effectiveAgreementStatus(replaced, '2026-02-28')).toBe(S.ACTIVE);
    expect(effectiveAgreementStatus(replaced, '2026-03-01')).toBe(S.SUPERSEDED);
  });

  it('takes whichever end came first', () => {
    const both = { ...active, terminationDate: '2026-05-31', supersededOn: '2026-09-01' };
    expect(effectiveAgreementStatus(both, '2027-02-01')).toBe(S.TERMINATED);
  });

  it('counts an open-ended agreement from the day both signatures were in', () => {
    const open = { ...active, validFrom: null, validUntil: null };
    expect(agreementInForce(open, '2026-04-15', '2026-04-14')).toBe(false);
    expect(agreementInForce(open, '2026-04-15', '2030-01-01')).toBe(true);
  });

  it('leaves every other stored status as it is', () => {
    expect(effectiveAgreementStatus({ ...active, status: S.DRAFT }, '2030-01-01')).toBe(S.DRAFT);
  });
});

describe('countUnresolvedDeviations', () => {
  it('counts the deviations that still block approval: unassessed or unacceptable', () => {
    expect(
      countUnresolvedDeviations([
        { assessment: null },
        {},
        { assessment: 'UNACCEPTABLE' },
        { assessment: 'ACCEPTABLE' },
        { assessment: 'ACCEPTABLE_WITH_MEASURES' },
      ]),
    ).toBe(3);
    expect(countUnresolvedDeviations([])).toBe(0);
  });
});
