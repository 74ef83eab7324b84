// Incidents: a vendor reports one for some of its products, and Regie tells at once
// every board with an ACTIVE agreement on them. The fan-out is set-based inside the
// report's transaction (one INSERT … SELECT for the notices, one batched insert for
// the notifications and e-mails), so a thousand boards cost a handful of statements.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthorityDecision, IncidentStatus, Role } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess, SYSTEM } from '../data-access';
import { paginate, type Connection } from '../common/pagination';
import {
  NotificationsService,
  type NotificationMessageKey,
  type MessageParams,
} from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { insertNotices } from '../data-access/queries/incident-fanout.queries';
import { IncidentNoticeEntity } from './incident-notice.entity';
import { IncidentProductEntity } from './incident-product.entity';
import { IncidentUpdateEntity } from './incident-update.entity';
import { IncidentEntity } from './incident.entity';
import type {
  AcknowledgeIncidentInput,
  AddIncidentUpdateInput,
  RecordAuthorityDecisionInput,
  ReportIncidentInput,
} from './incident.inputs';
import { Incident, IncidentNotice } from './incident.types';
import { IncidentAuthorityRecordEntity } from './incident-authority-record.entity';
import { UserEntity } from '../identity/user.entity';

/** Who hears of an incident at an affected board. */
export const INCIDENT_RECIPIENT_ROLES = [Role.PRIVACY_OFFICER, Role.ADMIN] as const;

