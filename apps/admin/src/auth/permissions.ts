// Which actions to offer: DOMAIN.md's operation × role table from libs/domain, the same table
// the API enforces. The API decides; this only keeps buttons away from people whose roles
// would be refused.
import {
  OrganisationKind as K,
  PERMISSIONS,
  Role as R,
  type Operation,
  type Rule,
} from '@regie/domain';
import type { CurrentUserFragment } from '@regie/graphql-client';

export type { Operation };

type Viewer = Pick<CurrentUserFragment, 'memberships'> | null | undefined;

export function isPlatformAdmin(viewer: Viewer): boolean {
  return (
    viewer?.memberships.some(
      (m) => m.organisation.kind === K.PLATFORM && m.roles.includes(R.PLATFORM_ADMIN),
    ) ?? false
  );
}

/**
 * Whether the viewer may do `operation` for the organisation (null: for any organisation of
 * theirs). A person is never an API token, so `self` operations are theirs.
 */
export function may(viewer: Viewer, operation: Operation, organisationId: string | null): boolean {
  if (!viewer) return false;
  const rule: Rule = PERMISSIONS[operation];
  if (rule.access === 'public' || rule.access === 'signedIn' || rule.access === 'self') return true;
  if (rule.platformAdmin && isPlatformAdmin(viewer)) return true;
  const memberships =
    organisationId === null
      ? viewer.memberships
      : viewer.memberships.filter((m) => m.organisation.id === organisationId);
  return memberships.some(
    (m) =>
      rule.access === 'member' ||
      rule.grants.some(
        (g) => g.kind === m.organisation.kind && g.roles.some((role) => m.roles.includes(role)),
      ),
  );
}
