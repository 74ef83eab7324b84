// Security advisories (DOMAIN.md "Security advisories"): a sector body's CERT publishes
// one, typed in or imported from a CSAF 2.0 document, and Regie tells at once every
// board with an agreement in force on a named product. The fan-out is set-based inside
// the publishing transaction (one INSERT … SELECT for the notices, one batched insert
// for the notifications and e-mails), as the incidents' is.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Locale, message, Role, Severity, Tlp } from '@regie/domain';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import {
  decodeCursor,
  emptyConnection,
  pageSize,
  toConnection,
  type Connection,
} from '../common/pagination';
import { DataAccess } from '../data-access';
import {
  boardsWithSecurityContacts,
  insertAdvisoryNotices,
} from '../data-access/queries/advisory-fanout.queries';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { AdvisoryNoticeEntity } from './advisory-notice.entity';
import { AdvisoryProductEntity } from './advisory-product.entity';
import { SecurityAdvisoryEntity } from './advisory.entity';
import type {
  ImportCsafAdvisoryInput,
  PublishAdvisoryInput,
  RespondToAdvisoryInput,
} from './advisory.inputs';
import { SecurityAdvisory } from './advisory.types';
import { isNewerVersion, readCsaf, type CsafAdvisory } from './csaf';

/** Who hears of an advisory at a board with security contacts, and at one without. */
export const ADVISORY_SECURITY_ROLES = [Role.SECURITY_CONTACT] as const;
export const ADVISORY_FALLBACK_ROLES = [Role.PRIVACY_OFFICER, Role.ADMIN] as const;

const CVE = /^CVE-\d{4}-\d{4,19}$/;

interface AdvisoryContent {
  title: string;
  summary: string;
  recommendedAction: string | null;
  severity: Severity;
  tlp: Tlp;
  cves: string[];
  csafTrackingId: string | null;
  csafVersion: string | null;
}

