// People, memberships, invitations and API tokens: every use case one transaction
// that writes its audit event with the change.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { message, OrganisationKind, Role, ROLES_BY_KIND } from '@regie/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessTokensService, SIGN_IN_MAX_SECONDS } from '../auth/access-tokens.service';
import { LoginThrottle } from '../auth/login-throttle';
import { authorize } from '../auth/permissions';
import { newSecret, sha256 } from '../auth/secrets';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import {
  AppError,
  conflict,
  ErrorCode,
  forbidden,
  invalidField,
  notFound,
  unauthenticated,
} from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess, SYSTEM } from '../data-access';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import { ApiTokenEntity } from './api-token.entity';
import type {
  AcceptInvitationInput,
  CreateApiTokenInput,
  InviteMemberInput,
  SetMemberRolesInput,
  UpdateMeInput,
} from './identity.inputs';
import {
  ApiToken,
  ApiTokenPayload,
  AuthPayload,
  Invitation,
  Member,
  Membership,
  User,
} from './identity.types';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { hashPassword, verifyPassword } from './passwords';
import { UserEntity } from './user.entity';

export const INVITATION_DAYS = 14;

/** The role that administers an organisation of this kind. */
function adminRole(kind: OrganisationKind): Role {
  return kind === OrganisationKind.PLATFORM ? Role.PLATFORM_ADMIN : Role.ADMIN;
}

export function checkRolesFit(kind: OrganisationKind, roles: readonly Role[], field: string): void {
  const allowed = ROLES_BY_KIND[kind];
  const wrong = roles.findIndex((r) => !allowed.includes(r));
  if (wrong >= 0)
    throw invalidField(`${field}.${wrong}`, 'field.roleForKind', { allowed: allowed.join(', ') });
}

