// Which steps a framework deal offers the person now (DOMAIN.md): the vendor's signatory accepts
// a draft's terms, the sector body publishes an accepted draft and adds deviations to a draft,
// and a board's signatory joins a published, unexpired deal once.
import type { CurrentUserFragment } from '@regie/graphql-client';
import { may } from '../auth/permissions';
import type { Membership } from '../layout/viewer';

export type DealStep = 'accept' | 'publish' | 'addDeviation' | 'join';

export interface DealLike {
  readonly status: string;
  readonly validUntil: string;
  readonly sectorBody: { readonly id: string };
  readonly vendor: { readonly id: string };
  readonly vendorSignature?: unknown;
  readonly participations: readonly { readonly board: { readonly id: string } }[];
}

export function dealSteps(
  deal: DealLike,
  user: Pick<CurrentUserFragment, 'memberships'>,
  membership: Membership | undefined,
  /** Today, YYYY-MM-DD in Europe/Amsterdam. */
  today: string,
): Set<DealStep> {
  const steps = new Set<DealStep>();
  if (!membership) return steps;
  const org = membership.organisation.id;
  const draft = deal.status === 'DRAFT';
  if (draft && !deal.vendorSignature && org === deal.vendor.id)
    if (may(user, 'acceptFrameworkDeal', org)) steps.add('accept');
  if (draft && org === deal.sectorBody.id) {
    if (deal.vendorSignature && may(user, 'publishFrameworkDeal', org)) steps.add('publish');
    if (may(user, 'addDealDeviation', org)) steps.add('addDeviation');
  }
  if (
    deal.status === 'PUBLISHED' &&
    deal.validUntil >= today &&
    membership.organisation.kind === 'BOARD' &&
    !deal.participations.some((p) => p.board.id === org) &&
    may(user, 'joinFrameworkDeal', org)
  )
    steps.add('join');
  return steps;
}