@Injectable()
export class IncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<Incident | null> {
    const row = await this.da.one(viewer, IncidentEntity, id);
    return row ? Incident.from(row) : null;
  }

  /** The incidents the viewer sees, newest report first. */
  async list(
    viewer: Viewer,
    args: { status?: IncidentStatus | null; first?: number | null; after?: string | null },
  ): Promise<Connection<Incident>> {
    const query = this.da.visible(viewer, IncidentEntity, 'i');
    if (args.status) query.andWhere('i.status = :status', { status: args.status });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'i.reported_at', type: 'timestamptz', of: (r) => r.reportedAt.toISOString() },
        { sql: 'i.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Incident.from,
    });
  }

  // ---------------------------------------------------------------- mutations

  report(viewer: Viewer, input: ReportIncidentInput): Promise<Incident> {
    authorize(viewer, 'reportIncident', input.vendorId);
    const vendorId = input.vendorId.toLowerCase();
    const productIds = [...new Set(input.productIds.map((id) => id.toLowerCase()))];
    const reportedAt = new Date();
    if (input.discoveredAt.getTime() > reportedAt.getTime())
      throw invalidField('input.discoveredAt', 'incident.discoveredInFuture');
    return this.dataSource.transaction(async (em) => {
      const products = await this.checkProducts(em, vendorId, input.productIds);
      const row = await this.da.writer(IncidentEntity, em).save(
        em.create(IncidentEntity, {
          vendorId,
          title: input.title.trim(),
          description: input.description.trim(),
          severity: input.severity,
          personalDataInvolved: input.personalDataInvolved,
          discoveredAt: input.discoveredAt,
          reportedAt,
          status: IncidentStatus.OPEN,
          resolvedAt: null,
          reportedById: viewer.userId,
        }),
      );
      await this.da
        .writer(IncidentProductEntity, em)
        .insert(productIds.map((productId) => ({ incidentId: row.id, productId })));
      const boardIds = await insertNotices(em, row.id, productIds, reportedAt);
      const vendor = await em.findOneByOrFail(OrganisationEntity, { id: vendorId });
      const productNames = products.map((p) => p.name).join(', ');
      await this.notifyAffected(em, row, 'INCIDENT_REPORTED', 'notification.incidentReported', {
        vendor: vendor.name,
        title: row.title,
        severity: row.severity,
        products: productNames,
        personalData: row.personalDataInvolved ? 'yes' : 'no',
      });
      const after = Incident.from(row);
      await this.audit.record(em, {
        viewer,
        organisationId: vendorId,
        partyIds: [vendorId, ...boardIds],
        action: 'incident.reported',
        entityType: 'Incident',
        entityId: row.id,
        after: { ...after, productIds, affectedBoardIds: boardIds },
      });
      return after;
    });
  }

  addUpdate(viewer: Viewer, input: AddIncidentUpdateInput): Promise<Incident> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(em, viewer, input.incidentId);
      authorize(viewer, 'addIncidentUpdate', row.vendorId);
      if (row.status !== IncidentStatus.OPEN) throw conflict('INVALID_TRANSITION');
      const update = await this.da.writer(IncidentUpdateEntity, em).save(
        em.create(IncidentUpdateEntity, {
          incidentId: row.id,
          authorId: viewer.userId,
          body: input.body.trim(),
        }),
      );
      const vendor = await em.findOneByOrFail(OrganisationEntity, { id: row.vendorId });
      await this.notifyAffected(em, row, 'INCIDENT_UPDATED', 'notification.incidentUpdated', {
        vendor: vendor.name,
        title: row.title,
        body: update.body,
      });
      await this.audit.record(em, {
        viewer,
        organisationId: row.vendorId,
        partyIds: [row.vendorId, ...(await this.affectedBoards(em, row.id))],
        action: 'incident.updated',
        entityType: 'Incident',
        entityId: row.id,
        after: { updateId: update.id, body: update.body },
      });
      return Incident.from(row);
    });
  }

  resolve(viewer: Viewer, id: string): Promise<Incident> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(em, viewer, id);
      authorize(viewer, 'resolveIncident', row.vendorId);
      if (row.status !== IncidentStatus.OPEN) throw conflict('INVALID_TRANSITION');
      const before = Incident.from(row);
      row.status = IncidentStatus.RESOLVED;
      row.resolvedAt = new Date();
      const after = Incident.from(await this.da.writer(IncidentEntity, em).save(row));
      const vendor = await em.findOneByOrFail(OrganisationEntity, { id: row.vendorId });
      await this.notifyAffected(em, row, 'INCIDENT_RESOLVED', 'notification.incidentResolved', {
        vendor: vendor.name,
        title: row.title,
      });
      await this.audit.record(em, {
        viewer,
        organisationId: row.vendorId,
        partyIds: [row.vendorId, ...(await this.affectedBoards(em, row.id))],
        action: 'incident.resolved',
        entityType: 'Incident',
        entityId: row.id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * The board's privacy officer confirms the board has taken note. The first
   * acknowledgement stands: the time it took is what is accounted for.
   */
  acknowledge(viewer: Viewer, input: AcknowledgeIncidentInput): Promise<Incident> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(em, viewer, input.incidentId);
      if (!isUuid(input.boardId)) throw notFound();
      const boardId = input.boardId.toLowerCase();
      authorize(viewer, 'acknowledgeIncident', boardId);
      const notice = await this.da
        .visible(viewer, IncidentNoticeEntity, 'n', em)
        .andWhere('n.incident_id = :incidentId AND n.board_id = :boardId', {
          incidentId: row.id,
          boardId,
        })
        .setLock('pessimistic_write')
        .getOne();
      if (!notice) throw notFound();
      if (notice.acknowledgedAt) throw conflict('ALREADY_EXISTS');
      notice.acknowledgedAt = new Date();
      notice.acknowledgedById = viewer.userId;
      await this.da.writer(IncidentNoticeEntity, em).save(notice);
      await this.audit.record(em, {
        viewer,
        organisationId: boardId,
        partyIds: [row.vendorId, boardId],
        action: 'incident.acknowledged',
        entityType: 'Incident',
        entityId: row.id,
        after: {
          boardId,
          notifiedAt: notice.notifiedAt.toISOString(),
          acknowledgedAt: notice.acknowledgedAt.toISOString(),
          secondsToAcknowledge: Math.round(
            (notice.acknowledgedAt.getTime() - notice.notifiedAt.getTime()) / 1000,
          ),
        },
      });
      return Incident.from(row);
    });
  }

  /**
   * The board's privacy officer records the breach (art. 33(5)): its effects, the remedial
   * action, and the decision on notifying the supervisory authority (REPORTED with when, or
   * NOT_REPORTED with why). Each recording is a new version, kept and audited; the notice
   * carries the latest. The board's alone: the vendor never reads it, nor its audit event.
   */
  recordAuthorityDecision(viewer: Viewer, input: RecordAuthorityDecisionInput): Promise<Incident> {
    const recordedAt = new Date();
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(em, viewer, input.incidentId);
      if (!isUuid(input.boardId)) throw notFound();
      const boardId = input.boardId.toLowerCase();
      authorize(viewer, 'recordAuthorityDecision', boardId);
      const notice = await this.da
        .visible(viewer, IncidentNoticeEntity, 'n', em)
        .andWhere('n.incident_id = :incidentId AND n.board_id = :boardId', {
          incidentId: row.id,
          boardId,
        })
        .setLock('pessimistic_write')
        .getOne();
      if (!notice) throw notFound();
      const record = authorityRecord(input, recordedAt);
      const before = notice.authorityDecision ? recordOf(notice) : null;
      const version = notice.authorityVersion + 1;
      await this.da.writer(IncidentAuthorityRecordEntity, em).insert({
        incidentId: row.id,
        boardId,
        version,
        ...record,
        recordedAt,
        recordedById: viewer.userId,
      });
      await this.da.writer(IncidentNoticeEntity, em).update(
        { incidentId: row.id, boardId },
        {
          authorityDecision: record.decision,
          authorityReportedAt: record.reportedAt,
          authorityReference: record.reference,
          authorityDecisionReason: record.reason,
          effects: record.effects,
          remedialAction: record.remedialAction,
          authorityVersion: version,
          authorityRecordedAt: recordedAt,
          authorityRecordedById: viewer.userId,
        },
      );
      await this.audit.record(em, {
        viewer,
        organisationId: boardId,
        // The board's own record: its vendor is no party to it.
        partyIds: [boardId],
        action: 'incident.authorityDecisionRecorded',
        entityType: 'Incident',
        entityId: row.id,
        before,
        after: {
          boardId,
          version,
          ...record,
          reportedAt: record.reportedAt?.toISOString() ?? null,
        },
      });
      return Incident.from(row);
    });
  }

  /**
   * The board's breach log (art. 33(5)): every notice of `boardId` with its incident and the
   * board's latest record, oldest first. For the board's members only; `reader` is one.
   */
  async breachLog(reader: Viewer, boardId: string): Promise<BreachLogEntry[]> {
    const notices = await this.da
      .visible(reader, IncidentNoticeEntity, 'n')
      .innerJoinAndSelect('n.incident', 'i')
      .andWhere('n.board_id = :boardId', { boardId })
      .orderBy('n.notified_at', 'ASC')
      .addOrderBy('n.incident_id', 'ASC')
      .getMany();
    if (notices.length === 0) return [];
    const incidentIds = notices.map((n) => n.incidentId);
    const links = await this.da
      .visible(reader, IncidentProductEntity, 'ip')
      .innerJoinAndSelect('ip.product', 'p')
      .andWhere('ip.incident_id = ANY(:incidentIds::uuid[])', { incidentIds })
      .getMany();
    const vendorIds = [...new Set(notices.map((n) => n.incident!.vendorId))];
    const vendors = await this.dataSource
      .getRepository(OrganisationEntity)
      .findBy({ id: In(vendorIds) });
    const userIds = [
      ...new Set(
        notices
          .flatMap((n) => [n.acknowledgedById, n.authorityRecordedById])
          .filter((id): id is string => id !== null),
      ),
    ];
    const users = userIds.length
      ? await this.dataSource
          .getRepository(UserEntity)
          .find({ select: { id: true, name: true }, where: { id: In(userIds) } })
      : [];
    const vendorName = new Map(vendors.map((v) => [v.id, v.name]));
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const productsOf = new Map<string, string[]>();
    for (const link of links) {
      const names = productsOf.get(link.incidentId) ?? [];
      names.push(link.product!.name);
      productsOf.set(link.incidentId, names);
    }
    const now = new Date();
    return notices.map((n) => ({
      incident: n.incident!,
      vendorName: vendorName.get(n.incident!.vendorId) ?? '',
      productNames: (productsOf.get(n.incidentId) ?? []).sort((a, b) => a.localeCompare(b)),
      notice: IncidentNotice.from(n, n.incident!, reader, now),
      recordedByName: n.authorityRecordedById
        ? (userName.get(n.authorityRecordedById) ?? null)
        : null,
    }));
  }

  // ------------------------------------------------------------------ helpers

  /** Every affected board, for the audit trail's parties: the platform's own record. */
  private async affectedBoards(em: EntityManager, incidentId: string): Promise<string[]> {
    const rows = await this.noticesOf(em, incidentId)
      .select('n.board_id', 'board_id')
      .orderBy('n.board_id', 'ASC')
      .getRawMany<{ board_id: string }>();
    return rows.map((r) => r.board_id);
  }

  /** All notices of an incident: whom it concerns is the platform's to know, whoever acts. */
  private noticesOf(em: EntityManager, incidentId: string) {
    return this.da
      .visible(SYSTEM, IncidentNoticeEntity, 'n', em)
      .andWhere('n.incident_id = :incidentId', { incidentId });
  }

  /** The privacy officers and admins of every affected board, in one batch. */
  private async notifyAffected(
    em: EntityManager,
    incident: IncidentEntity,
    kind: string,
    key: NotificationMessageKey,
    params: MessageParams,
  ): Promise<void> {
    const boardIds = await this.affectedBoards(em, incident.id);
    await this.notifications.notifyOrganisationRoles(em, boardIds, INCIDENT_RECIPIENT_ROLES, {
      kind,
      message: {
        key,
        params,
      },
      link: `/incidents/${incident.id}`,
    });
  }

  /** The incident, locked for the transaction; NOT_FOUND unless the viewer sees it. */
  private async lockVisible(
    em: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<IncidentEntity> {
    const row = await this.da.lockOne(viewer, IncidentEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  /**
   * Products are public: one that does not exist is NOT_FOUND, another vendor's is
   * BAD_USER_INPUT naming it.
   */
  private async checkProducts(
    em: EntityManager,
    vendorId: string,
    ids: readonly string[],
  ): Promise<ProductEntity[]> {
    if (!ids.every(isUuid)) throw notFound();
    const lower = ids.map((id) => id.toLowerCase());
    const rows = await em.findBy(ProductEntity, { id: In([...new Set(lower)]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = lower.findIndex((id) => !byId.has(id));
    if (missing >= 0) throw notFound();
    const wrong = lower.findIndex((id) => byId.get(id)!.vendorId !== vendorId);
    if (wrong >= 0)
      throw invalidField(`input.productIds.${wrong}`, 'incident.productOfOtherVendor');
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** One line of a board's breach log: the incident, and the board's notice as the board sees it. */
export interface BreachLogEntry {
  readonly incident: IncidentEntity;
  readonly vendorName: string;
  readonly productNames: readonly string[];
  readonly notice: IncidentNotice;
  readonly recordedByName: string | null;
}

/** How long a clock may run ahead of ours before "not in the future" refuses a moment. */
const CLOCK_SKEW_MS = 60_000;

/**
 * What a recording keeps, checked: REPORTED needs when (not in the future), NOT_REPORTED
 * needs why; what belongs to the other decision is not kept.
 */
function authorityRecord(input: RecordAuthorityDecisionInput, now: Date) {
  const text = (value: string | null | undefined) => value?.trim() || null;
  const reported = input.decision === AuthorityDecision.REPORTED;
  const reportedAt = reported ? (input.reportedAt ?? null) : null;
  const reason = reported ? null : text(input.reason);
  if (reported && !reportedAt)
    throw invalidField('input.reportedAt', 'incident.reportedAtRequired');
  if (reportedAt && reportedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw invalidField('input.reportedAt', 'incident.reportedAtInFuture');
  if (!reported && !reason) throw invalidField('input.reason', 'incident.reasonRequired');
  return {
    decision: input.decision,
    reportedAt,
    reference: reported ? text(input.reference) : null,
    reason,
    effects: text(input.effects),
    remedialAction: text(input.remedialAction),
  };
}

/** The notice's current record, for the audit event's `before`. */
function recordOf(notice: IncidentNoticeEntity) {
  return {
    boardId: notice.boardId,
    version: notice.authorityVersion,
    decision: notice.authorityDecision,
    reportedAt: notice.authorityReportedAt?.toISOString() ?? null,
    reference: notice.authorityReference,
    reason: notice.authorityDecisionReason,
    effects: notice.effects,
    remedialAction: notice.remedialAction,
  };
}
