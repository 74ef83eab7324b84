// How a viewer may read an attestation's document (DOMAIN.md), as pure functions of
// the viewer. Whether it sees the attestation at all is its visibility rule
// (data-access/rules/attestations.rules.ts); this decides, for one it sees:
// - PUBLIC and SECTOR documents: whoever sees the attestation (SECTOR: boards, sector
//   bodies, the platform admin, who reads what they read).
// - A RESTRICTED document: the vendor itself, organisations whose request the vendor
//   granted, and sector bodies' REVIEWERs; never the platform admin as such.
// A vendor always reads its own. Access is the union over the viewer's memberships.
import { OrganisationKind, Role, Visibility } from '@regie/domain';
import { isPlatformAdmin, type Viewer } from '../auth/viewer';

export interface AttestationAudience {
  /** Every organisation the viewer is a member of (or the API token's). */
  readonly memberOf: readonly string[];
  /** Sees SECTOR attestations of every vendor. */
  readonly seesSector: boolean;
  /** The sector bodies in which the viewer is a REVIEWER (reads RESTRICTED documents). */
  readonly reviewerFor: readonly string[];
}

export function audienceOf(viewer: Viewer): AttestationAudience {
  return {
    memberOf: viewer.memberships.map((m) => m.organisationId),
    seesSector:
      isPlatformAdmin(viewer) ||
      viewer.memberships.some(
        (m) => m.kind === OrganisationKind.BOARD || m.kind === OrganisationKind.SECTOR_BODY,
      ),
    reviewerFor: viewer.memberships
      .filter((m) => m.kind === OrganisationKind.SECTOR_BODY && m.roles.includes(Role.REVIEWER))
      .map((m) => m.organisationId),
  };
}

interface Shown {
  readonly vendorId: string;
  readonly visibility: Visibility;
}

/** How the viewer may read the document, and for which organisation; null: not at all. */
export type DocumentAccess =
  | { readonly via: 'vendor' | 'grant' | 'reviewer'; readonly organisationId: string }
  | { readonly via: 'open'; readonly organisationId: null };

/**
 * `grantedTo`: the viewer's organisation holding a GRANTED request for this
 * attestation, if any (looked up by the caller; only RESTRICTED ones need it).
 */
export function documentAccess(
  audience: AttestationAudience,
  a: Shown,
  grantedTo: string | null,
): DocumentAccess | null {
  if (audience.memberOf.includes(a.vendorId)) return { via: 'vendor', organisationId: a.vendorId };
  switch (a.visibility) {
    case Visibility.PUBLIC:
      return { via: 'open', organisationId: null };
    case Visibility.SECTOR:
      return audience.seesSector ? { via: 'open', organisationId: null } : null;
    case Visibility.RESTRICTED:
      if (grantedTo) return { via: 'grant', organisationId: grantedTo };
      if (audience.reviewerFor.length > 0)
        return { via: 'reviewer', organisationId: audience.reviewerFor[0] };
      return null;
  }
}
