// Who is calling: a signed-in person (JWT access token) or an organisation's API
// token. Resolved once per request by the auth guard and kept in the GraphQL context.
import { Locale, OrganisationKind, Role } from '@regie/domain';

export interface ViewerMembership {
  readonly organisationId: string;
  readonly kind: OrganisationKind;
  readonly roles: readonly Role[];
}

export interface Viewer {
  readonly kind: 'user' | 'apiToken';
  /** The person; null for an API token. */
  readonly userId: string | null;
  /** The API token; null for a person. */
  readonly apiTokenId: string | null;
  readonly name: string;
  readonly locale: Locale;
  /**
   * A person's memberships. An API token has exactly one, its organisation's, with
   * the roles VIEWER: it reads what its organisation may read and changes nothing.
   */
  readonly memberships: readonly ViewerMembership[];
}

export function isPlatformAdmin(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.memberships.some((m) => m.roles.includes(Role.PLATFORM_ADMIN));
}

export function membershipIn(
  viewer: Viewer | null | undefined,
  organisationId: string,
): ViewerMembership | undefined {
  return viewer?.memberships.find((m) => m.organisationId === organisationId);
}

export function isMemberOf(viewer: Viewer | null | undefined, organisationId: string): boolean {
  return membershipIn(viewer, organisationId) !== undefined;
}

export function hasRoleIn(
  viewer: Viewer | null | undefined,
  organisationId: string,
  roles: readonly Role[],
): boolean {
  const membership = membershipIn(viewer, organisationId);
  return !!membership && membership.roles.some((r) => roles.includes(r));
}

/** The organisations in which the viewer holds one of `roles`. */
export function organisationsWithRole(
  viewer: Viewer | null | undefined,
  roles: readonly Role[],
): string[] {
  return (viewer?.memberships ?? [])
    .filter((m) => m.roles.some((r) => roles.includes(r)))
    .map((m) => m.organisationId);
}
