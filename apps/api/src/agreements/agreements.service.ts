// Agreements and general offers as the rest of Regie asks for them: one agreement,
// the lists, who may read their files, and the agreement a board gets by joining a
// framework deal (procurement calls it in its own transaction). The lifecycle's
// steps are in agreement-drafting, agreement-review and agreement-signing; the
// offers' own in general-offers.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { addDays, AgreementStatus, amsterdamDate } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { DataAccess } from '../data-access';
import { effectiveStatusSql } from '../data-access/queries/agreements.queries';
import { FileAccessRegistry } from '../files/file-access';
import { AGREEMENT_FILE_LINK, GENERAL_OFFER_FILE_LINK } from './agreement-content';
import { AgreementSteps, auditable } from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type { AgreementFilter } from './agreement.inputs';
import { GeneralOffer, ProcessingAgreement } from './agreement.types';
import { type FrameworkDealTerms, writeFrameworkAgreement } from './framework-agreements';
import { GeneralOfferProductEntity } from './general-offer-product.entity';
import { GeneralOfferEntity } from './general-offer.entity';
import { SignedDocuments } from './signed-document';

@Injectable()
export class AgreementsService implements OnModuleInit {
  constructor(
    private readonly da: DataAccess,
    private readonly steps: AgreementSteps,
    private readonly fileAccess: FileAccessRegistry,
    private readonly signedDocuments: SignedDocuments,
  ) {}

  onModuleInit(): void {
    // A file is read by whoever sees what links it: an agreement's documents by its
    // parties; an offer's terms by everyone while it is published, and after its
    // withdrawal by the boards that accepted it.
    this.fileAccess.register(AGREEMENT_FILE_LINK, {
      mayRead: async (viewer, link) =>
        (await this.da
          .visible(viewer, AgreementEntity, 'a')
          .andWhere('a.id = :id', { id: link.id })
          .getExists())
          ? {}
          : null,
    });
    this.fileAccess.register(GENERAL_OFFER_FILE_LINK, {
      mayRead: async (viewer, link) =>
        (await this.da
          .visible(viewer, GeneralOfferEntity, 'o')
          .andWhere('o.id = :id', { id: link.id })
          .getExists())
          ? {}
          : null,
    });
  }

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<ProcessingAgreement | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, AgreementEntity, 'a')
      .andWhere('a.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? ProcessingAgreement.from(row, amsterdamDate()) : null;
  }

  /** The agreements the viewer is party to (all, for the platform admin), newest first. */
  async list(
    viewer: Viewer,
    filter: AgreementFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ProcessingAgreement>> {
    const today = amsterdamDate();
    const query = this.da.visible(viewer, AgreementEntity, 'a').setParameter('today', today);
    for (const key of ['boardId', 'vendorId'] as const) {
      const id = filter?.[key];
      if (!id) continue;
      if (!isUuid(id)) return emptyConnection();
      const column = key === 'boardId' ? 'board_id' : 'vendor_id';
      query.andWhere(`a.${column} = :${key}`, { [key]: id.toLowerCase() });
    }
    if (filter?.source) query.andWhere('a.source = :source', { source: filter.source });
    if (filter?.status?.length)
      query.andWhere(`${effectiveStatusSql('a')} IN (:...statuses)`, { statuses: filter.status });
    if (filter?.expiringWithinDays != null) {
      query
        .andWhere(`${effectiveStatusSql('a')} = :active`, { active: AgreementStatus.ACTIVE })
        .andWhere('a.valid_until BETWEEN :today::date AND :horizon::date', {
          horizon: addDays(today, filter.expiringWithinDays),
        });
    }
    return paginate(query, {
      first,
      after,
      order: 'DESC',
      keys: [
        { sql: 'a.created_at', type: 'timestamptz', of: (r) => r.createdAt.toISOString() },
        { sql: 'a.id', type: 'uuid', of: (r) => r.id },
      ],
      node: (r) => ProcessingAgreement.from(r, today),
    });
  }

  /** The offers the viewer sees (published ones, and its own vendor's withdrawn ones); newest first. */
  async listGeneralOffers(
    viewer: Viewer,
    args: {
      vendorId?: string | null;
      productId?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<GeneralOffer>> {
    const query = this.da.visible(viewer, GeneralOfferEntity, 'o');
    if (args.vendorId) {
      if (!isUuid(args.vendorId)) return emptyConnection();
      query.andWhere('o.vendor_id = :vendorId', { vendorId: args.vendorId.toLowerCase() });
    }
    if (args.productId) {
      if (!isUuid(args.productId)) return emptyConnection();
      const covering = this.da
        .visible(viewer, GeneralOfferProductEntity, 'gp')
        .select('1')
        .andWhere('gp.general_offer_id = o.id')
        .andWhere('gp.product_id = :productId', { productId: args.productId.toLowerCase() });
      query.andWhere(`EXISTS (${covering.getQuery()})`, covering.getParameters());
    }
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'o.published_at', type: 'timestamptz', of: (r) => r.publishedAt.toISOString() },
        { sql: 'o.id', type: 'uuid', of: (r) => r.id },
      ],
      node: GeneralOffer.from,
    });
  }

  // ---------------------------------------------------------------- framework deals

  /**
   * The agreement a board gets by joining a framework deal, in the caller's
   * transaction (procurement's joinFrameworkDeal); see writeFrameworkAgreement.
   */
  async createForFrameworkDeal(
    em: EntityManager,
    viewer: Viewer,
    boardId: string,
    deal: FrameworkDealTerms,
  ): Promise<string> {
    const { row, leafletIds, documentSha256 } = await writeFrameworkAgreement(
      em,
      viewer,
      viewer.userId!,
      boardId,
      deal,
    );
    // Created ACTIVE: its signed document is made in the same transaction.
    const document = await this.signedDocuments.produce(em, viewer, row.id);
    await this.steps.record(em, viewer, row, boardId, 'agreement.frameworkJoined', null, {
      ...auditable(row),
      productIds: deal.productIds,
      leafletIds,
      documentSha256,
      signedDocumentFileId: document.id,
    });
    return row.id;
  }
}

function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}
