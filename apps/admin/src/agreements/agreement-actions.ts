// Which lifecycle steps to offer one person on one agreement: the domain's lifecycle
// (allowedAgreementActions, the same rules the API enforces) for the party the person acts for,
// intersected with the permission table (may). Nothing here re-derives a rule.
import {
  agreementTransition,
  allowedAgreementActions,
  countUnresolvedDeviations,
  Role,
  type AgreementAction,
  type AgreementActor,
  type AgreementFacts,
  type AgreementParty,
  type AgreementSource,
  type AgreementStatus,
  type DeviationAssessment,
  type ExitChoice,
} from '@regie/domain';
import type { CurrentUserFragment } from '@regie/graphql-client';
import { may, type Operation } from '../auth/permissions';

/** What of an agreement the lifecycle reads. */
export interface AgreementShape {
  readonly status: AgreementStatus | `${AgreementStatus}`;
  readonly source: AgreementSource | `${AgreementSource}`;
  readonly terminationDate?: string | null;
  readonly validUntil?: string | null;
  readonly board: { readonly id: string };
  readonly vendor: { readonly id: string };
  readonly deviations?: readonly {
    readonly assessment?: DeviationAssessment | `${DeviationAssessment}` | null;
    readonly addedBy?: AgreementParty | `${AgreementParty}` | null;
  }[];
  readonly signatures: readonly { readonly party: AgreementParty | `${AgreementParty}` }[];
  readonly exit?: {
    readonly choice?: ExitChoice | `${ExitChoice}` | null;
    readonly confirmedAt?: string | null;
  } | null;
}

type Viewer = Pick<CurrentUserFragment, 'memberships'>;

/** The API operation behind each lifecycle step. */
export const ACTION_OPERATION: Record<AgreementAction, Operation> = {
  update: 'updateAgreement',
  addDeviation: 'addDeviation',
  assessDeviation: 'assessDeviation',
  attachDocument: 'attachAgreementDocument',
  submit: 'submitAgreementForReview',
  requestChanges: 'requestAgreementChanges',
  approve: 'approveAgreement',
  addReviewNote: 'addReviewNote',
  sign: 'signAgreement',
  terminate: 'terminateAgreement',
  updateDeviation: 'updateDeviation',
  withdrawDeviation: 'withdrawDeviation',
  postMessage: 'postAgreementMessage',
  chooseExit: 'chooseAgreementExit',
  confirmExit: 'confirmAgreementExit',
};

export function agreementFacts(agreement: AgreementShape): AgreementFacts {
  return {
    status: agreement.status as AgreementStatus,
    source: agreement.source as AgreementSource,
    unresolvedDeviations: countUnresolvedDeviations(agreement.deviations ?? []),
    signedByBoard: agreement.signatures.some((s) => s.party === 'BOARD'),
    signedByVendor: agreement.signatures.some((s) => s.party === 'VENDOR'),
    terminationDate: agreement.terminationDate ?? null,
    validUntil: agreement.validUntil ?? null,
    exitChoice: agreement.exit?.choice ?? null,
    exitConfirmed: Boolean(agreement.exit?.confirmedAt),
  };
}

/**
 * For which party the person acts on this agreement: the organisation they work for now when
 * it is a party, else the party they are a member of. Null when they are neither.
 */
export function agreementActor(
  viewer: Viewer,
  agreement: Pick<AgreementShape, 'board' | 'vendor'>,
  currentOrganisationId: string | undefined,
): (AgreementActor & { organisationId: string }) | null {
  const of = (id: string) => viewer.memberships.find((m) => m.organisation.id === id);
  const board = of(agreement.board.id);
  const vendor = of(agreement.vendor.id);
  const signatoryOfBothParties = Boolean(
    board?.roles.includes(Role.SIGNATORY) && vendor?.roles.includes(Role.SIGNATORY),
  );
  const pick: AgreementParty | null =
    currentOrganisationId === agreement.vendor.id && vendor
      ? 'VENDOR'
      : board
        ? 'BOARD'
        : vendor
          ? 'VENDOR'
          : null;
  if (!pick) return null;
  const membership = pick === 'BOARD' ? board! : vendor!;
  return {
    party: pick,
    roles: membership.roles as Role[],
    signatoryOfBothParties,
    organisationId: membership.organisation.id,
  };
}

/** The steps to show this person now: allowed by the lifecycle and by the permission table. */
export function offeredActions(
  viewer: Viewer,
  agreement: AgreementShape,
  currentOrganisationId: string | undefined,
): Set<AgreementAction> {
  const actor = agreementActor(viewer, agreement, currentOrganisationId);
  if (!actor) return new Set();
  return new Set(
    allowedAgreementActions(agreementFacts(agreement), actor).filter((action) =>
      may(viewer, ACTION_OPERATION[action], actor.organisationId),
    ),
  );
}

/** Whether this person may change and withdraw one deviation now: only its own party's. */
export function offeredForDeviation(
  viewer: Viewer,
  agreement: AgreementShape,
  deviation: { readonly addedBy?: AgreementParty | `${AgreementParty}` | null },
  currentOrganisationId: string | undefined,
): Set<'updateDeviation' | 'withdrawDeviation'> {
  const actor = agreementActor(viewer, agreement, currentOrganisationId);
  if (!actor) return new Set();
  const facts = {
    ...agreementFacts(agreement),
    deviationAddedBy: (deviation.addedBy ?? null) as AgreementParty | null,
  };
  return new Set(
    (['updateDeviation', 'withdrawDeviation'] as const).filter(
      (action) =>
        agreementTransition(facts, action, actor).ok &&
        may(viewer, ACTION_OPERATION[action], actor.organisationId),
    ),
  );
}
