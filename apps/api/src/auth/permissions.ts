// Enforcing DOMAIN.md's operation × role table (libs/domain permissions.ts). The guard denies
// any root field that the table does not name; services call `authorize` with the
// organisation an operation acts for.
import { PERMISSIONS, type Operation, type Rule } from '@regie/domain';
import { forbidden } from '../common/errors/app-error';
import { hasRoleIn, isPlatformAdmin, membershipIn, type Viewer } from './viewer';

export { PERMISSIONS, type Operation, type Rule };

export function ruleFor(operation: string): Rule | undefined {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, operation)
    ? (PERMISSIONS as Record<string, Rule>)[operation]
    : undefined;
}

/**
 * The coarse check the guard makes before any resolver runs: could this viewer do
 * the operation for some organisation at all?
 */
export function mayAttempt(viewer: Viewer | null, rule: Rule): boolean {
  switch (rule.access) {
    case 'public':
      return true;
    case 'signedIn':
      return viewer !== null;
    case 'self':
      return viewer?.kind === 'user';
    case 'member':
      return (
        viewer !== null &&
        (viewer.memberships.length > 0 || (rule.platformAdmin && isPlatformAdmin(viewer)))
      );
    case 'roles':
      if (!viewer) return false;
      if (rule.platformAdmin && isPlatformAdmin(viewer)) return true;
      return viewer.memberships.some((m) =>
        rule.grants.some((g) => g.kind === m.kind && g.roles.some((r) => m.roles.includes(r))),
      );
  }
}

/** Whether the viewer may do `operation` for `organisationId` (the table, applied exactly). */
export function may(viewer: Viewer | null, operation: Operation, organisationId: string): boolean {
  const rule: Rule = PERMISSIONS[operation];
  switch (rule.access) {
    case 'member':
      return (
        membershipIn(viewer, organisationId) !== undefined ||
        (rule.platformAdmin && isPlatformAdmin(viewer))
      );
    case 'roles': {
      if (rule.platformAdmin && isPlatformAdmin(viewer)) return true;
      const membership = membershipIn(viewer, organisationId);
      if (!membership) return false;
      return rule.grants.some(
        (g) => g.kind === membership.kind && hasRoleIn(viewer, organisationId, g.roles),
      );
    }
    default:
      // public, signedIn and self do not depend on the organisation.
      return mayAttempt(viewer, rule);
  }
}

/** Throws FORBIDDEN unless the viewer may do `operation` for `organisationId`. */
export function authorize(
  viewer: Viewer | null,
  operation: Operation,
  organisationId: string,
): void {
  if (!may(viewer, operation, organisationId)) throw forbidden();
}
