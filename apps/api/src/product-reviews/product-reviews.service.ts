// Reviews boards share (DOMAIN.md "Learning from each other and sector oversight"): a
// board's FG publishes a review of a product's terms (the leaflet version read, a risk
// level, a summary, findings per topic), named or anonymous; the board may withdraw it;
// the product's vendor may respond once. Who reads a review is its visibility rule
// (data-access/rules/product-reviews.rules.ts); who is told which board wrote an anonymous
// one is nobody outside that board: not the vendor's notification, not the list by
// board, not the audit trail (its events are sealed to the board, the chain keeps them).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LeafletStatus, Role, type RiskLevel } from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { badUserInput, conflict, notFound, type FieldError } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { emptyConnection, paginate, type Connection } from '../common/pagination';
import { DataAccess } from '../data-access';
import { reviewsOfBoard } from '../data-access/queries/product-reviews.queries';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { ProductEntity } from '../products/product.entity';
import { SectorSignalLoaders } from '../sector-signals/sector-signals.loaders';
import type {
  PublishProductReviewInput,
  RespondToProductReviewInput,
} from './product-review.inputs';
import { ProductReviewEntity } from './product-review.entity';
import { ProductReview } from './product-review.types';

/** Who hears of a review at the product's vendor. */
export const REVIEW_VENDOR_ROLES = [Role.VENDOR_EDITOR, Role.ADMIN] as const;

/** Where the admin shows a review: on its product's page. */
const reviewLink = (row: Pick<ProductReviewEntity, 'id' | 'productId'>) =>
  `/products/${row.productId}#review-${row.id}`;

/**
 * The seal of an anonymous review's audit events: readable only by members of the event's
 * organisation (audit.rules.ts), never lifted.
 */
const anonymousSeal = (reviewId: string) => `productReview:${reviewId}`;

