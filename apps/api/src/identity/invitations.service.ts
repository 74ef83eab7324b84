// Invitations: an ADMIN invites by e-mail; the token link, used once, makes a membership.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { enumLabelList, type Locale, message } from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../auth/permissions';
import { newSecret, sha256 } from '../auth/secrets';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { SignInService } from './sign-in.service';
import { DataAccess, SYSTEM } from '../data-access';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import { Organisation } from '../organisations/organisation.types';
import type { AcceptInvitationInput, InviteMemberInput } from './identity.inputs';
import { AuthPayload, Invitation } from './identity.types';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { hashPassword } from './passwords';
import { UserEntity } from './user.entity';
import { adminRole, checkRolesFit, organisationOrNotFound } from './identity-rules';

export const INVITATION_DAYS = 14;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly signIn: SignInService,
    private readonly da: DataAccess,
  ) {}

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
      const organisation = await organisationOrNotFound(em, input.organisationId);
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
            params: (locale: Locale) => ({
              name: user.name,
              email: user.email,
              organisation: row.organisation!.name,
              roles: enumLabelList('role', roles, locale),
              roleCount: roles.length,
            }),
          },
          link: `/organisations/${row.organisationId}/members`,
        },
        { except: [user.id] },
      );
      return this.signIn.authPayload(em, user);
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
        roles: enumLabelList('role', row.roles, locale),
        roleCount: row.roles.length,
        expiresOn: formatDate(row.expiresAt, locale),
        url: this.notifications.absoluteUrl(
          `/invitations/accept#${new URLSearchParams({ token })}`,
        ),
      }),
    });
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
}
