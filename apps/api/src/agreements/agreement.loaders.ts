// The relations of agreements and general offers, one SQL statement per relation
// per request however many parents ask. Loaders live in the request's context, so
// the viewer (who sees which agreements) is fixed for each of them.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, GeneralOfferStatus } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isPlatformAdmin } from '../auth/viewer';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { FilesService } from '../files/files.service';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { UserEntity } from '../identity/user.entity';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementLeafletEntity } from './agreement-leaflet.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { AgreementReviewNoteEntity } from './agreement-review-note.entity';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementEntity } from './agreement.entity';
import {
  Deviation,
  GeneralOffer,
  ProcessingAgreement,
  ReviewNote,
  Signature,
} from './agreement.types';
import { seesAgreement } from './agreements.service';
import { GeneralOfferProductEntity } from './general-offer-product.entity';
import { GeneralOfferEntity } from './general-offer.entity';

@Injectable()
export class AgreementLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
  ) {}

  /** An agreement the viewer is party to, by id; null otherwise (ProcessingAgreement.supersedes). */
  agreementById(ctx: RequestContext): DataLoader<string, ProcessingAgreement | null> {
    return ctx.loaders.get(
      'agreement.byId',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(AgreementEntity)
            .findBy({ id: In(ids.filter(isUuid)) });
          const today = amsterdamDate();
          const visible = rows.filter((r) => seesAgreement(ctx.viewer, r));
          return byKey(
            ids,
            visible,
            (r) => r.id,
            null,
            (r) => ProcessingAgreement.from(r, today),
          );
        }),
    );
  }

  productIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'agreement.productIds',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(AgreementProductEntity).find({
            where: { agreementId: In([...ids]) },
            order: { productId: 'ASC' },
          });
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
          const rows = await this.dataSource.getRepository(AgreementLeafletEntity).find({
            where: { agreementId: In([...ids]) },
            order: { productId: 'ASC' },
          });
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map((r) => r.leafletId));
        }),
    );
  }

  /** In the order they were added. */
  deviations(ctx: RequestContext): DataLoader<string, Deviation[]> {
    return ctx.loaders.get(
      'agreement.deviations',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(AgreementDeviationEntity).find({
            where: { agreementId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map(Deviation.from));
        }),
    );
  }

  signatures(ctx: RequestContext): DataLoader<string, Signature[]> {
    return ctx.loaders.get(
      'agreement.signatures',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(AgreementSignatureEntity).find({
            where: { agreementId: In([...ids]) },
            order: { signedAt: 'ASC', party: 'ASC' },
          });
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map(Signature.from));
        }),
    );
  }

  /** Oldest first; the resolver shows them to the board's members only. */
  reviewNotes(ctx: RequestContext): DataLoader<string, ReviewNote[]> {
    return ctx.loaders.get(
      'agreement.reviewNotes',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(AgreementReviewNoteEntity).find({
            where: { agreementId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
          return groupByKey(ids, rows, (r) => r.agreementId).map((g) => g.map(ReviewNote.from));
        }),
    );
  }

  documents(ctx: RequestContext): DataLoader<string, StoredFileEntity[]> {
    return ctx.loaders.get(
      'agreement.documents',
      () =>
        new DataLoader(async (ids) => {
          const links = await this.dataSource.getRepository(AgreementDocumentEntity).find({
            where: { agreementId: In([...ids]) },
            order: { attachedAt: 'ASC', fileId: 'ASC' },
          });
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
          const rows = await this.dataSource.getRepository(GeneralOfferProductEntity).find({
            where: { generalOfferId: In([...ids]) },
            order: { productId: 'ASC' },
          });
          return groupByKey(ids, rows, (r) => r.generalOfferId).map((g) =>
            g.map((r) => r.productId),
          );
        }),
    );
  }

  /** Product.generalOffers: published ones, and the viewer's own vendor's withdrawn ones. */
  offersByProduct(ctx: RequestContext): DataLoader<string, GeneralOffer[]> {
    return ctx.loaders.get(
      'generalOffer.byProduct',
      () =>
        new DataLoader(async (productIds) => {
          const links = await this.dataSource.getRepository(GeneralOfferProductEntity).findBy({
            productId: In(productIds.filter(isUuid)),
          });
          const query = this.dataSource
            .getRepository(GeneralOfferEntity)
            .createQueryBuilder('o')
            .where('o.id = ANY(:ids::uuid[])', { ids: links.map((l) => l.generalOfferId) });
          if (!isPlatformAdmin(ctx.viewer))
            query.andWhere('(o.status = :published OR o.vendor_id = ANY(:memberOf::uuid[]))', {
              published: GeneralOfferStatus.PUBLISHED,
              memberOf: (ctx.viewer?.memberships ?? []).map((m) => m.organisationId),
            });
          const offers = await query
            .orderBy('o.published_at', 'DESC')
            .addOrderBy('o.id', 'DESC')
            .getMany();
          return productIds.map((productId) => {
            const covering = new Set(
              links.filter((l) => l.productId === productId).map((l) => l.generalOfferId),
            );
            return offers.filter((o) => covering.has(o.id)).map(GeneralOffer.from);
          });
        }),
    );
  }
}
