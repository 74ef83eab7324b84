// Factories for tests: organisations and signed-in people, made directly in the
// test's own database (each test file has its own), with real access tokens.
import { randomUUID } from 'node:crypto';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { MembershipEntity } from '../../apps/api/src/identity/membership.entity';
import { hashPassword } from '../../apps/api/src/identity/passwords';
import { UserEntity } from '../../apps/api/src/identity/user.entity';
import { OrganisationEntity } from '../../apps/api/src/organisations/organisation.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

let boardNumber = 60000;

export async function createOrganisation(
  app: TestApp,
  input: Partial<OrganisationEntity> & { kind: OrganisationKind; name?: string },
): Promise<string> {
  const repo = app.running.app.get(DataSource).getRepository(OrganisationEntity);
  const row = await repo.save(
    repo.create({
      name: `${input.kind} ${randomUUID().slice(0, 8)}`,
      ...(input.kind === OrganisationKind.BOARD ? { boardNumber: String(++boardNumber) } : {}),
      ...input,
    }),
  );
  return row.id;
}

/** A person with one membership, and an access token for them. */
export async function signUp(
  app: TestApp,
  input: { organisationId: string; roles: Role[]; email?: string; name?: string },
): Promise<{ userId: string; email: string; token: string }> {
  const ds = app.running.app.get(DataSource);
  const email = input.email ?? `person-${randomUUID().slice(0, 8)}@example.nl`;
  const user = await ds.getRepository(UserEntity).save(
    ds.getRepository(UserEntity).create({
      email,
      name: input.name ?? `Test ${input.roles.join(' ')}`,
      passwordHash: await hashPassword(TEST_PASSWORD),
    }),
  );
  await ds
    .getRepository(MembershipEntity)
    .save({ userId: user.id, organisationId: input.organisationId, roles: input.roles });
  const { accessToken } = await app.running.app.get(AccessTokensService).issue(user.id);
  return { userId: user.id, email, token: accessToken };
}
