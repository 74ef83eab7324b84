import {
  countUnresolvedDeviations,
  agreementWaitingOn,
  agreementInForce,
  agreementTransition,
  allowedAgreementActions,
  effectiveAgreementStatus,
  AGREEMENT_ACTIONS,
  type AgreementAction,
  type AgreementActor,
  type AgreementFacts,
} from './agreement-lifecycle';
import { AgreementSource as Src, AgreementStatus as S, ExitChoice, Role as R } from './enums';

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
    updateDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.DRAFT],
    withdrawDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.DRAFT],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.DRAFT,
    ],
  },
  [S.IN_REVIEW]: {
    addDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.IN_REVIEW],
    assessDeviation: [['FG'], S.IN_REVIEW],
    requestChanges: [['FG'], S.CHANGES_REQUESTED],
    approve: [['FG'], S.APPROVED],
    addReviewNote: [['FG', 'PROCUREMENT'], S.IN_REVIEW],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.IN_REVIEW,
    ],
  },
  [S.CHANGES_REQUESTED]: {
    update: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    addDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    attachDocument: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    submit: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.IN_REVIEW],
    assessDeviation: [['FG'], S.CHANGES_REQUESTED],
    addReviewNote: [['FG', 'PROCUREMENT'], S.CHANGES_REQUESTED],
    updateDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    withdrawDeviation: [['FG', 'PROCUREMENT', 'VENDOR_EDITOR'], S.CHANGES_REQUESTED],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.CHANGES_REQUESTED,
    ],
  },
  [S.APPROVED]: {
    sign: [['BOARD_SIGNATORY', 'VENDOR_SIGNATORY'], S.APPROVED],
    addReviewNote: [['FG', 'PROCUREMENT'], S.APPROVED],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.APPROVED,
    ],
  },
  [S.ACTIVE]: {
    terminate: [['BOARD_SIGNATORY', 'VENDOR_SIGNATORY'], S.ACTIVE],
    addReviewNote: [['FG', 'PROCUREMENT'], S.ACTIVE],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.ACTIVE,
    ],
  },
  [S.SUPERSEDED]: {
    addReviewNote: [['FG', 'PROCUREMENT'], S.SUPERSEDED],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.SUPERSEDED,
    ],
  },
  [S.TERMINATED]: {
    addReviewNote: [['FG', 'PROCUREMENT'], S.TERMINATED],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.TERMINATED,
    ],
    chooseExit: [['FG', 'BOARD_SIGNATORY'], S.TERMINATED],
  },
  [S.EXPIRED]: {
    addReviewNote: [['FG', 'PROCUREMENT'], S.EXPIRED],
    postMessage: [
      ['FG', 'PROCUREMENT', 'BOARD_SIGNATORY', 'VENDOR_EDITOR', 'VENDOR_SIGNATORY'],
      S.EXPIRED,
    ],
    chooseExit: [['FG', 'BOARD_SIGNATORY'], S.EXPIRED],
  },
};

/**
 * Roles that may take an action that the table above never allows, for lack of a fact the
 * table's agreements do not have (confirming an exit needs the board's choice first).
 */
const ROLE_ONLY: Partial<Record<AgreementAction, ActorName[]>> = {
  confirmExit: ['VENDOR_SIGNATORY', 'VENDOR_ADMIN'],
};

/** Who may ever do an action, whatever the status (DOMAIN.md's table). */
function mayEver(action: AgreementAction, actor: ActorName): boolean {
  return (
    (ROLE_ONLY[action]?.includes(actor) ?? false) ||
    Object.values(ALLOWED).some((byAction) => byAction?.[action]?.[0].includes(actor))
  );
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
      'postMessage',
    ]);
    expect(allowedAgreementActions(facts(S.IN_REVIEW), VENDOR_ADMIN)).toEqual([]);
  });
});

describe('changing and withdrawing a deviation', () => {
  it('is for the party that proposed it: the other party is FORBIDDEN', () => {
    const byVendor = facts(S.CHANGES_REQUESTED, { deviationAddedBy: 'VENDOR' });
    expect(agreementTransition(byVendor, 'updateDeviation', VENDOR_EDITOR)).toEqual({
      ok: true,
      next: S.CHANGES_REQUESTED,
    });
    for (const action of ['updateDeviation', 'withdrawDeviation'] as const)
      expect(agreementTransition(byVendor, action, PROCUREMENT)).toEqual({
        ok: false,
        refusal: 'FORBIDDEN',
      });
  });

  it('is FORBIDDEN to both parties for a framework deal’s deviation, negotiated by the sector', () => {
    const dealDeviation = facts(S.ACTIVE, { source: Src.FRAMEWORK, deviationAddedBy: null });
    expect(agreementTransition(dealDeviation, 'withdrawDeviation', PROCUREMENT)).toEqual({
      ok: false,
      refusal: 'FORBIDDEN',
    });
  });

  it('is refused in review and once approved: INVALID_TRANSITION', () => {
    for (const status of [S.IN_REVIEW, S.APPROVED, S.ACTIVE])
      expect(
        agreementTransition(facts(status, { deviationAddedBy: 'BOARD' }), 'updateDeviation', FG),
      ).toEqual({ ok: false, refusal: 'INVALID_TRANSITION' });
  });

  it('lets the FG assess a framework deal’s deviation at any time, for its own records', () => {
    for (const status of [S.ACTIVE, S.EXPIRED, S.TERMINATED])
      expect(
        agreementTransition(facts(status, { source: Src.FRAMEWORK }), 'assessDeviation', FG),
      ).toEqual({ ok: true, next: status });
  });
});

