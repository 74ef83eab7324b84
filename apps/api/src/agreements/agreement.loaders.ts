// The relations of agreements and general offers, one SQL statement per relation
// per request however many parents ask. Loaders live in the request's context, so
// the viewer (who sees which agreements) is fixed for each of them; every one reads
// through the visibility rules, even when keyed by a parent the viewer already saw.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, effectiveAgreementStatus, type AgreementStatus } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { DataAccess } from '../data-access';
import { newestAgreementsOfBoard } from '../data-access/queries/procurement.queries';
import { FilesService } from '../files/files.service';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { UserEntity } from '../identity/user.entity';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementLeafletEntity } from './agreement-leaflet.entity';
import { AgreementMessageEntity } from './agreement-message.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { AgreementReviewNoteEntity } from './agreement-review-note.entity';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementEntity } from './agreement.entity';
import {
  AgreementMessage,
  Deviation,
  GeneralOffer,
  ProcessingAgreement,
  ReviewNote,
  Signature,
} from './agreement.types';
import { GeneralOfferProductEntity } from './general-offer-product.entity';
import { GeneralOfferEntity } from './general-offer.entity';

@Injectable()
export class AgreementLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly files: FilesService,
  ) {}

  /** An agreement the viewer is party to, by id; null otherwise (ProcessingAgreement.supersedes). */
  agreementById(ctx: RequestContext): DataLoader<string, ProcessingAgreement | null> {
    return ctx.loaders.get(
      'agreement.byId',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementEntity, 'a')
            .andWhere('a.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
            .getMany();
          const today = amsterdamDate();
          return byKey(
            ids,
            rows,
            (r) => r.id,
            null,
            (r) => ProcessingAgreement.from(r, today),
          );
        }),
    );
  }

  /**
   * Product.myAgreementStatus: per product, the status (as shown today) of the board's newest
   * agreement covering it, among those the viewer sees; one statement per board and request.
   */
  newestStatusOfBoard(
    ctx: RequestContext,
    boardId: string,
  ): DataLoader<string, AgreementStatus | null> {
    return ctx.loaders.get(
      `agreement.newestStatusOfBoard:${boardId}`,
      () =>
        new DataLoader(async (productIds) => {
          const rows = await newestAgreementsOfBoard(
            this.da,
            ctx.viewer,
            boardId,
            productIds.filter(isUuid),
          );
          const today = amsterdamDate();
          return byKey(
            productIds,
            rows,
            (r) => r.product_id,
            null,
            (r) =>
              effectiveAgreementStatus(
                {
                  status: r.status,
                  validUntil: r.valid_until,
                  terminationDate: r.termination_date,
                  supersededOn: r.superseded_on,
                },
                today,
              ),
          );
        }),
    );
  }

  productIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'agreement.productIds',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementProductEntity, 'ap')
            .andWhere('ap.agreement_id = ANY(:ids::uuid[])', { ids })
            .orderBy('ap.productId', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map((r) => r.productId));
        }),
    );
  }

  /** The leaflet ids fixed with the agreement at submission. */
  fixedLeafletIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'agreement.leafletIds',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementLeafletEntity, 'l')
            .andWhere('l.agreement_id = ANY(:ids::uuid[])', { ids })
            .orderBy('l.productId', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map((r) => r.leafletId));
        }),
    );
  }

  /** In the order they were added; a withdrawn one is no longer part of the agreement. */
  deviations(ctx: RequestContext): DataLoader<string, Deviation[]> {
    return ctx.loaders.get(
      'agreement.deviations',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementDeviationEntity, 'd')
            .andWhere('d.agreement_id = ANY(:ids::uuid[]) AND d.withdrawn_at IS NULL', { ids })
            .orderBy('d.createdAt', 'ASC')
            .addOrderBy('d.id', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map(Deviation.from));
        }),
    );
  }

  signatures(ctx: RequestContext): DataLoader<string, Signature[]> {
    return ctx.loaders.get(
      'agreement.signatures',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementSignatureEntity, 's')
            .andWhere('s.agreement_id = ANY(:ids::uuid[])', { ids })
            .orderBy('s.signedAt', 'ASC')
            .addOrderBy('s.party', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map(Signature.from));
        }),
    );
  }

  /** Oldest first; the board's own (its rule never shows them to the vendor). */
  reviewNotes(ctx: RequestContext): DataLoader<string, ReviewNote[]> {
    return ctx.loaders.get(
      'agreement.reviewNotes',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementReviewNoteEntity, 'n')
            .andWhere('n.agreement_id = ANY(:ids::uuid[])', { ids })
            .orderBy('n.createdAt', 'ASC')
            .addOrderBy('n.id', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map(ReviewNote.from));
        }),
    );
  }

  /** The parties' conversation, oldest first. */
  messages(ctx: RequestContext): DataLoader<string, AgreementMessage[]> {
    return ctx.loaders.get(
      'agreement.messages',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AgreementMessageEntity, 'm')
            .andWhere('m.agreement_id = ANY(:ids::uuid[])', { ids })
            .orderBy('m.createdAt', 'ASC')
            .addOrderBy('m.id', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) =>
            g.map(AgreementMessage.from),
          );
        }),
    );
  }

  /**
   * A general offer by id, as the viewer sees it (ProcessingAgreement.generalOffer): a board
   * keeps seeing the offer its agreement rests on after the vendor withdrew it.
   */
  generalOfferById(ctx: RequestContext): DataLoader<string, GeneralOffer | null> {
    return ctx.loaders.get(
      'generalOffer.byId',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, GeneralOfferEntity, 'o')
            .andWhere('o.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
            .getMany();
          return byKey(ids, rows, (r) => r.id, null, GeneralOffer.from);
        }),
    );
  }

  documents(ctx: RequestContext): DataLoader<string, StoredFileEntity[]> {
    return ctx.loaders.get(
      'agreement.documents',
      () =>
        new DataLoader(async (ids) => {
          const links = await this.da
            .visible(ctx.viewer, AgreementDocumentEntity, 'doc')
            .andWhere('doc.agreement_id = ANY(:ids::uuid[])', { ids })
            .orderBy('doc.attachedAt', 'ASC')
            .addOrderBy('doc.fileId', 'ASC')
            .getMany();
          const files = new Map(
            (await this.files.findByIds(links.map((l) => l.fileId))).map((f) => [f.id, f]),
          );
          return groupByKey(ids, links, (l) => l.agreementId).map((g) =>
            g.flatMap((l) => (files.has(l.fileId) ? [files.get(l.fileId)!] : [])),
          );
        }),
    );
  }

  file(ctx: RequestContext): DataLoader<string, StoredFileEntity | null> {
    return ctx.loaders.get(
      'agreement.file',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.files.findByIds(ids);
          return byKey(
            ids,
            rows,
            (r) => r.id,
            null,
            (r) => r,
          );
        }),
    );
  }

  /** People as other organisations see them: id and name. */
  person(ctx: RequestContext): DataLoader<string, Person | null> {
    return ctx.loaders.get(
      'agreement.person',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(UserEntity)
            .find({ select: { id: true, name: true }, where: { id: In(ids.filter(isUuid)) } });
          return byKey(
            ids,
            rows,
            (r) => r.id,
            null,
            (r) => Object.assign(new Person(), { id: r.id, name: r.name }),
          );
        }),
    );
  }

  offerProductIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'generalOffer.productIds',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, GeneralOfferProductEntity, 'gp')
            .andWhere('gp.general_offer_id = ANY(:ids::uuid[])', { ids })
            .orderBy('gp.productId', 'ASC')
            .getMany();
          return groupByKey(ids, rows, (r) => r.generalOfferId).map((g) =>
            g.map((r) => r.productId),
          );
        }),
    );
  }

  /** Product.generalOffers: the offers covering it that the viewer sees, newest first. */
  offersByProduct(ctx: RequestContext): DataLoader<string, GeneralOffer[]> {
    return ctx.loaders.get(
      'generalOffer.byProduct',
      () =>
        new DataLoader(async (productIds) => {
          // A link is seen exactly when its offer is, so the offer joined to it is visible.
          const links = await this.da
            .visible(ctx.viewer, GeneralOfferProductEntity, 'gp')
            .innerJoinAndSelect('gp.generalOffer', 'o')
            .andWhere('gp.product_id = ANY(:ids::uuid[])', { ids: productIds.filter(isUuid) })
            .orderBy('o.publishedAt', 'DESC')
            .addOrderBy('o.id', 'DESC')
            .getMany();
          return groupByKey(productIds, links, (l) => l.productId).map((g) =>
            g.map((l) => GeneralOffer.from(l.generalOffer!)),
          );
        }),
    );
  }
}
