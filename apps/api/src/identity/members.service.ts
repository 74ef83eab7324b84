// An organisation's members and their roles; an organisation never loses its last ADMIN.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { AuditService } from '../audit/audit.service';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess, SYSTEM } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import type { SetMemberRolesInput } from './identity.inputs';
import { Member, Membership } from './identity.types';
import { MembershipEntity } from './membership.entity';
import { adminRole, checkRolesFit, organisationOrNotFound } from './identity-rules';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly da: DataAccess,
    private readonly viewers: ViewerService,
  ) {}

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

  async setMemberRoles(viewer: Viewer, input: SetMemberRolesInput): Promise<Membership> {
    authorize(viewer, 'setMemberRoles', input.organisationId);
    const changed = await this.dataSource.transaction(async (em) => {
      const organisation = await organisationOrNotFound(em, input.organisationId);
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
    this.viewers.forget(input.userId);
    return changed;
  }

  async removeMember(viewer: Viewer, organisationId: string, userId: string): Promise<boolean> {
    authorize(viewer, 'removeMember', organisationId);
    const removed = await this.dataSource.transaction(async (em) => {
      const organisation = await organisationOrNotFound(em, organisationId);
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
    this.viewers.forget(userId);
    return removed;
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
}
