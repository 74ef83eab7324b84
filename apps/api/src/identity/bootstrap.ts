// On start: make sure the platform admin of REGIE_BOOTSTRAP_ADMIN_EMAIL/PASSWORD
// exists (a new installation's first operator), with the platform organisation.
import { writerIn } from '../data-access';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { MembershipEntity } from './membership.entity';
import { hashPassword } from './passwords';
import { UserEntity } from './user.entity';

export async function ensureBootstrapAdmin(
  dataSource: DataSource,
  admin: { email: string; password: string },
): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    if (await em.existsBy(UserEntity, { email: admin.email })) return false;
    const platform =
      (await em.findOneBy(OrganisationEntity, { kind: OrganisationKind.PLATFORM })) ??
      (await em.save(
        em.create(OrganisationEntity, { kind: OrganisationKind.PLATFORM, name: 'Regie' }),
      ));
    const user = await em.save(
      em.create(UserEntity, {
        email: admin.email,
        name: 'Platform admin',
        passwordHash: await hashPassword(admin.password),
      }),
    );
    await writerIn(em, MembershipEntity).insert({
      userId: user.id,
      organisationId: platform.id,
      roles: [Role.PLATFORM_ADMIN],
    });
    return true;
  });
}