@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokensService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // ------------------------------------------------------------ sign-in

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

  // ------------------------------------------------------------ members

  async members(viewer: Viewer, organisationId: string): Promise<Member[]> {
    authorize(viewer, 'members', organisationId);
    const rows = await this.da
      .visible(viewer, MembershipEntity, 'm')
      .innerJoinAndSelect('m.user', 'u')
      .andWhere('m.organisation_id = :organisationId', { organisationId })
      .orderBy('m.created_at', 'ASC')
      .getMany();
    return rows.map((m) => ({
      person: { id: m.userId, name: m.user!.name },
      email: m.user!.email,
      roles: m.roles,
      joinedAt: m.createdAt,
    }));
  }

  setMemberRoles(viewer: Viewer, input: SetMemberRolesInput): Promise<Membership> {
    authorize(viewer, 'setMemberRoles', input.organisationId);
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.organisationOrNotFound(em, input.organisationId);
      checkRolesFit(organisation.kind, input.roles, 'input.roles');
      const membership = await this.lockMembership(em, input.organisationId, input.userId);
      const before = [...membership.roles];
      const roles = [...new Set(input.roles)];
      await this.keepAnAdmin(em, organisation, membership, roles);
      membership.roles = roles;
      await this.da.writer(MembershipEntity, em).save(membership);
      await this.audit.record(em, {
        viewer,
        organisationId: organisation.id,
        partyIds: [organisation.id],
        action: 'membership.rolesChanged',
        entityType: 'Membership',
        entityId: membership.userId,
        before: { roles: before },
        after: { roles },
      });
      return { organisation: Organisation.from(organisation), roles };
    });
  }

  removeMember(viewer: Viewer, organisationId: string, userId: string): Promise<boolean> {
    authorize(viewer, 'removeMember', organisationId);
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.organisationOrNotFound(em, organisationId);
      const membership = await this.lockMembership(em, organisationId, userId);
      await this.keepAnAdmin(em, organisation, membership, []);
      await this.da.writer(MembershipEntity, em).delete({ organisationId, userId });
      await this.audit.record(em, {
        viewer,
        organisationId,
        partyIds: [organisationId],
        action: 'membership.removed',
        entityType: 'Membership',
        entityId: userId,
        before: { roles: membership.roles },
      });
      return true;
    });
  }

  private async lockMembership(
    em: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<MembershipEntity> {
    if (!isUuid(userId)) throw notFound();
    // Every membership of the organisation is locked, so that two admins demoting each
    // other at once cannot leave it without one.
    // The caller was authorised for the organisation: all its members are in play.
    const rows = await this.da
      .visible(SYSTEM, MembershipEntity, 'm', em)
      .andWhere('m.organisation_id = :organisationId', { organisationId })
      .setLock('pessimistic_write')
      .getMany();
    const membership = rows.find((m) => m.userId === userId);
    if (!membership) throw notFound();
    return membership;
  }

  private async keepAnAdmin(
    em: EntityManager,
    organisation: OrganisationEntity,
    membership: MembershipEntity,
    newRoles: readonly Role[],
  ): Promise<void> {
    const admin = adminRole(organisation.kind);
    if (!membership.roles.includes(admin) || newRoles.includes(admin)) return;
    const others = await this.da
      .visible(SYSTEM, MembershipEntity, 'm', em)
      .andWhere('m.organisation_id = :id AND m.user_id <> :user AND :admin = ANY(m.roles)', {
        id: organisation.id,
        user: membership.userId,
        admin,
      })
      .getCount();
    if (others === 0)
      throw new AppError(ErrorCode.CONFLICT, 'member.lastAdmin', {}, 'INVALID_TRANSITION');
  }

  // ------------------------------------------------------------ invitations

  async invitations(viewer: Viewer, organisationId: string): Promise<Invitation[]> {
    authorize(viewer, 'invitations', organisationId);
    const rows = await this.da
      .visible(viewer, InvitationEntity, 'i')
      .innerJoinAndSelect('i.organisation', 'o')
      .andWhere('i.organisation_id = :organisationId', { organisationId })
      .orderBy('i.created_at', 'DESC')
      .getMany();
    return rows.map((row) => this.toInvitation(row, null));
  }

  inviteMember(viewer: Viewer, input: InviteMemberInput): Promise<Invitation> {
    authorize(viewer, 'inviteMember', input.organisationId);
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.organisationOrNotFound(em, input.organisationId);
      checkRolesFit(organisation.kind, input.roles, 'input.roles');
      const email = input.email.trim().toLowerCase();
      const existing = await this.da
        .visible(SYSTEM, MembershipEntity, 'm', em)
        .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
        .andWhere('m.organisation_id = :org AND u.email = :email', { org: organisation.id, email })
        .getCount();
      if (existing > 0) throw conflict('ALREADY_EXISTS');
      const token = newSecret('regie_inv');
      const row = await this.da.writer(InvitationEntity, em).save(
        em.create(InvitationEntity, {
          organisationId: organisation.id,
          email,
          roles: [...new Set(input.roles)],
          tokenHash: sha256(token),
          invitedById: viewer.userId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        }),
      );
      row.organisation = organisation;
      await this.audit.record(em, {
        viewer,
        organisationId: organisation.id,
        partyIds: [organisation.id],
        action: 'invitation.created',
        entityType: 'Invitation',
        entityId: row.id,
        after: { email, roles: row.roles, expiresAt: row.expiresAt },
      });
      await this.sendInvitation(em, viewer, row, token);
      return this.toInvitation(row, token);
    });
  }

  revokeInvitation(viewer: Viewer, id: string): Promise<Invitation> {
    return this.dataSource.transaction(async (em) => {
      // Another organisation's invitation does not exist for this caller.
      const row = await this.da.one(viewer, InvitationEntity, id, em);
      if (!row) throw notFound();
      authorize(viewer, 'revokeInvitation', row.organisationId);
      const changed = await this.da
        .writer(InvitationEntity, em)
        .updateQuery()
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id })
        .execute();
      if (!changed.affected) throw conflict('INVALID_TRANSITION');
      const revoked = await this.da
        .visible(viewer, InvitationEntity, 'i', em)
        .innerJoinAndSelect('i.organisation', 'o')
        .andWhere('i.id = :id', { id })
        .getOneOrFail();
      await this.audit.record(em, {
        viewer,
        organisationId: row.organisationId,
        partyIds: [row.organisationId],
        action: 'invitation.revoked',
        entityType: 'Invitation',
        entityId: id,
      });
      return this.toInvitation(revoked, null);
    });
  }

  acceptInvitation(viewer: Viewer | null, input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.dataSource.transaction(async (em) => {
      // The token is the authority here: whoever holds it may take up the invitation.
      const row = await this.da
        .visible(SYSTEM, InvitationEntity, 'i', em)
        .innerJoinAndSelect('i.organisation', 'o')
        .andWhere('i.token_hash = :tokenHash', { tokenHash: sha256(input.token) })
        .getOne();
      if (!row) throw invalidField('input.token', 'invitation.unknown');
      if (row.acceptedAt) throw invalidField('input.token', 'invitation.used');
      if (row.revokedAt) throw invalidField('input.token', 'invitation.revoked');
      if (row.expiresAt.getTime() <= Date.now())
        throw invalidField('input.token', 'invitation.expired');

      const users = em.getRepository(UserEntity);
      let user = await users.findOneBy({ email: row.email });
      if (viewer?.userId) {
        if (!user || user.id !== viewer.userId) throw forbidden();
      } else if (user) {
        throw invalidField('input.token', 'invitation.signInFirst');
      } else {
        if (!input.name?.trim()) throw invalidField('input.name', 'field.required');
        if (!input.password) throw invalidField('input.password', 'field.required');
        user = await users.save(
          users.create({
            email: row.email,
            name: input.name.trim(),
            passwordHash: await hashPassword(input.password),
          }),
        );
      }

      // Single use, also when two requests race: only one update finds it open.
      const taken = await this.da
        .writer(InvitationEntity, em)
        .updateQuery()
        .set({ acceptedAt: () => 'now()' })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id: row.id })
        .execute();
      if (!taken.affected) throw invalidField('input.token', 'invitation.used');

      const current = await this.da
        .visible(SYSTEM, MembershipEntity, 'm', em)
        .andWhere('m.organisation_id = :org AND m.user_id = :user', {
          org: row.organisationId,
          user: user.id,
        })
        .getOne();
      const roles = [...new Set([...(current?.roles ?? []), ...row.roles])];
      await this.da.writer(MembershipEntity, em).save(
        em.create(MembershipEntity, {
          organisationId: row.organisationId,
          userId: user.id,
          roles,
        }),
      );
      await this.audit.record(em, {
        viewer: viewer ?? {
          kind: 'user',
          userId: user.id,
          apiTokenId: null,
          name: user.name,
          locale: user.locale,
          memberships: [],
        },
        organisationId: row.organisationId,
        partyIds: [row.organisationId],
        action: 'invitation.accepted',
        entityType: 'Membership',
        entityId: user.id,
        before: current ? { roles: current.roles } : undefined,
        after: { roles },
      });
      await this.notifications.notifyOrganisationRoles(
        em,
        [row.organisationId],
        [adminRole(row.organisation!.kind)],
        {
          kind: 'MEMBER_JOINED',
          message: {
            key: 'notification.memberJoined',
            params: {
              name: user.name,
              email: user.email,
              organisation: row.organisation!.name,
              roles: roles.join(', '),
            },
          },
          link: `/organisations/${row.organisationId}/members`,
        },
        { except: [user.id] },
      );
      return this.authPayload(em, user);
    });
  }

  /**
   * E-mails the token link through the outbox, in the invitee's language when they
   * have an account, else in the inviter's. The link carries the token after `#`,
   * so that it never reaches a server log or a Referer header.
   */
  private async sendInvitation(
    em: EntityManager,
    viewer: Viewer,
    row: InvitationEntity,
    token: string,
  ): Promise<void> {
    const invitee = await em.findOneBy(UserEntity, { email: row.email });
    const locale = invitee?.locale ?? viewer.locale;
    const organisation = row.organisation!.name;
    await this.notifications.enqueueEmail(em, {
      kind: 'INVITATION',
      to: row.email,
      locale,
      subject: message('email.invitation.subject', locale, { organisation }),
      text: message('email.invitation.body', locale, {
        inviter: viewer.name,
        organisation,
        roles: row.roles.join(', '),
        expiresOn: formatDate(row.expiresAt, locale),
        url: this.notifications.absoluteUrl(
          `/invitations/accept#${new URLSearchParams({ token })}`,
        ),
      }),
    });
  }

  // ------------------------------------------------------------ API tokens

  async apiTokens(viewer: Viewer, organisationId: string): Promise<ApiToken[]> {
    authorize(viewer, 'apiTokens', organisationId);
    const rows = await this.da
      .visible(viewer, ApiTokenEntity, 't')
      .innerJoinAndSelect('t.organisation', 'o')
      .andWhere('t.organisation_id = :organisationId', { organisationId })
      .orderBy('t.created_at', 'DESC')
      .getMany();
    return rows.map((r) => this.toApiToken(r));
  }

  createApiToken(viewer: Viewer, input: CreateApiTokenInput): Promise<ApiTokenPayload> {
    authorize(viewer, 'createApiToken', input.organisationId);
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.organisationOrNotFound(em, input.organisationId);
      const token = newSecret('regie_api');
      const row = await this.da.writer(ApiTokenEntity, em).save(
        em.create(ApiTokenEntity, {
          organisationId: organisation.id,
          name: input.name.trim(),
          tokenHash: sha256(token),
          createdById: viewer.userId,
        }),
      );
      row.organisation = organisation;
      await this.audit.record(em, {
        viewer,
        organisationId: organisation.id,
        partyIds: [organisation.id],
        action: 'apiToken.created',
        entityType: 'ApiToken',
        entityId: row.id,
        after: { name: row.name },
      });
      return { token, apiToken: this.toApiToken(row) };
    });
  }

  revokeApiToken(viewer: Viewer, id: string): Promise<ApiToken> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.da.one(viewer, ApiTokenEntity, id, em);
      if (!row) throw notFound();
      authorize(viewer, 'revokeApiToken', row.organisationId);
      if (!row.revokedAt) {
        await this.da
          .writer(ApiTokenEntity, em)
          .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
        await this.audit.record(em, {
          viewer,
          organisationId: row.organisationId,
          partyIds: [row.organisationId],
          action: 'apiToken.revoked',
          entityType: 'ApiToken',
          entityId: id,
        });
      }
      const revoked = await this.da
        .visible(viewer, ApiTokenEntity, 't', em)
        .innerJoinAndSelect('t.organisation', 'o')
        .andWhere('t.id = :id', { id })
        .getOneOrFail();
      return this.toApiToken(revoked);
    });
  }

  // ------------------------------------------------------------ mapping

  private async organisationOrNotFound(em: EntityManager, id: string): Promise<OrganisationEntity> {
    const row = isUuid(id) ? await em.findOneBy(OrganisationEntity, { id }) : null;
    if (!row) throw notFound();
    return row;
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

  private toInvitation(row: InvitationEntity, token: string | null): Invitation {
    return {
      id: row.id,
      email: row.email,
      organisation: Organisation.from(row.organisation!),
      roles: row.roles,
      token,
      expiresAt: row.expiresAt,
      acceptedAt: row.acceptedAt,
      revokedAt: row.revokedAt,
    };
  }

  private toApiToken(row: ApiTokenEntity): ApiToken {
    return {
      id: row.id,
      name: row.name,
      organisation: Organisation.from(row.organisation!),
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      revokedAt: row.revokedAt,
    };
  }
}
