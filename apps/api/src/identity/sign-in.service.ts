// Signing in and the person's own profile: login, renewing a sign-in, me, updateMe.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessTokensService, SIGN_IN_MAX_SECONDS } from '../auth/access-tokens.service';
import { LoginThrottle } from '../auth/login-throttle';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { unauthenticated } from '../common/errors/app-error';
import { DataAccess, SYSTEM } from '../data-access';
import { Organisation } from '../organisations/organisation.types';
import type { UpdateMeInput } from './identity.inputs';
import { AuthPayload, User } from './identity.types';
import { MembershipEntity } from './membership.entity';
import { verifyPassword } from './passwords';
import { UserEntity } from './user.entity';

@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokensService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly da: DataAccess,
  ) {}

  /** `address`: the caller's network address, for throttling. */
  async login(email: string, password: string, address: string): Promise<AuthPayload> {
    const normalised = email.trim().toLowerCase();
    // Counted whether or not the address exists, so a lockout reveals nothing either.
    await this.throttle.attempt(normalised, address);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normalised });
    // verifyPassword takes as long for an unknown address as for a wrong password.
    if (!(await verifyPassword(user?.passwordHash, password)) || !user) throw unauthenticated();
    await this.throttle.succeeded(normalised, address);
    return this.authPayload(this.dataSource.manager, user);
  }

  /**
   * A new token for the person of a valid access token, for the rest of the same sign-in:
   * UNAUTHENTICATED once SIGN_IN_MAX_SECONDS have passed since they signed in.
   */
  async refresh(accessToken: string | null): Promise<AuthPayload> {
    const facts = accessToken ? await this.accessTokens.read(accessToken) : null;
    if (!facts) throw unauthenticated();
    if (Date.now() / 1000 - facts.signedInAt >= SIGN_IN_MAX_SECONDS - 60) throw unauthenticated();
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: facts.userId });
    if (!user) throw unauthenticated();
    const { accessToken: renewed, expiresAt } = await this.accessTokens.issue(
      user.id,
      facts.signedInAt,
    );
    return {
      accessToken: renewed,
      expiresAt,
      user: await this.toUser(this.dataSource.manager, user),
    };
  }

  async authPayload(em: EntityManager, user: UserEntity): Promise<AuthPayload> {
    const { accessToken, expiresAt } = await this.accessTokens.issue(user.id);
    return { accessToken, expiresAt, user: await this.toUser(em, user) };
  }

  async me(viewer: Viewer | null): Promise<User | null> {
    if (!viewer?.userId) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: viewer.userId });
    return user ? this.toUser(this.dataSource.manager, user) : null;
  }

  updateMe(viewer: Viewer, input: UpdateMeInput): Promise<User> {
    return this.dataSource.transaction(async (em) => {
      const user = await em.findOneByOrFail(UserEntity, { id: viewer.userId! });
      const before = { name: user.name, locale: user.locale };
      if (input.name != null) user.name = input.name.trim();
      if (input.locale != null) user.locale = input.locale;
      await em.save(user);
      await this.audit.record(em, {
        viewer,
        organisationId: null,
        partyIds: [],
        action: 'user.updated',
        entityType: 'User',
        entityId: user.id,
        before,
        after: { name: user.name, locale: user.locale },
      });
      return this.toUser(em, user);
    });
  }

  async toUser(em: EntityManager, user: UserEntity): Promise<User> {
    // The person's own memberships, read as they sign in (before there is a viewer).
    const memberships = await this.da
      .visible(SYSTEM, MembershipEntity, 'm', em)
      .innerJoinAndSelect('m.organisation', 'o')
      .andWhere('m.user_id = :userId', { userId: user.id })
      .orderBy('m.created_at', 'ASC')
      .getMany();
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      memberships: memberships.map((m) => ({
        organisation: Organisation.from(m.organisation!),
        roles: m.roles,
      })),
    };
  }
}
