// Which actions to offer, mirroring DOMAIN.md's operation × role table (the API's
// auth/permissions.ts) for the operations this admin uses. The API decides; this only keeps
// buttons away from people whose roles would be refused. Later screens add their operations.
import { OrganisationKind as K, Role as R } from '@regie/domain';
import type { CurrentUserFragment } from '@regie/graphql-client';

type Grants = Partial<Record<K, readonly R[]>>;

interface Rule {
  /** Roles by the kind of the organisation acted for. */
  readonly grants: Grants;
  /** Whether a platform admin may do it for any organisation. */
  readonly platformAdmin: boolean;
  /** Whether any member may (members, invitations). */
  readonly anyMember?: boolean;
}

const anyAdmin: Grants = { BOARD: [R.ADMIN], VENDOR: [R.ADMIN], SECTOR_BODY: [R.ADMIN] };
const organisationAdmin: Rule = { grants: anyAdmin, platformAdmin: true };

const RULES = {
  createOrganisation: { grants: { PLATFORM: [R.PLATFORM_ADMIN] }, platformAdmin: true },
  updateOrganisation: organisationAdmin,
  members: { grants: {}, platformAdmin: true, anyMember: true },
  invitations: { grants: {}, platformAdmin: true, anyMember: true },
  inviteMember: organisationAdmin,
  revokeInvitation: organisationAdmin,
  setMemberRoles: organisationAdmin,
  removeMember: organisationAdmin,
  apiTokens: organisationAdmin,
  createApiToken: organisationAdmin,
  revokeApiToken: organisationAdmin,
  auditEvents: {
    grants: { BOARD: [R.ADMIN, R.PRIVACY_OFFICER], VENDOR: [R.ADMIN], SECTOR_BODY: [R.ADMIN] },
    platformAdmin: true,
  },
  verifyAuditChain: { grants: { PLATFORM: [R.PLATFORM_ADMIN] }, platformAdmin: true },
} satisfies Record<string, Rule>;

export type Operation = keyof typeof RULES;

type Viewer = Pick<CurrentUserFragment, 'memberships'> | null | undefined;

export function isPlatformAdmin(viewer: Viewer): boolean {
  return (
    viewer?.memberships.some(
      (m) => m.organisation.kind === K.PLATFORM && m.roles.includes(R.PLATFORM_ADMIN),
    ) ?? false
  );
}

/** Whether the viewer may do `operation` for the organisation (null: for none in particular). */
export function may(viewer: Viewer, operation: Operation, organisationId: string | null): boolean {
  const rule: Rule = RULES[operation];
  if (!viewer) return false;
  if (rule.platformAdmin && isPlatformAdmin(viewer)) return true;
  const memberships =
    organisationId === null
      ? viewer.memberships
      : viewer.memberships.filter((m) => m.organisation.id === organisationId);
  return memberships.some(
    (m) =>
      rule.anyMember ||
      (rule.grants[m.organisation.kind as K] ?? []).some((role) => m.roles.includes(role)),
  );
}
