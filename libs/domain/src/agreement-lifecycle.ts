// The processing agreement's lifecycle (DOMAIN.md), as pure functions: the API
// enforces it, the admin shows only the buttons it allows. Nothing here knows about
// storage or time zones; dates are ISO calendar dates (YYYY-MM-DD) in
// Europe/Amsterdam, which compare correctly as strings.
import { addDays } from './calendar-dates';
import {
  AgreementSource,
  AgreementStatus,
  DeviationAssessment,
  type ExitChoice,
  Role,
} from './enums';

const S = AgreementStatus;

export type AgreementParty = 'BOARD' | 'VENDOR';

export type AgreementAction =
  | 'update'
  | 'addDeviation'
  | 'assessDeviation'
  | 'attachDocument'
  | 'submit'
  | 'requestChanges'
  | 'approve'
  | 'addReviewNote'
  | 'sign'
  | 'terminate'
  | 'updateDeviation'
  | 'withdrawDeviation'
  | 'postMessage'
  | 'chooseExit'
  | 'confirmExit';

export const AGREEMENT_ACTIONS: readonly AgreementAction[] = [
  'update',
  'addDeviation',
  'assessDeviation',
  'attachDocument',
  'submit',
  'requestChanges',
  'approve',
  'addReviewNote',
  'sign',
  'terminate',
  'updateDeviation',
  'withdrawDeviation',
  'postMessage',
  'chooseExit',
  'confirmExit',
];

/** Who acts: for which party, with which roles there. */
export interface AgreementActor {
  readonly party: AgreementParty;
  readonly roles: readonly Role[];
  /** Also SIGNATORY of the other party: such a person may not sign (DOMAIN.md). */
  readonly signatoryOfBothParties?: boolean;
}

/** What the lifecycle needs to know of an agreement. */
export interface AgreementFacts {
  /** The status as shown (effectiveAgreementStatus), not as stored. */
  readonly status: AgreementStatus;
  readonly source: AgreementSource;
  /** Deviations not yet assessed, or assessed UNACCEPTABLE. */
  readonly unresolvedDeviations: number;
  readonly signedByBoard: boolean;
  readonly signedByVendor: boolean;
  /** Set once terminateAgreement has run. */
  readonly terminationDate: string | null;
  /** The last day of validity, if any: an agreement with one will end (exit choice). */
  readonly validUntil?: string | null;
  /**
   * The party that proposed the deviation an action is about (null: the sector body, for a
   * framework deal's); undefined when the action is about no one deviation.
   */
  readonly deviationAddedBy?: AgreementParty | null;
  /** The board's exit choice, once made. */
  readonly exitChoice?: ExitChoice | `${ExitChoice}` | null;
  /** Whether the vendor confirmed the exit. */
  readonly exitConfirmed?: boolean;
}

/**
 * Deviations not yet assessed, or assessed UNACCEPTABLE: while any remain, no approval. A
 * framework deal's deviations (`addedBy` null) never count: joining the deal accepted them, and
 * the FG's assessment of them is for the board's own records.
 */
export function countUnresolvedDeviations(
  deviations: readonly {
    readonly assessment?: DeviationAssessment | `${DeviationAssessment}` | null;
    readonly addedBy?: AgreementParty | `${AgreementParty}` | null;
  }[],
): number {
  return deviations.filter(
    (d) =>
      d.addedBy !== null &&
      (d.assessment == null || d.assessment === DeviationAssessment.UNACCEPTABLE),
  ).length;
}

/** Why not: maps onto the error catalogue (FORBIDDEN, or CONFLICT with this reason). */
export type AgreementRefusal =
  'FORBIDDEN' | 'INVALID_TRANSITION' | 'UNRESOLVED_DEVIATIONS' | 'ALREADY_EXISTS';

export type AgreementTransition =
  | { readonly ok: true; readonly next: AgreementStatus }
  | { readonly ok: false; readonly refusal: AgreementRefusal };

const EDITORS: Record<AgreementParty, readonly Role[]> = {
  BOARD: [Role.PROCUREMENT, Role.PRIVACY_OFFICER],
  VENDOR: [Role.VENDOR_EDITOR],
};
const BOARD_FG: Record<AgreementParty, readonly Role[]> = {
  BOARD: [Role.PRIVACY_OFFICER],
  VENDOR: [],
};
const SIGNATORIES: Record<AgreementParty, readonly Role[]> = {
  BOARD: [Role.SIGNATORY],
  VENDOR: [Role.SIGNATORY],
};
/** Everyone with a role in the agreement's work talks on it (DOMAIN.md). */
const CORRESPONDENTS: Record<AgreementParty, readonly Role[]> = {
  BOARD: [Role.PROCUREMENT, Role.PRIVACY_OFFICER, Role.SIGNATORY],
  VENDOR: [Role.VENDOR_EDITOR, Role.SIGNATORY],
};