@Injectable()
export class ProductReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
    private readonly signals: SectorSignalLoaders,
  ) {}

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<ProductReview | null> {
    const row = await this.da.one(viewer, ProductReviewEntity, id);
    return row ? ProductReview.from(row) : null;
  }

  /**
   * The reviews the viewer reads, newest first: published and not withdrawn, and its own
   * board's withdrawn ones when it asks for its board's. By board: a board's anonymous
   * reviews only to its members.
   */
  list(
    viewer: Viewer,
    args: {
      productId?: string | null;
      boardId?: string | null;
      riskLevel?: RiskLevel | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<ProductReview>> {
    // An id that is not an id names nothing: an empty list, as for an unknown one.
    if (args.productId != null && !isUuid(args.productId))
      return Promise.resolve(emptyConnection());
    if (args.boardId != null && !isUuid(args.boardId)) return Promise.resolve(emptyConnection());
    const query = this.da.visible(viewer, ProductReviewEntity, 'r');
    if (args.productId != null)
      query.andWhere('r.product_id = :productId::uuid', {
        productId: args.productId.toLowerCase(),
      });
    if (args.boardId != null) reviewsOfBoard(query, 'r', args.boardId.toLowerCase());
    else query.andWhere('r.withdrawn_at IS NULL');
    if (args.riskLevel) query.andWhere('r.risk_level = :riskLevel', { riskLevel: args.riskLevel });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'r.published_at', type: 'timestamptz', of: (r) => r.publishedAt.toISOString() },
        { sql: 'r.id', type: 'uuid', of: (r) => r.id },
      ],
      node: ProductReview.from,
    });
  }

  // ---------------------------------------------------------------- mutations

  /** The board's FG publishes a review; the product's vendor is told (not which board, if anonymous). */
  publish(viewer: Viewer, input: PublishProductReviewInput): Promise<ProductReview> {
    authorize(viewer, 'publishProductReview', input.boardId);
    const boardId = input.boardId.toLowerCase();
    return this.countedAgain(async (em) => {
      if (!isUuid(input.productId)) throw notFound();
      const product = await em.findOneBy(ProductEntity, { id: input.productId.toLowerCase() });
      if (!product) throw notFound();
      const errors: FieldError[] = [];
      let leafletId = product.currentLeafletId;
      if (input.leafletId != null) {
        // A leaflet the FG may not read (another vendor's draft) is as if there were none.
        const leaflet = await this.da.one(viewer, PrivacyLeafletEntity, input.leafletId, em);
        if (!leaflet) throw notFound();
        if (leaflet.productId !== product.id || leaflet.status !== LeafletStatus.PUBLISHED)
          errors.push({ field: 'input.leafletId', key: 'productReview.leafletNotOfProduct' });
        leafletId = leaflet.id;
      }
      const seen = new Set<string>();
      input.findings.forEach((f, i) => {
        if (seen.has(f.topic))
          errors.push({ field: `input.findings.${i}.topic`, key: 'productReview.topicTwice' });
        seen.add(f.topic);
      });
      if (errors.length) throw badUserInput(errors);

      const row = await this.da.writer(ProductReviewEntity, em).save(
        em.create(ProductReviewEntity, {
          productId: product.id,
          boardId,
          leafletId,
          anonymous: input.anonymous ?? false,
          riskLevel: input.riskLevel,
          summary: input.summary.trim(),
          findings: input.findings.map((f) => ({
            topic: f.topic,
            verdict: f.verdict,
            note: f.note.trim(),
          })),
          publishedAt: new Date(),
          publishedById: viewer.userId,
          withdrawnAt: null,
          withdrawnById: null,
          vendorResponse: null,
          vendorRespondedAt: null,
          vendorRespondedById: null,
        }),
      );
      await this.notifyVendor(em, row, product);
      await this.record(em, viewer, row, product, {
        action: 'productReview.published',
        after: ProductReview.audited(row),
      });
      return ProductReview.from(row);
    });
  }

  /** The reviewing board's FG takes its review back: gone from every list but the board's own. */
  withdraw(viewer: Viewer, id: string): Promise<ProductReview> {
    return this.countedAgain(async (em) => {
      const row = await this.lockVisible(viewer, em, id);
      // Another board's review is not the caller's to withdraw: as if there were none.
      if (!row || !viewer.memberships.some((m) => m.organisationId === row.boardId))
        throw notFound();
      authorize(viewer, 'withdrawProductReview', row.boardId);
      if (row.withdrawnAt) throw conflict('INVALID_TRANSITION');
      const before = ProductReview.audited(row);
      row.withdrawnAt = new Date();
      row.withdrawnById = viewer.userId;
      const saved = await this.da.writer(ProductReviewEntity, em).save(row);
      const product = await em.findOneByOrFail(ProductEntity, { id: row.productId });
      await this.record(em, viewer, saved, product, {
        action: 'productReview.withdrawn',
        before,
        after: ProductReview.audited(saved),
      });
      return ProductReview.from(saved);
    });
  }

  /**
   * A transaction that changes a product's published reviews: once committed, this process
   * counts the product's sector signals again (their reviewCount) at the next read.
   */
  private async countedAgain(
    work: (em: EntityManager) => Promise<ProductReview>,
  ): Promise<ProductReview> {
    const review = await this.dataSource.transaction(work);
    this.signals.forget(review.productId);
    return review;
  }

  /** The product's vendor responds, once. Another vendor's product: as if there were no review. */
  respond(viewer: Viewer, input: RespondToProductReviewInput): Promise<ProductReview> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(viewer, em, input.reviewId);
      if (!row) throw notFound();
      const product = await em.findOneByOrFail(ProductEntity, { id: row.productId });
      // A board (or sector body) reads the review but is not its vendor: as if there were none.
      if (!viewer.memberships.some((m) => m.organisationId === product.vendorId)) throw notFound();
      authorize(viewer, 'respondToProductReview', product.vendorId);
      if (row.withdrawnAt) throw notFound();
      if (row.vendorRespondedAt) throw conflict('ALREADY_EXISTS');
      row.vendorResponse = input.response.trim();
      row.vendorRespondedAt = new Date();
      row.vendorRespondedById = viewer.userId;
      const saved = await this.da.writer(ProductReviewEntity, em).save(row);
      const response = {
        vendorResponse: saved.vendorResponse,
        vendorRespondedAt: saved.vendorRespondedAt!.toISOString(),
      };
      await this.audit.record(em, {
        viewer,
        organisationId: product.vendorId,
        // A named review's board is a party; an anonymous one's is never named here, and
        // the event is sealed to the vendor that responded (nothing in it names the board).
        partyIds: saved.anonymous ? [product.vendorId] : [product.vendorId, saved.boardId],
        action: 'productReview.responded',
        entityType: 'ProductReview',
        entityId: saved.id,
        after: saved.anonymous ? response : { ...response, boardId: saved.boardId },
        sealKey: saved.anonymous ? anonymousSeal(saved.id) : undefined,
      });
      await this.notifyBoard(em, saved, product);
      return ProductReview.from(saved);
    });
  }

  // ------------------------------------------------------------------ helpers

  private lockVisible(
    viewer: Viewer,
    em: EntityManager,
    id: string,
  ): Promise<ProductReviewEntity | null> {
    return this.da.lockOne(viewer, ProductReviewEntity, id, em);
  }

  /**
   * The board's step, audited for the board. A named review's vendor is a party; an
   * anonymous review's events are sealed to the board: nobody else, the platform admin
   * included, reads them, and the chain keeps them for verification.
   */
  private record(
    em: EntityManager,
    viewer: Viewer,
    row: ProductReviewEntity,
    product: ProductEntity,
    event: { action: string; before?: unknown; after: unknown },
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId: row.boardId,
      partyIds: row.anonymous ? [row.boardId] : [row.boardId, product.vendorId],
      action: event.action,
      entityType: 'ProductReview',
      entityId: row.id,
      before: event.before,
      after: event.after,
      sealKey: row.anonymous ? anonymousSeal(row.id) : undefined,
    });
  }

  private async notifyVendor(
    em: EntityManager,
    row: ProductReviewEntity,
    product: ProductEntity,
  ): Promise<void> {
    const board = row.anonymous
      ? null
      : await em.findOneByOrFail(OrganisationEntity, { id: row.boardId });
    await this.notifications.notifyOrganisationRoles(em, [product.vendorId], REVIEW_VENDOR_ROLES, {
      kind: 'PRODUCT_REVIEW_PUBLISHED',
      message: {
        key: 'notification.productReviewPublished',
        params: {
          // The words for "an anonymous board" are the message's own: no name goes in.
          board: board?.name ?? '',
          named: board ? 'yes' : 'no',
          product: product.name,
          riskLevel: row.riskLevel,
        },
      },
      link: reviewLink(row),
    });
  }

  /** The reviewing board's FGs hear of the vendor's response (they know it is theirs). */
  private async notifyBoard(
    em: EntityManager,
    row: ProductReviewEntity,
    product: ProductEntity,
  ): Promise<void> {
    const vendor = await em.findOneByOrFail(OrganisationEntity, { id: product.vendorId });
    await this.notifications.notifyOrganisationRoles(em, [row.boardId], [Role.PRIVACY_OFFICER], {
      kind: 'PRODUCT_REVIEW_RESPONDED',
      message: {
        key: 'notification.productReviewResponded',
        params: { vendor: vendor.name, product: product.name },
      },
      link: reviewLink(row),
    });
  }
}
