// Who sees what of procurement (DOMAIN.md, visibility and sealed offers), one rule
// per object, applied by every path that reads it: queries, relations, exports.
import {
  AssessmentStatus,
  OfferStatus,
  StandardStatus,
  offersUnsealed,
  tenderIsPublic,
} from '@regie/domain';
import type { TenderStatus } from '@regie/domain';
import type { Viewer } from '../auth/viewer';

export function memberOf(viewer: Viewer | null): string[] {
  return viewer?.memberships.map((m) => m.organisationId) ?? [];
}

const isMember = (viewer: Viewer | null, organisationId: string) =>
  memberOf(viewer).includes(organisationId);

/** A draft standard: only its sector body. */
export function seesStandard(
  viewer: Viewer | null,
  s: { status: StandardStatus; sectorBodyId: string },
): boolean {
  return s.status === StandardStatus.PUBLISHED || isMember(viewer, s.sectorBodyId);
}

/** A draft assessment: only its vendor; submitted ones, everyone. */
export function seesAssessment(
  viewer: Viewer | null,
  a: { status: AssessmentStatus; vendorId: string },
): boolean {
  return a.status !== AssessmentStatus.DRAFT || isMember(viewer, a.vendorId);
}

/** A DRAFT tender: only its sector body. */
export function seesTender(
  viewer: Viewer | null,
  t: { status: TenderStatus; sectorBodyId: string },
): boolean {
  return tenderIsPublic(t.status) || isMember(viewer, t.sectorBodyId);
}

/**
 * A sealed offer: its vendor only; from EVALUATION on also the tender's sector body,
 * unless the vendor withdrew it (a withdrawn offer is never opened). Nobody else, the
 * platform admin included.
 */
export function seesOffer(
  viewer: Viewer | null,
  offer: { vendorId: string; status: OfferStatus },
  tender: { status: TenderStatus; sectorBodyId: string },
): boolean {
  return (
    isMember(viewer, offer.vendorId) ||
    (offer.status !== OfferStatus.WITHDRAWN &&
      offersUnsealed(tender.status) &&
      isMember(viewer, tender.sectorBodyId))
  );
}

/**
 * A DRAFT deal: its sector body, and its vendor, whose signatory must read the
 * terms to accept them.
 */
export function seesDeal(
  viewer: Viewer | null,
  d: { status: string; sectorBodyId: string; vendorId: string },
): boolean {
  return d.status !== 'DRAFT' || isMember(viewer, d.sectorBodyId) || isMember(viewer, d.vendorId);
}

/** The SQL form of seesDeal on alias `d`, with :memberOf bound. */
export const DEAL_VISIBLE_SQL = `(d.status <> 'DRAFT' OR d.sector_body_id = ANY(:memberOf::uuid[]) OR d.vendor_id = ANY(:memberOf::uuid[]))`;

/** The seal key of a tender's offers in the audit trail. */
export const offerSealKey = (tenderId: string) => `tender:${tenderId}`;