@Injectable()
export class AdvisoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<SecurityAdvisory | null> {
    const row = await this.da.one(viewer, SecurityAdvisoryEntity, id);
    return row ? SecurityAdvisory.from(row) : null;
  }

  /**
   * The advisories the viewer may read (by their TLP label), newest first; narrowed to
   * one publisher's, to those sent to one board, and to those awaiting an answer (a
   * notice the viewer sees, of that board if named, without one). Notices are read as
   * the viewer may read them: a board its own, the publisher's CERT every board's.
   */
  async list(
    viewer: Viewer,
    args: {
      first?: number | null;
      after?: string | null;
      publisherId?: string | null;
      boardId?: string | null;
      awaitingAnswer?: boolean | null;
    },
  ): Promise<Connection<SecurityAdvisory>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    if (cursor && (Number.isNaN(Date.parse(String(cursor[0]))) || !isUuid(String(cursor[1]))))
      throw invalidField('after', 'field.cursor');
    // An id that cannot exist names nothing: no advisory is of it.
    if ((args.publisherId && !isUuid(args.publisherId)) || (args.boardId && !isUuid(args.boardId)))
      return emptyConnection();
    const query = this.da.visible(viewer, SecurityAdvisoryEntity, 'a');
    if (args.publisherId)
      query.andWhere('a.publisher_id = :publisherId', {
        publisherId: args.publisherId.toLowerCase(),
      });
    if (args.boardId || args.awaitingAnswer) {
      const notices = this.da
        .visible(viewer, AdvisoryNoticeEntity, 'fn')
        .select('1')
        .andWhere('fn.advisory_id = a.id');
      if (args.boardId)
        notices.andWhere('fn.board_id = :filterBoardId', {
          filterBoardId: args.boardId.toLowerCase(),
        });
      if (args.awaitingAnswer) notices.andWhere('fn.response IS NULL');
      query.andWhere(`EXISTS (${notices.getQuery()})`).setParameters(notices.getParameters());
    }
    const totalCount = await query.clone().getCount();
    if (cursor)
      query.andWhere('(a.published_at, a.id) < (:cursorAt::timestamptz, :cursorId::uuid)', {
        cursorAt: cursor[0],
        cursorId: cursor[1],
      });
    const rows = await query
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(
      rows,
      size,
      totalCount,
      (r) => [r.publishedAt.toISOString(), r.id],
      SecurityAdvisory.from,
    );
  }

  // ---------------------------------------------------------------- mutations

  publish(viewer: Viewer, input: PublishAdvisoryInput): Promise<SecurityAdvisory> {
    authorize(viewer, 'publishAdvisory', input.publisherId);
    const cves = normaliseCves(input.cves ?? []);
    return this.dataSource.transaction(async (em) => {
      const products = await this.checkProducts(em, input.productIds);
      return this.create(em, viewer, input.publisherId.toLowerCase(), products, {
        title: input.title.trim(),
        summary: input.summary.trim(),
        recommendedAction: input.recommendedAction?.trim() || null,
        severity: input.severity,
        tlp: input.tlp,
        cves,
        csafTrackingId: null,
        csafVersion: null,
      });
    });
  }

  importCsaf(viewer: Viewer, input: ImportCsafAdvisoryInput): Promise<SecurityAdvisory> {
    authorize(viewer, 'importCsafAdvisory', input.publisherId);
    const publisherId = input.publisherId.toLowerCase();
    const csaf = readCsaf(input.document);
    const severity = csaf.severity ?? input.severity;
    if (!severity) throw invalidField('input.severity', 'advisory.severityMissing');
    const content: AdvisoryContent = {
      title: csaf.title,
      summary: csaf.summary,
      recommendedAction: csaf.recommendedAction,
      severity,
      tlp: csaf.tlp ?? input.tlp ?? Tlp.AMBER,
      cves: normaliseCves(csaf.cves, 'input.document'),
      csafTrackingId: csaf.trackingId,
      csafVersion: csaf.trackingVersion,
    };
    return this.dataSource
      .transaction(async (em) => {
        const products = input.productIds
          ? await this.checkProducts(em, input.productIds)
          : await this.matchProducts(em, csaf);
        const existing = await this.da
          .visible(viewer, SecurityAdvisoryEntity, 'a', em)
          .andWhere('a.publisher_id = :publisherId AND a.csaf_tracking_id = :trackingId', {
            publisherId,
            trackingId: csaf.trackingId,
          })
          .setLock('pessimistic_write')
          .getOne();
        if (!existing) return this.create(em, viewer, publisherId, products, content);
        if (!existing.csafVersion || !isNewerVersion(csaf.trackingVersion, existing.csafVersion))
          throw conflict('ALREADY_EXISTS');
        return this.update(em, viewer, existing, products, content);
      })
      .catch((error: unknown) => {
        // Two imports of one tracking id at once: the unique index lets one through.
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        )
          throw conflict('ALREADY_EXISTS');
        throw error;
      });
  }

  /**
   * An affected board's SECURITY_CONTACT, PRIVACY_OFFICER or ADMIN answers, and may
   * change its answer; every answer is audited.
   */
  respond(viewer: Viewer, input: RespondToAdvisoryInput): Promise<SecurityAdvisory> {
    authorize(viewer, 'respondToAdvisory', input.boardId);
    const boardId = input.boardId.toLowerCase();
    return this.dataSource.transaction(async (em) => {
      if (!isUuid(input.advisoryId)) throw notFound();
      const advisory = await this.da
        .visible(viewer, SecurityAdvisoryEntity, 'a', em)
        .andWhere('a.id = :id', { id: input.advisoryId.toLowerCase() })
        .getOne();
      if (!advisory) throw notFound();
      const notice = await this.da
        .visible(viewer, AdvisoryNoticeEntity, 'n', em)
        .andWhere('n.advisory_id = :advisoryId AND n.board_id = :boardId', {
          advisoryId: advisory.id,
          boardId,
        })
        .setLock('pessimistic_write')
        .getOne();
      if (!notice) throw invalidField('input.advisoryId', 'advisory.notConcerned');
      const before = answerOf(notice);
      notice.response = input.response;
      notice.note = input.note?.trim() || null;
      notice.respondedAt = new Date();
      notice.firstRespondedAt ??= notice.respondedAt;
      notice.respondedById = viewer.userId;
      await this.da.writer(AdvisoryNoticeEntity, em).save(notice);
      await this.audit.record(em, {
        viewer,
        organisationId: boardId,
        partyIds: [advisory.publisherId, boardId],
        action: 'advisory.responded',
        entityType: 'SecurityAdvisory',
        entityId: advisory.id,
        before,
        after: answerOf(notice),
      });
      return SecurityAdvisory.from(advisory);
    });
  }

  // ------------------------------------------------------------------ helpers

  private async create(
    em: EntityManager,
    viewer: Viewer,
    publisherId: string,
    products: ProductEntity[],
    content: AdvisoryContent,
  ): Promise<SecurityAdvisory> {
    const publishedAt = new Date();
    const row = await this.da.writer(SecurityAdvisoryEntity, em).save(
      em.create(SecurityAdvisoryEntity, {
        ...content,
        publisherId,
        publishedAt,
        publishedById: viewer.userId,
      }),
    );
    const productIds = products.map((p) => p.id);
    await this.da
      .writer(AdvisoryProductEntity, em)
      .insert(productIds.map((productId) => ({ advisoryId: row.id, productId })));
    const boardIds = await insertAdvisoryNotices(em, row.id, productIds, publishedAt);
    await this.notifyBoards(em, row, products, boardIds);
    const after = SecurityAdvisory.from(row);
    await this.audit.record(em, {
      viewer,
      organisationId: publisherId,
      partyIds: [publisherId, ...boardIds],
      action: content.csafTrackingId ? 'advisory.imported' : 'advisory.published',
      entityType: 'SecurityAdvisory',
      entityId: row.id,
      after: { ...after, productIds, affectedBoardCount: boardIds.length },
    });
    return after;
  }

  /** A newer tracking version: the content and products change, answers are kept. */
  private async update(
    em: EntityManager,
    viewer: Viewer,
    row: SecurityAdvisoryEntity,
    products: ProductEntity[],
    content: AdvisoryContent,
  ): Promise<SecurityAdvisory> {
    const before = SecurityAdvisory.from(row);
    Object.assign(row, content);
    const saved = await this.da.writer(SecurityAdvisoryEntity, em).save(row);
    const productIds = products.map((p) => p.id);
    await this.da.writer(AdvisoryProductEntity, em).delete({ advisoryId: row.id });
    await this.da
      .writer(AdvisoryProductEntity, em)
      .insert(productIds.map((productId) => ({ advisoryId: row.id, productId })));
    // Only the boards that new products add are told again.
    const newBoards = await insertAdvisoryNotices(em, row.id, productIds, new Date());
    await this.notifyBoards(em, saved, products, newBoards);
    const after = SecurityAdvisory.from(saved);
    await this.audit.record(em, {
      viewer,
      organisationId: row.publisherId,
      partyIds: [row.publisherId, ...newBoards],
      action: 'advisory.updated',
      entityType: 'SecurityAdvisory',
      entityId: row.id,
      before,
      after: { ...after, productIds, newlyAffectedBoardCount: newBoards.length },
    });
    return after;
  }

  /** The boards' security contacts, or their FGs and admins where they have none. */
  private async notifyBoards(
    em: EntityManager,
    advisory: SecurityAdvisoryEntity,
    products: ProductEntity[],
    boardIds: string[],
  ): Promise<void> {
    if (boardIds.length === 0) return;
    const withContacts = await boardsWithSecurityContacts(em, boardIds);
    const publisher = await em.findOneByOrFail(OrganisationEntity, { id: advisory.publisherId });
    const clip = (text: string) => (text.length > 2000 ? `${text.slice(0, 2000)}…` : text);
    const input = {
      kind: 'ADVISORY_PUBLISHED',
      message: {
        key: 'notification.advisoryPublished' as const,
        // Severity and TLP in words, in each reader's language.
        params: (locale: Locale) => ({
          publisher: publisher.name,
          title: advisory.title,
          severity: message(`advisory.severity.${advisory.severity}`, locale),
          tlp: message(`advisory.tlp.${advisory.tlp}`, locale),
          summary: clip(advisory.summary),
          hasAction: advisory.recommendedAction ? 'yes' : 'no',
          action: advisory.recommendedAction ? clip(advisory.recommendedAction) : '',
          products: products
            .map((p) => p.name)
            .sort((a, b) => a.localeCompare(b))
            .join(', '),
        }),
      },
      link: `/advisories/${advisory.id}`,
    };
    await this.notifications.notifyOrganisationRoles(
      em,
      boardIds.filter((id) => withContacts.has(id)),
      ADVISORY_SECURITY_ROLES,
      input,
    );
    await this.notifications.notifyOrganisationRoles(
      em,
      boardIds.filter((id) => !withContacts.has(id)),
      ADVISORY_FALLBACK_ROLES,
      input,
    );
  }

  /** Products are public: one that does not exist is NOT_FOUND. */
  private async checkProducts(em: EntityManager, ids: readonly string[]): Promise<ProductEntity[]> {
    if (ids.length === 0) throw invalidField('input.productIds', 'field.notEmpty');
    if (!ids.every(isUuid)) throw notFound();
    const lower = [...new Set(ids.map((id) => id.toLowerCase()))];
    const rows = await em.findBy(ProductEntity, { id: In(lower) });
    if (rows.length !== lower.length) throw notFound();
    return rows;
  }

  /** The product tree's (vendor, product name) pairs that name a Regie vendor's product. */
  private async matchProducts(em: EntityManager, csaf: CsafAdvisory): Promise<ProductEntity[]> {
    const pairs = new Set(
      csaf.products.map(
        (p) => `${p.vendor.trim().toLowerCase()}\u0000${p.product.trim().toLowerCase()}`,
      ),
    );
    const vendors = [...new Set(csaf.products.map((p) => p.vendor.trim().toLowerCase()))];
    const rows =
      vendors.length === 0
        ? []
        : await em
            .createQueryBuilder(ProductEntity, 'p')
            .innerJoinAndSelect('p.vendor', 'o')
            .where('lower(o.name) IN (:...vendors)', { vendors })
            .getMany();
    const matched = rows.filter((p) =>
      pairs.has(`${p.vendor!.name.trim().toLowerCase()}\u0000${p.name.trim().toLowerCase()}`),
    );
    if (matched.length === 0) throw invalidField('input.productIds', 'advisory.noMatchingProducts');
    return matched;
  }
}

function normaliseCves(cves: readonly string[], field = 'input.cves'): string[] {
  const out: string[] = [];
  cves.forEach((raw, i) => {
    const cve = raw.trim().toUpperCase();
    if (!CVE.test(cve))
      throw invalidField(field === 'input.cves' ? `input.cves.${i}` : field, 'advisory.cve');
    if (!out.includes(cve)) out.push(cve);
  });
  return out;
}

function answerOf(notice: AdvisoryNoticeEntity) {
  return {
    boardId: notice.boardId,
    response: notice.response,
    note: notice.note,
    respondedAt: notice.respondedAt?.toISOString() ?? null,
  };
}