describe('the exit: the board chooses, the vendor confirms', () => {
  it('lets the board choose once an agreement has ended or has an end, and only once', () => {
    expect(
      agreementTransition(facts(S.ACTIVE, { validUntil: '2030-01-01' }), 'chooseExit', FG),
    ).toEqual({ ok: true, next: S.ACTIVE });
    expect(
      agreementTransition(facts(S.ACTIVE, { terminationDate: '2030-01-01' }), 'chooseExit', FG),
    ).toEqual({ ok: true, next: S.ACTIVE });
    expect(agreementTransition(facts(S.ACTIVE), 'chooseExit', FG)).toEqual({
      ok: false,
      refusal: 'INVALID_TRANSITION',
    });
    expect(
      agreementTransition(
        facts(S.EXPIRED, { exitChoice: ExitChoice.DELETE }),
        'chooseExit',
        BOARD_SIGNATORY,
      ),
    ).toEqual({ ok: false, refusal: 'ALREADY_EXISTS' });
    // The vendor never chooses.
    expect(agreementTransition(facts(S.EXPIRED), 'chooseExit', VENDOR_SIGNATORY)).toEqual({
      ok: false,
      refusal: 'FORBIDDEN',
    });
  });

  it('lets the vendor confirm once the agreement has ended and the board has chosen, once', () => {
    const chosen = { exitChoice: ExitChoice.RETURN_THEN_DELETE };
    expect(agreementTransition(facts(S.TERMINATED, chosen), 'confirmExit', VENDOR_ADMIN)).toEqual({
      ok: true,
      next: S.TERMINATED,
    });
    expect(agreementTransition(facts(S.TERMINATED), 'confirmExit', VENDOR_SIGNATORY)).toEqual({
      ok: false,
      refusal: 'INVALID_TRANSITION',
    });
    expect(
      agreementTransition(
        facts(S.ACTIVE, { ...chosen, terminationDate: '2030-01-01' }),
        'confirmExit',
        VENDOR_SIGNATORY,
      ),
    ).toEqual({ ok: false, refusal: 'INVALID_TRANSITION' });
    expect(
      agreementTransition(
        facts(S.EXPIRED, { ...chosen, exitConfirmed: true }),
        'confirmExit',
        VENDOR_SIGNATORY,
      ),
    ).toEqual({ ok: false, refusal: 'ALREADY_EXISTS' });
    expect(agreementTransition(facts(S.EXPIRED, chosen), 'confirmExit', VENDOR_EDITOR)).toEqual({
      ok: false,
      refusal: 'FORBIDDEN',
    });
  });
});

describe('agreementWaitingOn', () => {
  const at = (
    status: S,
    more: Partial<AgreementFacts> & { createdBy?: 'BOARD' | 'VENDOR' | null } = {},
  ) => agreementWaitingOn({ ...facts(status, more), createdBy: more.createdBy ?? 'VENDOR' });

  it('names the drafting party while drafting and after changes were asked for', () => {
    expect(at(S.DRAFT)).toEqual(['VENDOR']);
    expect(at(S.CHANGES_REQUESTED, { createdBy: 'BOARD' })).toEqual(['BOARD']);
  });

  it('names the board in review, and each party still to sign once approved', () => {
    expect(at(S.IN_REVIEW)).toEqual(['BOARD']);
    expect(at(S.APPROVED)).toEqual(['BOARD', 'VENDOR']);
    expect(at(S.APPROVED, { signedByBoard: true })).toEqual(['VENDOR']);
    expect(at(S.APPROVED, { signedByVendor: true })).toEqual(['BOARD']);
    // The vendor signed a general offer once, for every board.
    expect(at(S.APPROVED, { source: Src.GENERAL_OFFER })).toEqual(['BOARD']);
  });

  it('names nobody once ACTIVE or ended', () => {
    for (const status of [S.ACTIVE, S.SUPERSEDED, S.TERMINATED, S.EXPIRED])
      expect(at(status)).toEqual([]);
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

  it('never counts a framework deal’s deviation, which joining accepted', () => {
    expect(
      countUnresolvedDeviations([
        { assessment: null, addedBy: null },
        { assessment: 'UNACCEPTABLE', addedBy: null },
        { assessment: null, addedBy: 'VENDOR' },
      ]),
    ).toBe(1);
  });
});
