// Changes of subprocessors (GDPR art. 28(2); DOMAIN.md "Processing agreements"): a vendor
// announces a draft leaflet that adds or replaces subprocessors at least 30 days ahead, and
// in the same transaction every board with an agreement in force on the product is told
// (one INSERT … SELECT for the notices, batched notifications and e-mails to its FGs and
// admins). The draft is frozen until the change is withdrawn or takes effect; the notified
// boards' FGs may object until the day before effectiveOn; on effectiveOn the daily job
// publishes the draft (subprocessor-change-jobs.ts). Publishing around an announcement is
// refused through the leaflets' hooks (`leafletHook`).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addsOrReplacesSubprocessor,
  amsterdamDate,
  earliestEffectiveOn,
  lastObjectionDay,
  LeafletStatus,
  leafletPublicationRefusal,
  type Locale,
  Role,
  SUBPROCESSOR_NOTICE_DAYS,
  SubprocessorChangeStatus,
  subprocessorChangeTransition,
  subprocessorDiff,
} from '@regie/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { badUserInput, conflict, notFound, type FieldError } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { DataAccess, SYSTEM } from '../data-access';
import { boardsWithActiveAgreementsOn } from '../data-access/queries/agreements.queries';
import { insertSubprocessorChangeNotices } from '../data-access/queries/subprocessor-change-fanout.queries';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { LeafletHook, LeafletPublication } from '../products/leaflet-hooks';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { PrivacyLeaflet } from '../products/privacy-leaflet.types';
import { ProductEntity } from '../products/product.entity';
import type {
  AnnounceSubprocessorChangeInput,
  ObjectToSubprocessorChangeInput,
} from './subprocessor-change.inputs';
import { SubprocessorChangeNoticeEntity } from './subprocessor-change-notice.entity';
import { SubprocessorChangeEntity } from './subprocessor-change.entity';
import { SubprocessorChange } from './subprocessor-change.types';
import { SubprocessorObjectionEntity } from './subprocessor-objection.entity';
import { subprocessorWords } from './subprocessor-words';

/** Who hears of a change at a notified board, and at the vendor. */
export const CHANGE_BOARD_ROLES = [Role.PRIVACY_OFFICER, Role.ADMIN] as const;
export const CHANGE_VENDOR_ROLES = [Role.VENDOR_EDITOR, Role.ADMIN] as const;

/** Where the admin shows a change: under its product (the contract has no query by id). */
const changeLink = (row: Pick<SubprocessorChangeEntity, 'id' | 'productId'>) =>
  `/products/${row.productId}/subprocessor-changes/${row.id}`;

/** A calendar date as the recipient reads it. */
const dayIn = (date: string, locale: Locale) => formatDate(new Date(`${date}T12:00:00Z`), locale);