/** DOMAIN.md's table, per action: which roles of which party may. */
const ROLES: Record<AgreementAction, Record<AgreementParty, readonly Role[]>> = {
  update: EDITORS,
  addDeviation: EDITORS,
  attachDocument: EDITORS,
  submit: EDITORS,
  assessDeviation: BOARD_FG,
  requestChanges: BOARD_FG,
  approve: BOARD_FG,
  addReviewNote: { BOARD: [Role.PRIVACY_OFFICER, Role.PROCUREMENT], VENDOR: [] },
  sign: SIGNATORIES,
  terminate: SIGNATORIES,
  updateDeviation: EDITORS,
  withdrawDeviation: EDITORS,
  postMessage: CORRESPONDENTS,
  chooseExit: { BOARD: [Role.SIGNATORY, Role.PRIVACY_OFFICER], VENDOR: [] },
  confirmExit: { BOARD: [], VENDOR: [Role.SIGNATORY, Role.ADMIN] },
};

/** Terms can change while negotiating: before review, and when the FG sends them back. */
const EDITABLE = [S.DRAFT, S.CHANGES_REQUESTED];
/** Deviations are added and assessed until approval. */
const NEGOTIABLE = [S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED];
/** An agreement that has ended and whose data the vendor must delete or return. */
const ENDED = [S.TERMINATED, S.EXPIRED];

const ok = (next: AgreementStatus): AgreementTransition => ({ ok: true, next });
const no = (refusal: AgreementRefusal): AgreementTransition => ({ ok: false, refusal });

/**
 * What `action` by `actor` does to an agreement: its next status, or why not.
 * Roles are checked before the status, so that a person without the role learns
 * that, not the agreement's state.
 */
export function agreementTransition(
  facts: AgreementFacts,
  action: AgreementAction,
  actor: AgreementActor,
): AgreementTransition {
  if (!actor.roles.some((r) => ROLES[action][actor.party].includes(r))) return no('FORBIDDEN');
  const { status, source } = facts;
  // A general offer's terms and a framework deal's were fixed by their signatories.
  const negotiated = source === AgreementSource.DIRECT;

  switch (action) {
    case 'update':
    case 'attachDocument':
      return negotiated && EDITABLE.includes(status) ? ok(status) : no('INVALID_TRANSITION');
    case 'addDeviation':
      return negotiated && NEGOTIABLE.includes(status) ? ok(status) : no('INVALID_TRANSITION');
    case 'assessDeviation':
      // A framework deal's deviations were accepted by joining; the FG may still record its own
      // assessment of each at any time, outside the signed content.
      if (source === AgreementSource.FRAMEWORK) return ok(status);
      return negotiated && NEGOTIABLE.includes(status) ? ok(status) : no('INVALID_TRANSITION');
    case 'updateDeviation':
    case 'withdrawDeviation':
      // Only the party that proposed it; a framework deal's belongs to neither.
      if (facts.deviationAddedBy !== undefined && facts.deviationAddedBy !== actor.party)
        return no('FORBIDDEN');
      return negotiated && EDITABLE.includes(status) ? ok(status) : no('INVALID_TRANSITION');
    case 'postMessage':
      return ok(status);
    case 'chooseExit': {
      const ending =
        ENDED.includes(status) ||
        (status === S.ACTIVE && (facts.terminationDate != null || facts.validUntil != null));
      if (!ending) return no('INVALID_TRANSITION');
      return facts.exitChoice ? no('ALREADY_EXISTS') : ok(status);
    }
    case 'confirmExit':
      if (facts.exitConfirmed) return no('ALREADY_EXISTS');
      // Deleted or returned once it has ended, as the board chose.
      return ENDED.includes(status) && facts.exitChoice ? ok(status) : no('INVALID_TRANSITION');
    case 'submit':
      return negotiated && EDITABLE.includes(status) ? ok(S.IN_REVIEW) : no('INVALID_TRANSITION');
    case 'requestChanges':
      return negotiated && status === S.IN_REVIEW
        ? ok(S.CHANGES_REQUESTED)
        : no('INVALID_TRANSITION');
    case 'approve':
      if (status !== S.IN_REVIEW) return no('INVALID_TRANSITION');
      return facts.unresolvedDeviations > 0 ? no('UNRESOLVED_DEVIATIONS') : ok(S.APPROVED);
    case 'addReviewNote':
      return ok(status);
    case 'sign': {
      if (actor.signatoryOfBothParties) return no('FORBIDDEN');
      if (status !== S.APPROVED) return no('INVALID_TRANSITION');
      // The vendor signed a general offer once, for every board that accepts it.
      const vendorSigned = facts.signedByVendor || source === AgreementSource.GENERAL_OFFER;
      const already = actor.party === 'BOARD' ? facts.signedByBoard : vendorSigned;
      if (already) return no('ALREADY_EXISTS');
      const otherSigned = actor.party === 'BOARD' ? vendorSigned : facts.signedByBoard;
      return ok(otherSigned ? S.ACTIVE : S.APPROVED);
    }
    case 'terminate':
      // It stays ACTIVE until the termination date, then shows TERMINATED.
      return status === S.ACTIVE && facts.terminationDate === null
        ? ok(S.ACTIVE)
        : no('INVALID_TRANSITION');
  }
}

