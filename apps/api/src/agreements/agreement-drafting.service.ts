// Drafting an agreement: creating it (or the new version of a signed one), changing
// its dates and products, proposing deviations, attaching documents, and submitting
// it for the board's review. Each use case is one transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AgreementSource,
  AgreementStatus,
  AgreementTopic,
  amsterdamDate,
  SignatureParty,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { may } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { FilesService } from '../files/files.service';
import { PDF } from '../files/media-types';
import { checkDates, checkParties, checkProducts } from './agreement-checks';
import {
  AGREEMENT_FILE_LINK,
  fixAgreementLeaflets,
  MODEL_NAME,
  productIdsOf,
} from './agreement-content';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { AgreementSteps, auditable } from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type {
  AddDeviationInput,
  AttachDocumentInput,
  CreateAgreementInput,
  UpdateAgreementInput,
  UpdateDeviationInput,
  WithdrawDeviationInput,
} from './agreement.inputs';
import { Deviation, ProcessingAgreement } from './agreement.types';

@Injectable()
export class AgreementDraftingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly steps: AgreementSteps,
    private readonly files: FilesService,
  ) {}

  /** A DIRECT draft, by either party's editor; optionally the new version of a signed one. */
  create(viewer: Viewer, input: CreateAgreementInput): Promise<ProcessingAgreement> {
    const boardId = input.boardId.toLowerCase();
    const vendorId = input.vendorId.toLowerCase();
    const actingFor = may(viewer, 'createAgreement', boardId)
      ? boardId
      : may(viewer, 'createAgreement', vendorId)
        ? vendorId
        : null;
    if (!actingFor) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      await checkParties(em, boardId, vendorId);
      const productIds = await checkProducts(em, vendorId, input.productIds, 'input.productIds');
      let previous: AgreementEntity | null = null;
      if (input.supersedesId) {
        previous = await this.steps.visibleRow(em, viewer, input.supersedesId);
        if (previous.boardId !== boardId || previous.vendorId !== vendorId)
          throw invalidField('input.supersedesId', 'agreement.supersedesOtherParties');
        if (previous.status !== AgreementStatus.ACTIVE) throw conflict('INVALID_TRANSITION');
      }
      const validFrom =
        input.validFrom !== undefined ? input.validFrom : (previous?.validFrom ?? null);
      const validUntil =
        input.validUntil !== undefined ? input.validUntil : (previous?.validUntil ?? null);
      checkDates(validFrom ?? null, validUntil ?? null);
      const agreements = this.da.writer(AgreementEntity, em);
      const row = await agreements.save(
        agreements.create({
          boardId,
          vendorId,
          source: AgreementSource.DIRECT,
          status: AgreementStatus.DRAFT,
          modelName: MODEL_NAME,
          modelVersion: input.modelVersion?.trim() || previous?.modelVersion || '4.0',
          validFrom: validFrom ?? null,
          validUntil: validUntil ?? null,
          supersedesId: previous?.id ?? null,
          createdById: viewer.userId,
          createdByParty: actingFor === boardId ? SignatureParty.BOARD : SignatureParty.VENDOR,
        }),
      );
      await this.da
        .writer(AgreementProductEntity, em)
        .insert(productIds.map((productId) => ({ agreementId: row.id, productId })));
      if (previous) {
        const deviations = await this.da
          .visible(viewer, AgreementDeviationEntity, 'd', em)
          .andWhere('d.agreement_id = :id AND d.withdrawn_at IS NULL', { id: previous.id })
          .orderBy('d.createdAt', 'ASC')
          .addOrderBy('d.id', 'ASC')
          .getMany();
        const copies = this.da.writer(AgreementDeviationEntity, em);
        // Each its own creation instant, so that their order holds: a transaction's now() is
        // one instant for every row it writes.
        const base = Date.now();
        for (const [i, d] of deviations.entries()) {
          await copies.save(
            copies.create({
              createdAt: new Date(base + i),
              agreementId: row.id,
              clause: d.clause,
              text: d.text,
              topic: d.topic,
              addedBy: d.addedBy,
              assessment: d.assessment,
              assessmentNote: d.assessmentNote,
              assessedById: d.assessedById,
              assessedAt: d.assessedAt,
              createdById: viewer.userId,
            }),
          );
        }
      }
      await this.steps.record(em, viewer, row, actingFor, 'agreement.created', null, {
        ...auditable(row),
        productIds,
      });
      return ProcessingAgreement.from(row, amsterdamDate());
    });
  }

  update(viewer: Viewer, input: UpdateAgreementInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, input.version, 'update', async (c) => {
      const before = {
        ...auditable(c.row),
        productIds: await productIdsOf(c.em, viewer, c.row.id),
      };
      const validFrom = input.validFrom !== undefined ? input.validFrom : c.row.validFrom;
      const validUntil = input.validUntil !== undefined ? input.validUntil : c.row.validUntil;
      checkDates(validFrom ?? null, validUntil ?? null);
      let productIds = before.productIds;
      if (input.productIds) {
        productIds = await checkProducts(
          c.em,
          c.row.vendorId,
          input.productIds,
          'input.productIds',
        );
        const products = this.da.writer(AgreementProductEntity, c.em);
        await products.delete({ agreementId: c.row.id });
        await products.insert(
          productIds.map((productId) => ({ agreementId: c.row.id, productId })),
        );
      }
      await this.da
        .writer(AgreementEntity, c.em)
        .update({ id: c.row.id }, { validFrom: validFrom ?? null, validUntil: validUntil ?? null });
      return this.steps.finish(c, viewer, 'agreement.updated', before, { productIds });
    });
  }

  addDeviation(viewer: Viewer, input: AddDeviationInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, input.version, 'addDeviation', async (c) => {
      const deviations = this.da.writer(AgreementDeviationEntity, c.em);
      const deviation = await deviations.save(
        deviations.create({
          agreementId: c.row.id,
          clause: input.clause.trim(),
          text: input.text.trim(),
          topic: input.topic ?? AgreementTopic.OTHER,
          addedBy: c.party === 'BOARD' ? SignatureParty.BOARD : SignatureParty.VENDOR,
          assessment: null,
          assessmentNote: null,
          createdById: viewer.userId,
        }),
      );
      return this.steps.finish(c, viewer, 'agreement.deviationAdded', null, {
        deviation: Deviation.from(deviation),
      });
    });
  }

  /**
   * By the party that proposed it, while the terms are open (DRAFT, CHANGES_REQUESTED). A
   * change clears its assessment: the FG assesses the new text.
   */
  async updateDeviation(viewer: Viewer, input: UpdateDeviationInput): Promise<ProcessingAgreement> {
    const found = await this.visibleDeviation(viewer, input.deviationId);
    // A change that changes nothing would only clear the FG's assessment.
    if (input.clause == null && input.text == null && input.topic == null)
      throw invalidField('input.text', 'agreement.deviationUnchanged');
    return this.steps.act(
      viewer,
      found.agreementId,
      input.version,
      'updateDeviation',
      async (c) => {
        const deviation = await this.lockedDeviation(c.em, viewer, found.id);
        const before = Deviation.from(deviation);
        if (input.clause != null) deviation.clause = input.clause.trim();
        if (input.text != null) deviation.text = input.text.trim();
        if (input.topic != null) deviation.topic = input.topic;
        deviation.assessment = null;
        deviation.assessmentNote = null;
        deviation.assessedById = null;
        deviation.assessedAt = null;
        const after = Deviation.from(
          await this.da.writer(AgreementDeviationEntity, c.em).save(deviation),
        );
        return this.steps.finish(
          c,
          viewer,
          'agreement.deviationUpdated',
          { deviation: before },
          { deviation: after },
        );
      },
      { facts: { deviationAddedBy: found.addedBy } },
    );
  }

  /** By the party that proposed it: it leaves the agreement, and is kept for the record. */
  async withdrawDeviation(
    viewer: Viewer,
    input: WithdrawDeviationInput,
  ): Promise<ProcessingAgreement> {
    const found = await this.visibleDeviation(viewer, input.deviationId);
    return this.steps.act(
      viewer,
      found.agreementId,
      input.version,
      'withdrawDeviation',
      async (c) => {
        const deviation = await this.lockedDeviation(c.em, viewer, found.id);
        deviation.withdrawnAt = new Date();
        deviation.withdrawnById = viewer.userId;
        await this.da.writer(AgreementDeviationEntity, c.em).save(deviation);
        return this.steps.finish(
          c,
          viewer,
          'agreement.deviationWithdrawn',
          { deviation: Deviation.from(deviation) },
          { deviationId: deviation.id, withdrawnAt: deviation.withdrawnAt },
        );
      },
      { facts: { deviationAddedBy: found.addedBy } },
    );
  }

  /** A deviation the viewer sees and that is still part of its agreement; NOT_FOUND otherwise. */
  private async visibleDeviation(viewer: Viewer, id: string): Promise<AgreementDeviationEntity> {
    const found = isUuid(id)
      ? await this.da
          .visible(viewer, AgreementDeviationEntity, 'd')
          .andWhere('d.id = :id AND d.withdrawn_at IS NULL', { id: id.toLowerCase() })
          .getOne()
      : null;
    if (!found) throw notFound();
    return found;
  }

  /** The deviation again inside the step, whose version bump holds the agreement's row lock. */
  private async lockedDeviation(
    em: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<AgreementDeviationEntity> {
    const deviation = await this.da
      .visible(viewer, AgreementDeviationEntity, 'd', em)
      .andWhere('d.id = :id AND d.withdrawn_at IS NULL', { id })
      .getOne();
    // Withdrawn between the first read and the lock: as if it were gone.
    if (!deviation) throw notFound();
    return deviation;
  }

  attachDocument(viewer: Viewer, input: AttachDocumentInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, input.version, 'attachDocument', async (c) => {
      const file = await this.files.link(c.em, {
        fileId: input.fileId,
        organisationId: c.organisationId,
        kind: AGREEMENT_FILE_LINK,
        linkId: c.row.id,
        field: 'input.fileId',
      });
      if (file.mediaType !== PDF) throw invalidField('input.fileId', 'agreement.documentNotPdf');
      await this.da.writer(AgreementDocumentEntity, c.em).insert({
        agreementId: c.row.id,
        fileId: file.id,
        sha256: file.sha256,
        attachedById: viewer.userId,
      });
      return this.steps.finish(c, viewer, 'agreement.documentAttached', null, {
        document: { fileId: file.id, filename: file.filename, sha256: file.sha256 },
      });
    });
  }

  /** To the board's review: the products' current leaflets are fixed with it now. */
  submit(viewer: Viewer, agreementId: string, version: number): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, agreementId, version, 'submit', async (c) => {
      const leafletIds = await fixAgreementLeaflets(c.em, viewer, c.row.id);
      await this.da
        .writer(AgreementEntity, c.em)
        .update({ id: c.row.id }, { status: c.next, leafletsFixedAt: new Date() });
      await this.steps.notifySubmitted(c.em, viewer, c.row);
      return this.steps.finish(
        c,
        viewer,
        'agreement.submitted',
        { status: c.row.status },
        { status: c.next, leafletIds },
      );
    });
  }
}