@Injectable()
export class SubprocessorChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<SubprocessorChange | null> {
    const row = await this.da.one(viewer, SubprocessorChangeEntity, id);
    return row ? SubprocessorChange.from(row) : null;
  }

  /** The changes the viewer sees (its vendor's, or announced to its boards), newest first. */
  list(
    viewer: Viewer,
    args: {
      productId?: string | null;
      status?: SubprocessorChangeStatus | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<SubprocessorChange>> {
    const query = this.da.visible(viewer, SubprocessorChangeEntity, 'c');
    if (args.productId != null) {
      // A product id that is not an id names no product: an empty list, as for an unknown one.
      query.andWhere('c.product_id = :productId::uuid', {
        productId: isUuid(args.productId) ? args.productId.toLowerCase() : null,
      });
    }
    if (args.status) query.andWhere('c.status = :status', { status: args.status });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'c.announced_at', type: 'timestamptz', of: (r) => r.announcedAt.toISOString() },
        { sql: 'c.id', type: 'uuid', of: (r) => r.id },
      ],
      node: SubprocessorChange.from,
    });
  }

  // ---------------------------------------------------------------- mutations

  announce(viewer: Viewer, input: AnnounceSubprocessorChangeInput): Promise<SubprocessorChange> {
    return this.dataSource
      .transaction(async (em) => {
        const found = await this.da.one(viewer, PrivacyLeafletEntity, input.leafletId, em);
        if (!found) throw notFound();
        // Another vendor's product is none of the caller's business: as if it did not exist.
        const ownVendor = (vendorId: string) =>
          viewer.memberships.some((m) => m.organisationId === vendorId);
        const unlocked = await em.findOneByOrFail(ProductEntity, { id: found.productId });
        if (!ownVendor(unlocked.vendorId)) throw notFound();
        authorize(viewer, 'announceSubprocessorChange', unlocked.vendorId);
        // The product's lock serialises this with saving and publishing its draft.
        const product = await this.lockProduct(em, found.productId);
        const draft = await this.da.one(viewer, PrivacyLeafletEntity, found.id, em);
        if (!draft) throw notFound();

        const today = amsterdamDate();
        const errors: FieldError[] = [];
        if (draft.status !== LeafletStatus.DRAFT)
          errors.push({ field: 'input.leafletId', key: 'subprocessorChange.notDraft' });
        if (input.effectiveOn < earliestEffectiveOn(today))
          errors.push({
            field: 'input.effectiveOn',
            key: 'subprocessorChange.tooSoon',
            params: { days: SUBPROCESSOR_NOTICE_DAYS },
          });
        const current = product.currentLeafletId
          ? await this.da.one(SYSTEM, PrivacyLeafletEntity, product.currentLeafletId, em)
          : null;
        const { added, removed } = subprocessorDiff(
          current?.subprocessors ?? [],
          draft.subprocessors,
        );
        if (draft.status === LeafletStatus.DRAFT && added.length === 0)
          errors.push({ field: 'input.leafletId', key: 'subprocessorChange.nothingAdded' });
        if (errors.length) throw badUserInput(errors);
        if (await this.announcedChangeOf(em, draft.id)) throw conflict('ALREADY_EXISTS');

        const announcedAt = new Date();
        const row = await this.da.writer(SubprocessorChangeEntity, em).save(
          em.create(SubprocessorChangeEntity, {
            productId: product.id,
            vendorId: product.vendorId,
            leafletId: draft.id,
            baseLeafletId: current?.id ?? null,
            status: SubprocessorChangeStatus.ANNOUNCED,
            effectiveOn: input.effectiveOn,
            added,
            removed,
            announcedLeaflet: PrivacyLeaflet.audited(draft),
            announcedAt,
            announcedById: viewer.userId,
            withdrawnAt: null,
            withdrawnById: null,
            inEffectAt: null,
          }),
        );
        const boardIds = await insertSubprocessorChangeNotices(
          em,
          row.id,
          product.id,
          announcedAt,
          today,
        );
        await this.notifyAnnounced(em, row, product, boardIds);
        await this.audit.record(em, {
          viewer,
          organisationId: product.vendorId,
          partyIds: [product.vendorId, ...boardIds],
          action: 'subprocessorChange.announced',
          entityType: 'SubprocessorChange',
          entityId: row.id,
          after: { ...SubprocessorChange.audited(row), notifiedBoardCount: boardIds.length },
        });
        return SubprocessorChange.from(row);
      })
      .catch((error: unknown) => {
        // Two announcements of one draft at once: the unique index lets one through.
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        )
          throw conflict('ALREADY_EXISTS');
        throw error;
      });
  }

  withdraw(viewer: Viewer, id: string): Promise<SubprocessorChange> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.da.one(viewer, SubprocessorChangeEntity, id, em);
      if (!found) throw notFound();
      authorize(viewer, 'withdrawSubprocessorChange', found.vendorId);
      // Product first, then the change: the order every step on a change locks in.
      const product = await this.lockProduct(em, found.productId);
      const row = await this.da
        .visible(viewer, SubprocessorChangeEntity, 'c', em)
        .andWhere('c.id = :id', { id: found.id })
        .setLock('pessimistic_write')
        .getOneOrFail();
      const step = subprocessorChangeTransition(row, 'withdraw', amsterdamDate());
      if (!step.ok) throw conflict(step.refusal);
      const before = SubprocessorChange.audited(row);
      row.status = step.next;
      row.withdrawnAt = new Date();
      row.withdrawnById = viewer.userId;
      const saved = await this.da.writer(SubprocessorChangeEntity, em).save(row);
      const boardIds = await this.notifiedBoards(em, row.id);
      const vendor = await em.findOneByOrFail(OrganisationEntity, { id: row.vendorId });
      await this.notifications.notifyOrganisationRoles(em, boardIds, CHANGE_BOARD_ROLES, {
        kind: 'SUBPROCESSOR_CHANGE_WITHDRAWN',
        message: {
          key: 'notification.subprocessorChangeWithdrawn',
          params: (locale) => ({
            vendor: vendor.name,
            product: product.name,
            effectiveOn: dayIn(row.effectiveOn, locale),
          }),
        },
        link: changeLink(row),
      });
      await this.audit.record(em, {
        viewer,
        organisationId: row.vendorId,
        partyIds: [row.vendorId, ...boardIds],
        action: 'subprocessorChange.withdrawn',
        entityType: 'SubprocessorChange',
        entityId: row.id,
        before,
        after: SubprocessorChange.audited(saved),
      });
      return SubprocessorChange.from(saved);
    });
  }

  /** A notified board's FG objects, with a reason, until the day before effectiveOn. */
  object(viewer: Viewer, input: ObjectToSubprocessorChangeInput): Promise<SubprocessorChange> {
    authorize(viewer, 'objectToSubprocessorChange', input.boardId);
    const boardId = input.boardId.toLowerCase();
    return this.dataSource
      .transaction(async (em) => {
        if (!isUuid(input.changeId)) throw notFound();
        // Locked: a withdrawal or the daily job waits until the objection is in, or it waits.
        const row = await this.da
          .visible(viewer, SubprocessorChangeEntity, 'c', em)
          .andWhere('c.id = :id', { id: input.changeId.toLowerCase() })
          .setLock('pessimistic_write')
          .getOne();
        if (!row) throw notFound();
        // A board that was not told of the change: for it, the change does not exist.
        const notice = await this.da
          .visible(viewer, SubprocessorChangeNoticeEntity, 'n', em)
          .andWhere('n.change_id = :changeId AND n.board_id = :boardId', {
            changeId: row.id,
            boardId,
          })
          .getOne();
        if (!notice) throw notFound();
        const step = subprocessorChangeTransition(row, 'object', amsterdamDate());
        if (!step.ok) throw conflict(step.refusal);
        const already = await this.da
          .visible(viewer, SubprocessorObjectionEntity, 'o', em)
          .andWhere('o.change_id = :changeId AND o.board_id = :boardId', {
            changeId: row.id,
            boardId,
          })
          .getExists();
        if (already) throw conflict('ALREADY_EXISTS');
        const objection = await this.da.writer(SubprocessorObjectionEntity, em).save(
          em.create(SubprocessorObjectionEntity, {
            changeId: row.id,
            boardId,
            reason: input.reason.trim(),
            objectedAt: new Date(),
            objectedById: viewer.userId,
          }),
        );
        const board = await em.findOneByOrFail(OrganisationEntity, { id: boardId });
        const product = await em.findOneByOrFail(ProductEntity, { id: row.productId });
        await this.notifications.notifyOrganisationRoles(em, [row.vendorId], CHANGE_VENDOR_ROLES, {
          kind: 'SUBPROCESSOR_CHANGE_OBJECTED',
          message: {
            key: 'notification.subprocessorChangeObjected',
            params: (locale) => ({
              board: board.name,
              product: product.name,
              effectiveOn: dayIn(row.effectiveOn, locale),
              reason: objection.reason,
            }),
          },
          link: changeLink(row),
        });
        await this.audit.record(em, {
          viewer,
          organisationId: boardId,
          partyIds: [row.vendorId, boardId],
          action: 'subprocessorChange.objected',
          entityType: 'SubprocessorChange',
          entityId: row.id,
          after: {
            objectionId: objection.id,
            boardId,
            reason: objection.reason,
            objectedAt: objection.objectedAt.toISOString(),
          },
        });
        return SubprocessorChange.from(row);
      })
      .catch((error: unknown) => {
        // Two objections of one board at once: the unique index lets one through.
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        )
          throw conflict('ALREADY_EXISTS');
        throw error;
      });
  }

  // ------------------------------------------------------ the leaflets' rules

  /** Registered with the products module's LeafletHooks (subprocessor-changes.module.ts). */
  readonly leafletHook: LeafletHook = {
    beforeSave: async (em, draft) => {
      // An announced draft is frozen until its change is withdrawn (or takes effect).
      if (await this.announcedChangeOf(em, draft.id)) throw conflict('INVALID_TRANSITION');
    },
    beforePublish: async (p: LeafletPublication) => {
      const announced = await this.announcedChangeOf(p.em, p.draft.id);
      const addsOrReplaces = addsOrReplacesSubprocessor(
        p.current?.subprocessors ?? [],
        p.draft.subprocessors,
      );
      const boardsInForce =
        !announced && addsOrReplaces
          ? (await boardsWithActiveAgreementsOn(p.em, [p.product.id], p.today)).length > 0
          : false;
      const refusal = leafletPublicationRefusal({
        addsOrReplaces,
        boardsInForce,
        announced,
        today: p.today,
      });
      if (refusal) throw conflict(refusal);
    },
    afterPublish: (p) => this.takeEffect(p),
  };

  /**
   * The announced change of a leaflet just published (by the daily job, or by its vendor
   * once the date has come) is in effect: told to the notified boards and the vendor, and
   * audited. The conditional UPDATE makes it happen once whoever publishes.
   */
  private async takeEffect(
    p: LeafletPublication & { published: PrivacyLeafletEntity },
  ): Promise<void> {
    const { em } = p;
    const row = await this.da
      .visible(SYSTEM, SubprocessorChangeEntity, 'c', em)
      .andWhere('c.leaflet_id = :leafletId AND c.status = :announced', {
        leafletId: p.published.id,
        announced: SubprocessorChangeStatus.ANNOUNCED,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) return;
    const step = subprocessorChangeTransition(row, 'takeEffect', p.today);
    // beforePublish refused a change whose date has not come: this does not happen.
    if (!step.ok) throw conflict(step.refusal);
    const inEffectAt = new Date();
    const changed = await this.da.writer(SubprocessorChangeEntity, em).update(
      { id: row.id, status: SubprocessorChangeStatus.ANNOUNCED },
      {
        status: step.next,
        inEffectAt,
      },
    );
    if (changed === 0) return;
    const before = SubprocessorChange.audited(row);
    Object.assign(row, { status: step.next, inEffectAt });
    const boardIds = await this.notifiedBoards(em, row.id);
    const vendor = await em.findOneByOrFail(OrganisationEntity, { id: row.vendorId });
    const input = {
      kind: 'SUBPROCESSOR_CHANGE_IN_EFFECT',
      message: {
        key: 'notification.subprocessorChangeInEffect' as const,
        params: (locale: Locale) => ({
          vendor: vendor.name,
          product: p.product.name,
          version: p.published.version,
          added: subprocessorWords(row.added, locale),
          removed: subprocessorWords(row.removed, locale),
          removedCount: row.removed.length,
        }),
      },
      link: changeLink(row),
    };
    await this.notifications.notifyOrganisationRoles(em, boardIds, CHANGE_BOARD_ROLES, input);
    await this.notifications.notifyOrganisationRoles(
      em,
      [row.vendorId],
      CHANGE_VENDOR_ROLES,
      input,
      { except: p.viewer?.userId ? [p.viewer.userId] : [] },
    );
    await this.audit.record(em, {
      viewer: p.viewer,
      organisationId: p.viewer ? row.vendorId : null,
      partyIds: [row.vendorId, ...boardIds],
      action: 'subprocessorChange.inEffect',
      entityType: 'SubprocessorChange',
      entityId: row.id,
      before,
      after: { ...SubprocessorChange.audited(row), publishedLeafletId: p.published.id },
    });
  }

  // ------------------------------------------------------------ the daily job

  /**
   * Tells the boards whose agreement on the product came into force after the announcement
   * (and before effectiveOn): the daily job's second half. Returns the boards newly told.
   */
  async tellNewBoards(em: EntityManager, changeId: string, today: string): Promise<string[]> {
    const row = await this.da.one(SYSTEM, SubprocessorChangeEntity, changeId, em);
    if (!row) return [];
    // A board is told while it could still object: the change ANNOUNCED, its date to come.
    if (!subprocessorChangeTransition(row, 'object', today).ok) return [];
    const product = await em.findOneByOrFail(ProductEntity, { id: row.productId });
    const boardIds = await insertSubprocessorChangeNotices(
      em,
      row.id,
      product.id,
      new Date(),
      today,
    );
    if (boardIds.length === 0) return [];
    await this.notifyAnnounced(em, row, product, boardIds);
    await this.audit.record(em, {
      viewer: null,
      organisationId: null,
      partyIds: [row.vendorId, ...boardIds],
      action: 'subprocessorChange.boardsNotified',
      entityType: 'SubprocessorChange',
      entityId: row.id,
      after: { newlyNotifiedBoardCount: boardIds.length },
    });
    return boardIds;
  }

  // ------------------------------------------------------------------ helpers

  private async notifyAnnounced(
    em: EntityManager,
    row: SubprocessorChangeEntity,
    product: ProductEntity,
    boardIds: readonly string[],
  ): Promise<void> {
    if (boardIds.length === 0) return;
    const vendor = await em.findOneByOrFail(OrganisationEntity, { id: row.vendorId });
    await this.notifications.notifyOrganisationRoles(em, boardIds, CHANGE_BOARD_ROLES, {
      kind: 'SUBPROCESSOR_CHANGE_ANNOUNCED',
      message: {
        key: 'notification.subprocessorChangeAnnounced',
        params: (locale) => ({
          vendor: vendor.name,
          product: product.name,
          effectiveOn: dayIn(row.effectiveOn, locale),
          lastDay: dayIn(lastObjectionDay(row.effectiveOn), locale),
          added: subprocessorWords(row.added, locale),
          removed: subprocessorWords(row.removed, locale),
          removedCount: row.removed.length,
        }),
      },
      link: changeLink(row),
    });
  }

  /**
   * The leaflet's change under way, if any. Read as SYSTEM: the leaflets' rules hold for
   * whoever saves or publishes, the daily job included.
   */
  private announcedChangeOf(
    em: EntityManager,
    leafletId: string,
  ): Promise<SubprocessorChangeEntity | null> {
    return this.da
      .visible(SYSTEM, SubprocessorChangeEntity, 'c', em)
      .andWhere('c.leaflet_id = :leafletId AND c.status = :announced', {
        leafletId,
        announced: SubprocessorChangeStatus.ANNOUNCED,
      })
      .getOne();
  }

  /** Every board told of the change: whom its later steps are told to. */
  private async notifiedBoards(em: EntityManager, changeId: string): Promise<string[]> {
    // Whom to tell is the platform's own question, asked for the vendor and for the daily
    // job alike (which has no viewer): SYSTEM reads.
    const rows = await this.da
      .visible(SYSTEM, SubprocessorChangeNoticeEntity, 'n', em)
      .andWhere('n.change_id = :changeId', { changeId })
      .orderBy('n.board_id')
      .getMany();
    return rows.map((r) => r.boardId);
  }

  private async lockProduct(em: EntityManager, productId: string): Promise<ProductEntity> {
    const product = await em.findOne(ProductEntity, {
      where: { id: productId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!product) throw notFound();
    return product;
  }
}
