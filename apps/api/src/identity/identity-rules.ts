// What the identity use cases share: which roles fit an organisation, and finding the
// organisation a step names.
import { OrganisationKind, Role, ROLES_BY_KIND } from '@regie/domain';
import { EntityManager } from 'typeorm';
import { invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { OrganisationEntity } from '../organisations/organisation.entity';

export const INVITATION_DAYS = 14;

/** The role that administers an organisation of this kind. */
export function adminRole(kind: OrganisationKind): Role {
  return kind === OrganisationKind.PLATFORM ? Role.PLATFORM_ADMIN : Role.ADMIN;
}

export function checkRolesFit(kind: OrganisationKind, roles: readonly Role[], field: string): void {
  const allowed = ROLES_BY_KIND[kind];
  const wrong = roles.findIndex((r) => !allowed.includes(r));
  if (wrong >= 0) throw invalidField(`${field}.${wrong}`, 'field.roleForKind', { kind });
}

/** The organisation an administrative step names; NOT_FOUND when there is none. */
export async function organisationOrNotFound(
  em: EntityManager,
  id: string,
): Promise<OrganisationEntity> {
  const row = isUuid(id) ? await em.findOneBy(OrganisationEntity, { id }) : null;
  if (!row) throw notFound();
  return row;
}