/**
 * The parties whose step the agreement waits for (DOMAIN.md): the drafting party in DRAFT and
 * CHANGES_REQUESTED, the board in IN_REVIEW, in APPROVED each party whose signature is still
 * needed (for a general offer only the board's), nobody once ACTIVE or ended. Board first.
 */
export function agreementWaitingOn(
  facts: Pick<AgreementFacts, 'status' | 'source' | 'signedByBoard' | 'signedByVendor'> & {
    readonly createdBy: AgreementParty | `${AgreementParty}` | null;
  },
): AgreementParty[] {
  switch (facts.status) {
    case S.DRAFT:
    case S.CHANGES_REQUESTED:
      return facts.createdBy ? [facts.createdBy as AgreementParty] : [];
    case S.IN_REVIEW:
      return ['BOARD'];
    case S.APPROVED: {
      const waiting: AgreementParty[] = [];
      if (!facts.signedByBoard) waiting.push('BOARD');
      if (!facts.signedByVendor && facts.source !== AgreementSource.GENERAL_OFFER)
        waiting.push('VENDOR');
      return waiting;
    }
    default:
      return [];
  }
}

/** The actions the lifecycle allows this actor now: the buttons to show. */
export function allowedAgreementActions(
  facts: AgreementFacts,
  actor: AgreementActor,
): AgreementAction[] {
  return AGREEMENT_ACTIONS.filter((a) => agreementTransition(facts, a, actor).ok);
}

/** What is stored of the status and the dates that turn it into what is shown. */
export interface StoredAgreementState {
  readonly status: AgreementStatus;
  readonly validUntil: string | null;
  readonly terminationDate: string | null;
  /** The day a newer agreement that supersedes this one became ACTIVE. */
  readonly supersededOn: string | null;
}

/**
 * The status as shown on `today`: an ACTIVE agreement shows SUPERSEDED, TERMINATED
 * or EXPIRED from the day after its last day, whichever ended it first. Computed on
 * every read, so it is never stale in storage.
 */
export function effectiveAgreementStatus(
  stored: StoredAgreementState,
  today: string,
): AgreementStatus {
  if (stored.status !== S.ACTIVE) return stored.status;
  // Each end as the first day on which the agreement no longer holds.
  const ends: [string, AgreementStatus][] = [];
  if (stored.supersededOn !== null) ends.push([stored.supersededOn, S.SUPERSEDED]);
  if (stored.terminationDate !== null)
    ends.push([addDays(stored.terminationDate, 1), S.TERMINATED]);
  if (stored.validUntil !== null) ends.push([addDays(stored.validUntil, 1), S.EXPIRED]);
  const passed = ends.filter(([from]) => from <= today).sort(([a], [b]) => a.localeCompare(b));
  return passed.length > 0 ? passed[0][1] : S.ACTIVE;
}

/**
 * Whether the agreement holds on `today`: ACTIVE as shown, and today within
 * validFrom..validUntil, both inclusive. A missing validFrom means from the day both
 * signatures were in (`activatedOn`).
 */
export function agreementInForce(
  stored: StoredAgreementState & { readonly validFrom: string | null },
  activatedOn: string | null,
  today: string,
): boolean {
  if (effectiveAgreementStatus(stored, today) !== S.ACTIVE) return false;
  const from = stored.validFrom ?? activatedOn;
  return from !== null && from <= today;
}
