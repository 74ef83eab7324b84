// General offers: a vendor's signed standing terms, published and withdrawn by its
// signatory, and the agreement a board makes by accepting one. (Listing them is a
// query, in agreements.service.ts.)
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AgreementSource,
  AgreementStatus,
  amsterdamDate,
  GeneralOfferStatus,
  generalOfferTermsJson,
  SignatureParty,
} from '@regie/domain';
import { DataSource } from 'typeorm';
import { authorize } from '../auth/permissions';
import { sha256 } from '../auth/secrets';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { FilesService } from '../files/files.service';
import { PDF } from '../files/media-types';
import { checkDates, checkProducts } from './agreement-checks';
import { fixAgreementLeaflets, GENERAL_OFFER_FILE_LINK, MODEL_NAME } from './agreement-content';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { AgreementSteps, auditable } from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type { AcceptGeneralOfferInput, PublishGeneralOfferInput } from './agreement.inputs';
import { GeneralOffer, ProcessingAgreement } from './agreement.types';
import { GeneralOfferProductEntity } from './general-offer-product.entity';
import { GeneralOfferEntity } from './general-offer.entity';

@Injectable()
export class GeneralOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly steps: AgreementSteps,
    private readonly audit: AuditService,
    private readonly files: FilesService,
  ) {}

  publish(viewer: Viewer, input: PublishGeneralOfferInput): Promise<GeneralOffer> {
    authorize(viewer, 'publishGeneralOffer', input.vendorId.toLowerCase());
    const vendorId = input.vendorId.toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const productIds = await checkProducts(em, vendorId, input.productIds, 'input.productIds');
      const offers = this.da.writer(GeneralOfferEntity, em);
      const offer = offers.create({
        id: randomUUID(),
        vendorId,
        modelVersion: input.modelVersion?.trim() || '4.0',
        status: GeneralOfferStatus.PUBLISHED,
        publishedById: viewer.userId!,
        publishedAt: new Date(),
        termsFileId: input.termsFileId,
        termsSha256: '',
        signatureSha256: '',
      });
      const file = await this.files.link(em, {
        fileId: input.termsFileId,
        organisationId: vendorId,
        kind: GENERAL_OFFER_FILE_LINK,
        linkId: offer.id,
        field: 'input.termsFileId',
      });
      if (file.mediaType !== PDF)
        throw invalidField('input.termsFileId', 'agreement.documentNotPdf');
      offer.termsFileId = file.id;
      offer.termsSha256 = file.sha256;
      // Publishing is its signatory's signature: over the offer, its products, model and terms.
      offer.signatureSha256 = sha256(
        generalOfferTermsJson({
          id: offer.id,
          vendorId,
          productIds,
          modelVersion: offer.modelVersion,
          termsSha256: file.sha256,
        }),
      );
      const saved = await offers.save(offer);
      await this.da
        .writer(GeneralOfferProductEntity, em)
        .insert(productIds.map((productId) => ({ generalOfferId: saved.id, productId })));
      const after = GeneralOffer.from(saved);
      await this.audit.record(em, {
        viewer,
        organisationId: vendorId,
        partyIds: [vendorId],
        action: 'generalOffer.published',
        entityType: 'GeneralOffer',
        entityId: saved.id,
        after: {
          ...after,
          productIds,
          termsSha256: file.sha256,
          signatureSha256: saved.signatureSha256,
        },
      });
      return after;
    });
  }

  withdraw(viewer: Viewer, id: string): Promise<GeneralOffer> {
    return this.dataSource.transaction(async (em) => {
      const offer = await this.da.lockOne(viewer, GeneralOfferEntity, id, em);
      if (!offer) throw notFound();
      authorize(viewer, 'withdrawGeneralOffer', offer.vendorId);
      if (offer.status !== GeneralOfferStatus.PUBLISHED) throw conflict('INVALID_TRANSITION');
      const before = GeneralOffer.from(offer);
      offer.status = GeneralOfferStatus.WITHDRAWN;
      offer.withdrawnAt = new Date();
      offer.withdrawnById = viewer.userId;
      const after = GeneralOffer.from(await this.da.writer(GeneralOfferEntity, em).save(offer));
      await this.audit.record(em, {
        viewer,
        organisationId: offer.vendorId,
        partyIds: [offer.vendorId],
        action: 'generalOffer.withdrawn',
        entityType: 'GeneralOffer',
        entityId: offer.id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * The board's agreement on the offer's terms: IN_REVIEW at once, leaflets fixed
   * now, the terms PDF as its document, no deviations possible.
   */
  accept(viewer: Viewer, input: AcceptGeneralOfferInput): Promise<ProcessingAgreement> {
    const boardId = input.boardId.toLowerCase();
    authorize(viewer, 'acceptGeneralOffer', boardId);
    checkDates(input.validFrom ?? null, input.validUntil ?? null);
    return this.dataSource.transaction(async (em) => {
      const offer = isUuid(input.generalOfferId)
        ? await this.da
            .visible(viewer, GeneralOfferEntity, 'o', em)
            .andWhere('o.id = :id', { id: input.generalOfferId.toLowerCase() })
            .getOne()
        : null;
      if (!offer) throw notFound();
      if (offer.status !== GeneralOfferStatus.PUBLISHED) throw conflict('INVALID_TRANSITION');
      const productIds = (
        await this.da
          .visible(viewer, GeneralOfferProductEntity, 'gp', em)
          .andWhere('gp.general_offer_id = :id', { id: offer.id })
          .orderBy('gp.productId', 'ASC')
          .getMany()
      ).map((p) => p.productId);
      const agreements = this.da.writer(AgreementEntity, em);
      const row = await agreements.save(
        agreements.create({
          boardId,
          vendorId: offer.vendorId,
          source: AgreementSource.GENERAL_OFFER,
          status: AgreementStatus.IN_REVIEW,
          modelName: MODEL_NAME,
          modelVersion: offer.modelVersion,
          validFrom: input.validFrom ?? null,
          validUntil: input.validUntil ?? null,
          generalOfferId: offer.id,
          leafletsFixedAt: new Date(),
          createdById: viewer.userId,
          createdByParty: SignatureParty.BOARD,
          // The vendor's consent: its signature on the offer, which the content will name.
          vendorConsentSha256: offer.signatureSha256.trim(),
        }),
      );
      await this.da
        .writer(AgreementProductEntity, em)
        .insert(productIds.map((productId) => ({ agreementId: row.id, productId })));
      const leafletIds = await fixAgreementLeaflets(em, viewer, row.id);
      await this.da.writer(AgreementDocumentEntity, em).insert({
        agreementId: row.id,
        fileId: offer.termsFileId,
        sha256: offer.termsSha256,
        attachedById: viewer.userId,
      });
      await this.steps.notifySubmitted(em, viewer, row);
      await this.steps.record(em, viewer, row, boardId, 'agreement.generalOfferAccepted', null, {
        ...auditable(row),
        productIds,
        leafletIds,
      });
      return ProcessingAgreement.from(row, amsterdamDate());
    });
  }
}
