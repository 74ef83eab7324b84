// Which lifecycle steps to offer one person on one agreement: the domain's lifecycle
// (allowedAgreementActions, the same rules the API enforces) for the party the person acts for,
// intersected with the permission table (may). Nothing here re-derives a rule.
import {
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
} from '@regie/domain';
import type { CurrentUserFragment } from '@regie/graphql-client';
import { may, type Operation } from '../auth/permissions';

/** What of an agreement the lifecycle reads. */
export interface AgreementShape {
  readonly status: AgreementStatus | `${AgreementStatus}`;
  readonly source: AgreementSource | `${AgreementSource}`;
  readonly terminationDate?: string | null;
  readonly board: { readonly id: string };
  readonly vendor: { readonly id: string };
  readonly deviations?: readonly {
    readonly assessment?: DeviationAssessment | `${DeviationAssessment}` | null;
  }[];
  readonly signatures: readonly { readonly party: AgreementParty | `${AgreementParty}` }[];
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
};

export function agreementFacts(agreement: AgreementShape): AgreementFacts {
  return {
    status: agreement.status as AgreementStatus,
    source: agreement.source as AgreementSource,
    unresolvedDeviations: countUnresolvedDeviations(agreement.deviations ?? []),
    signedByBoard: agreement.signatures.some((s) => s.party === 'BOARD'),
    signedByVendor: agreement.signatures.some((s) => s.party === 'VENDOR'),
    terminationDate: agreement.terminationDate ?? null,
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
