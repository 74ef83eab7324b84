import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AgreementAction,
  type AgreementFacts,
  type AgreementParty,
  agreementContentJson,
  type AgreementSignedContent,
  AgreementSource,
  AgreementStatus,
  agreementTransition,
  addDays,
  amsterdamDate,
  countUnresolvedDeviations,
  DeviationAssessment,
  effectiveAgreementStatus,
  GeneralOfferStatus,
  OrganisationKind,
  Role,
  SignatureParty,
} from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { authorize, may } from '../auth/permissions';
import { sha256 } from '../auth/secrets';
import { hasRoleIn, isMemberOf, isPlatformAdmin, type Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { AppError, conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { FileAccessRegistry } from '../files/file-access';
import { FilesService } from '../files/files.service';
import { PDF } from '../files/media-types';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementLeafletEntity } from './agreement-leaflet.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { effectiveStatusSql } from './agreement-queries';
import { AgreementReviewNoteEntity } from './agreement-review-note.entity';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementEntity } from './agreement.entity';
import type {
  AcceptGeneralOfferInput,
  AddDeviationInput,
  AddReviewNoteInput,
  AgreementFilter,
  AssessDeviationInput,
  AttachDocumentInput,
  CreateAgreementInput,
  PublishGeneralOfferInput,
  RequestChangesInput,
  TerminateAgreementInput,
  UpdateAgreementInput,
} from './agreement.inputs';
import { Deviation, GeneralOffer, ProcessingAgreement, ReviewNote } from './agreement.types';
import { GeneralOfferProductEntity } from './general-offer-product.entity';
import { GeneralOfferEntity } from './general-offer.entity';

/** The model every agreement in Regie follows (DOMAIN.md). */
export const MODEL_NAME = 'Model Verwerkersovereenkomst';
/** What links a document to an agreement, and a general offer's terms, in the files registry. */
export const AGREEMENT_FILE_LINK = 'agreement';
export const GENERAL_OFFER_FILE_LINK = 'generalOffer';

const EDITORS: Record<AgreementParty, Role[]> = {
  BOARD: [Role.PROCUREMENT, Role.PRIVACY_OFFICER],
  VENDOR: [Role.VENDOR_EDITOR],
};

/** Whether the viewer is a party to the agreement (or the platform admin, who sees all). */
export function seesAgreement(
  viewer: Viewer | null,
  row: { boardId: string; vendorId: string },
): boolean {
  return (
    isPlatformAdmin(viewer) || isMemberOf(viewer, row.boardId) || isMemberOf(viewer, row.vendorId)
  );
}

/** SQL on alias `a` for the same rule; binds :memberOf. */
function visibleSql(alias: string): string {
  return `(${alias}.board_id = ANY(:memberOf::uuid[]) OR ${alias}.vendor_id = ANY(:memberOf::uuid[]))`;
}

interface Acting {
  readonly em: EntityManager;
  readonly row: AgreementEntity;
  readonly party: AgreementParty;
  /** The organisation the viewer acts for. */
  readonly organisationId: string;
  readonly next: AgreementStatus;
  readonly today: string;
}

@Injectable()
export class AgreementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly fileAccess: FileAccessRegistry,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.fileAccess.register(AGREEMENT_FILE_LINK, {
      mayRead: async (viewer, link) => {
        const row = await this.dataSource.getRepository(AgreementEntity).findOneBy({ id: link.id });
        return row && seesAgreement(viewer, row) ? {} : null;
      },
    });
    this.fileAccess.register(GENERAL_OFFER_FILE_LINK, {
      mayRead: async (viewer, link) => {
        const offer = await this.dataSource
          .getRepository(GeneralOfferEntity)
          .findOneBy({ id: link.id });
        if (!offer) return null;
        if (offer.status === GeneralOfferStatus.PUBLISHED || seesOffer(viewer, offer)) return {};
        // A withdrawn offer's terms stay readable to the boards that accepted it.
        const accepted = await this.dataSource
          .getRepository(AgreementEntity)
          .createQueryBuilder('a')
          .where('a.general_offer_id = :id', { id: offer.id })
          .andWhere(visibleSql('a'), { memberOf: memberOf(viewer) })
          .getExists();
        return accepted ? {} : null;
      },
    });
  }

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<ProcessingAgreement | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource
      .getRepository(AgreementEntity)
      .findOneBy({ id: id.toLowerCase() });
    return row && seesAgreement(viewer, row)
      ? ProcessingAgreement.from(row, amsterdamDate())
      : null;
  }

  /** The agreements the viewer is party to (all, for the platform admin), newest first. */
  async list(
    viewer: Viewer,
    filter: AgreementFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ProcessingAgreement>> {
    const today = amsterdamDate();
    const query = this.dataSource
      .getRepository(AgreementEntity)
      .createQueryBuilder('a')
      .where('TRUE')
      .setParameter('today', today);
    if (!isPlatformAdmin(viewer)) query.andWhere(visibleSql('a'), { memberOf: memberOf(viewer) });
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

  /** Published offers, and the viewer's own vendor's withdrawn ones; newest first. */
  async listGeneralOffers(
    viewer: Viewer,
    args: {
      vendorId?: string | null;
      productId?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<GeneralOffer>> {
    const query = this.dataSource.getRepository(GeneralOfferEntity).createQueryBuilder('o');
    if (isPlatformAdmin(viewer)) query.where('TRUE');
    else
      query.where('(o.status = :published OR o.vendor_id = ANY(:memberOf::uuid[]))', {
        published: GeneralOfferStatus.PUBLISHED,
        memberOf: memberOf(viewer),
      });
    if (args.vendorId) {
      if (!isUuid(args.vendorId)) return emptyConnection();
      query.andWhere('o.vendor_id = :vendorId', { vendorId: args.vendorId.toLowerCase() });
    }
    if (args.productId) {
      if (!isUuid(args.productId)) return emptyConnection();
      query.andWhere(
        'EXISTS (SELECT 1 FROM general_offer_product gp WHERE gp.general_offer_id = o.id AND gp.product_id = :productId)',
        { productId: args.productId.toLowerCase() },
      );
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

  // ---------------------------------------------------------------- mutations

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
      await this.checkParties(em, boardId, vendorId);
      const productIds = await this.checkProducts(
        em,
        vendorId,
        input.productIds,
        'input.productIds',
      );
      let previous: AgreementEntity | null = null;
      if (input.supersedesId) {
        previous = await this.findVisibleRow(em, viewer, input.supersedesId);
        if (previous.boardId !== boardId || previous.vendorId !== vendorId)
          throw invalidField('input.supersedesId', 'agreement.supersedesOtherParties');
        if (previous.status !== AgreementStatus.ACTIVE) throw conflict('INVALID_TRANSITION');
      }
      const validFrom =
        input.validFrom !== undefined ? input.validFrom : (previous?.validFrom ?? null);
      const validUntil =
        input.validUntil !== undefined ? input.validUntil : (previous?.validUntil ?? null);
      checkDates(validFrom ?? null, validUntil ?? null);
      const row = await em.save(
        em.create(AgreementEntity, {
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
        }),
      );
      await em.insert(
        AgreementProductEntity,
        productIds.map((productId) => ({ agreementId: row.id, productId })),
      );
      if (previous) {
        const deviations = await em.find(AgreementDeviationEntity, {
          where: { agreementId: previous.id },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        // One by one: each keeps its own creation instant, so their order holds.
        for (const d of deviations) {
          await em.save(
            em.create(AgreementDeviationEntity, {
              agreementId: row.id,
              clause: d.clause,
              text: d.text,
              assessment: d.assessment,
              assessmentNote: d.assessmentNote,
              assessedById: d.assessedById,
              assessedAt: d.assessedAt,
              createdById: viewer.userId,
            }),
          );
        }
      }
      await this.record(em, viewer, row, actingFor, 'agreement.created', null, {
        ...auditable(row),
        productIds,
      });
      return ProcessingAgreement.from(row, amsterdamDate());
    });
  }

  update(viewer: Viewer, input: UpdateAgreementInput): Promise<ProcessingAgreement> {
    return this.act(viewer, input.agreementId, input.version, 'update', async (c) => {
      const before = { ...auditable(c.row), productIds: await productIdsOf(c.em, c.row.id) };
      const validFrom = input.validFrom !== undefined ? input.validFrom : c.row.validFrom;
      const validUntil = input.validUntil !== undefined ? input.validUntil : c.row.validUntil;
      checkDates(validFrom ?? null, validUntil ?? null);
      let productIds = before.productIds;
      if (input.productIds) {
        productIds = await this.checkProducts(
          c.em,
          c.row.vendorId,
          input.productIds,
          'input.productIds',
        );
        await c.em.delete(AgreementProductEntity, { agreementId: c.row.id });
        await c.em.insert(
          AgreementProductEntity,
          productIds.map((productId) => ({ agreementId: c.row.id, productId })),
        );
      }
      await c.em.update(
        AgreementEntity,
        { id: c.row.id },
        {
          validFrom: validFrom ?? null,
          validUntil: validUntil ?? null,
        },
      );
      return this.finish(c, viewer, 'agreement.updated', before, { productIds });
    });
  }

  addDeviation(viewer: Viewer, input: AddDeviationInput): Promise<ProcessingAgreement> {
    return this.act(viewer, input.agreementId, input.version, 'addDeviation', async (c) => {
      const deviation = await c.em.save(
        c.em.create(AgreementDeviationEntity, {
          agreementId: c.row.id,
          clause: input.clause.trim(),
          text: input.text.trim(),
          assessment: null,
          assessmentNote: null,
          createdById: viewer.userId,
        }),
      );
      return this.finish(c, viewer, 'agreement.deviationAdded', null, {
        deviation: Deviation.from(deviation),
      });
    });
  }

  async assessDeviation(viewer: Viewer, input: AssessDeviationInput): Promise<Deviation> {
    const found = isUuid(input.deviationId)
      ? await this.dataSource
          .getRepository(AgreementDeviationEntity)
          .findOneBy({ id: input.deviationId.toLowerCase() })
      : null;
    if (!found) throw notFound();
    return this.act(viewer, found.agreementId, null, 'assessDeviation', async (c) => {
      const deviation = await c.em.findOneByOrFail(AgreementDeviationEntity, { id: found.id });
      const before = Deviation.from(deviation);
      deviation.assessment = input.assessment;
      deviation.assessmentNote = input.note?.trim() || null;
      deviation.assessedById = viewer.userId;
      deviation.assessedAt = new Date();
      const after = Deviation.from(await c.em.save(deviation));
      await this.finish(
        c,
        viewer,
        'agreement.deviationAssessed',
        { deviation: before },
        {
          deviation: after,
        },
      );
      return after;
    });
  }

  submit(viewer: Viewer, agreementId: string, version: number): Promise<ProcessingAgreement> {
    return this.act(viewer, agreementId, version, 'submit', async (c) => {
      const leafletIds = await fixAgreementLeaflets(c.em, c.row.id);
      await c.em.update(
        AgreementEntity,
        { id: c.row.id },
        {
          status: c.next,
          leafletsFixedAt: new Date(),
        },
      );
      await this.notifySubmitted(c.em, viewer, c.row);
      return this.finish(
        c,
        viewer,
        'agreement.submitted',
        { status: c.row.status },
        {
          status: c.next,
          leafletIds,
        },
      );
    });
  }

  requestChanges(viewer: Viewer, input: RequestChangesInput): Promise<ProcessingAgreement> {
    return this.act(viewer, input.agreementId, input.version, 'requestChanges', async (c) => {
      const note = input.note.trim();
      await c.em.update(AgreementEntity, { id: c.row.id }, { status: c.next });
      // The board keeps the request among its notes; the vendor learns it by notification.
      await c.em.save(
        c.em.create(AgreementReviewNoteEntity, {
          agreementId: c.row.id,
          authorId: viewer.userId!,
          body: note,
        }),
      );
      const names = await partyNames(c.em, c.row);
      await this.notifications.notifyOrganisationRoles(
        c.em,
        [c.row.boardId, c.row.vendorId],
        [...EDITORS.BOARD, ...EDITORS.VENDOR],
        {
          kind: 'AGREEMENT_CHANGES_REQUESTED',
          message: { key: 'notification.agreementChangesRequested', params: { ...names, note } },
          link: `/agreements/${c.row.id}`,
        },
        { except: viewer.userId ? [viewer.userId] : [] },
      );
      return this.finish(
        c,
        viewer,
        'agreement.changesRequested',
        { status: c.row.status },
        {
          status: c.next,
          note,
        },
      );
    });
  }

  approve(viewer: Viewer, agreementId: string, version: number): Promise<ProcessingAgreement> {
    return this.act(viewer, agreementId, version, 'approve', async (c) => {
      await c.em.update(AgreementEntity, { id: c.row.id }, { status: c.next });
      return this.finish(
        c,
        viewer,
        'agreement.approved',
        { status: c.row.status },
        {
          status: c.next,
        },
      );
    });
  }

  /**
   * Signs for the party of which the caller is SIGNATORY, over the canonical content;
   * the second signature makes it ACTIVE (and the agreement it supersedes SUPERSEDED).
   */
  sign(viewer: Viewer, agreementId: string, version: number): Promise<ProcessingAgreement> {
    return this.act(viewer, agreementId, version, 'sign', async (c) => {
      const documentSha256 = sha256(agreementContentJson(await signedContent(c.em, c.row)));
      const party = c.party === 'BOARD' ? SignatureParty.BOARD : SignatureParty.VENDOR;
      const signedAt = new Date();
      await c.em.insert(AgreementSignatureEntity, {
        agreementId: c.row.id,
        party,
        signedById: viewer.userId!,
        signedAt,
        documentSha256,
      });
      const active = c.next === AgreementStatus.ACTIVE;
      if (active && c.row.source === AgreementSource.GENERAL_OFFER) {
        // The vendor's signatory signed the offer once, for every board that accepts
        // it: that publication is recorded as the vendor's signature of this content.
        const offer = await c.em.findOneByOrFail(GeneralOfferEntity, { id: c.row.generalOfferId! });
        await c.em.insert(AgreementSignatureEntity, {
          agreementId: c.row.id,
          party: SignatureParty.VENDOR,
          signedById: offer.publishedById,
          signedAt: offer.publishedAt,
          documentSha256,
        });
      }
      if (active) {
        await c.em.update(
          AgreementEntity,
          { id: c.row.id },
          {
            status: AgreementStatus.ACTIVE,
            activatedOn: c.today,
          },
        );
        if (c.row.supersedesId) await this.markSuperseded(c, viewer);
      }
      const names = await partyNames(c.em, c.row);
      const otherId = c.party === 'BOARD' ? c.row.vendorId : c.row.boardId;
      await this.notifications.notifyOrganisationRoles(
        c.em,
        [otherId],
        [Role.SIGNATORY],
        {
          kind: 'AGREEMENT_SIGNED',
          message: {
            key: 'notification.agreementSigned',
            params: {
              ...names,
              party: c.party === 'BOARD' ? names.board : names.vendor,
              other: c.party === 'BOARD' ? names.vendor : names.board,
              active: active ? 'yes' : 'no',
            },
          },
          link: `/agreements/${c.row.id}`,
        },
        { except: viewer.userId ? [viewer.userId] : [] },
      );
      return this.finish(
        c,
        viewer,
        'agreement.signed',
        { status: c.row.status },
        {
          status: c.next,
          signature: { party, signedById: viewer.userId, signedAt, documentSha256 },
        },
      );
    });
  }

  terminate(viewer: Viewer, input: TerminateAgreementInput): Promise<ProcessingAgreement> {
    return this.act(viewer, input.agreementId, input.version, 'terminate', async (c) => {
      if (input.endDate < c.today) throw invalidField('input.endDate', 'agreement.endDateInPast');
      const reason = input.reason.trim();
      await c.em.update(
        AgreementEntity,
        { id: c.row.id },
        {
          terminationDate: input.endDate,
          terminationReason: reason,
        },
      );
      return this.finish(c, viewer, 'agreement.terminated', null, {
        terminationDate: input.endDate,
        terminationReason: reason,
      });
    });
  }

  /** The board's own note: it changes nothing of the agreement, so takes no version. */
  addReviewNote(viewer: Viewer, input: AddReviewNoteInput): Promise<ReviewNote> {
    return this.act(
      viewer,
      input.agreementId,
      null,
      'addReviewNote',
      async (c) => {
        const note = await c.em.save(
          c.em.create(AgreementReviewNoteEntity, {
            agreementId: c.row.id,
            authorId: viewer.userId!,
            body: input.body.trim(),
          }),
        );
        const after = ReviewNote.from(note);
        await this.audit.record(c.em, {
          viewer,
          organisationId: c.organisationId,
          partyIds: [c.row.boardId],
          action: 'agreement.reviewNoteAdded',
          entityType: 'ProcessingAgreement',
          entityId: c.row.id,
          after: { reviewNote: after },
        });
        return after;
      },
      { bump: false },
    );
  }

  attachDocument(viewer: Viewer, input: AttachDocumentInput): Promise<ProcessingAgreement> {
    return this.act(viewer, input.agreementId, input.version, 'attachDocument', async (c) => {
      const file = await this.files.link(c.em, {
        fileId: input.fileId,
        organisationId: c.organisationId,
        kind: AGREEMENT_FILE_LINK,
        linkId: c.row.id,
        field: 'input.fileId',
      });
      if (file.mediaType !== PDF) throw invalidField('input.fileId', 'agreement.documentNotPdf');
      await c.em.insert(AgreementDocumentEntity, {
        agreementId: c.row.id,
        fileId: file.id,
        sha256: file.sha256,
        attachedById: viewer.userId,
      });
      return this.finish(c, viewer, 'agreement.documentAttached', null, {
        document: { fileId: file.id, filename: file.filename, sha256: file.sha256 },
      });
    });
  }

  publishGeneralOffer(viewer: Viewer, input: PublishGeneralOfferInput): Promise<GeneralOffer> {
    authorize(viewer, 'publishGeneralOffer', input.vendorId.toLowerCase());
    const vendorId = input.vendorId.toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const productIds = await this.checkProducts(
        em,
        vendorId,
        input.productIds,
        'input.productIds',
      );
      const offer = em.create(GeneralOfferEntity, {
        id: randomUUID(),
        vendorId,
        modelVersion: input.modelVersion?.trim() || '4.0',
        status: GeneralOfferStatus.PUBLISHED,
        publishedById: viewer.userId!,
        publishedAt: new Date(),
        termsFileId: input.termsFileId,
        termsSha256: '',
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
      const saved = await em.save(offer);
      await em.insert(
        GeneralOfferProductEntity,
        productIds.map((productId) => ({ generalOfferId: saved.id, productId })),
      );
      const after = GeneralOffer.from(saved);
      await this.audit.record(em, {
        viewer,
        organisationId: vendorId,
        partyIds: [vendorId],
        action: 'generalOffer.published',
        entityType: 'GeneralOffer',
        entityId: saved.id,
        after: { ...after, productIds, termsSha256: file.sha256 },
      });
      return after;
    });
  }

  withdrawGeneralOffer(viewer: Viewer, id: string): Promise<GeneralOffer> {
    return this.dataSource.transaction(async (em) => {
      const offer = isUuid(id)
        ? await em.findOne(GeneralOfferEntity, {
            where: { id: id.toLowerCase() },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!offer || !(offer.status === GeneralOfferStatus.PUBLISHED || seesOffer(viewer, offer)))
        throw notFound();
      authorize(viewer, 'withdrawGeneralOffer', offer.vendorId);
      if (offer.status !== GeneralOfferStatus.PUBLISHED) throw conflict('INVALID_TRANSITION');
      const before = GeneralOffer.from(offer);
      offer.status = GeneralOfferStatus.WITHDRAWN;
      offer.withdrawnAt = new Date();
      offer.withdrawnById = viewer.userId;
      const after = GeneralOffer.from(await em.save(offer));
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
  acceptGeneralOffer(viewer: Viewer, input: AcceptGeneralOfferInput): Promise<ProcessingAgreement> {
    const boardId = input.boardId.toLowerCase();
    authorize(viewer, 'acceptGeneralOffer', boardId);
    checkDates(input.validFrom ?? null, input.validUntil ?? null);
    return this.dataSource.transaction(async (em) => {
      const offer = isUuid(input.generalOfferId)
        ? await em.findOneBy(GeneralOfferEntity, { id: input.generalOfferId.toLowerCase() })
        : null;
      if (!offer || !(offer.status === GeneralOfferStatus.PUBLISHED || seesOffer(viewer, offer)))
        throw notFound();
      if (offer.status !== GeneralOfferStatus.PUBLISHED) throw conflict('INVALID_TRANSITION');
      const productIds = (
        await em.find(GeneralOfferProductEntity, {
          where: { generalOfferId: offer.id },
          order: { productId: 'ASC' },
        })
      ).map((p) => p.productId);
      const row = await em.save(
        em.create(AgreementEntity, {
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
        }),
      );
      await em.insert(
        AgreementProductEntity,
        productIds.map((productId) => ({ agreementId: row.id, productId })),
      );
      const leafletIds = await fixAgreementLeaflets(em, row.id);
      await em.insert(AgreementDocumentEntity, {
        agreementId: row.id,
        fileId: offer.termsFileId,
        sha256: offer.termsSha256,
        attachedById: viewer.userId,
      });
      await this.notifySubmitted(em, viewer, row);
      await this.record(em, viewer, row, boardId, 'agreement.generalOfferAccepted', null, {
        ...auditable(row),
        productIds,
        leafletIds,
      });
      return ProcessingAgreement.from(row, amsterdamDate());
    });
  }

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
      viewer.userId!,
      boardId,
      deal,
    );
    await this.record(em, viewer, row, boardId, 'agreement.frameworkJoined', null, {
      ...auditable(row),
      productIds: deal.productIds,
      leafletIds,
      documentSha256,
    });
    return row.id;
  }

  // ------------------------------------------------------------------ helpers

  /**
   * One lifecycle step in one transaction: the agreement must be visible (else
   * NOT_FOUND), the lifecycle must allow `action` for the viewer's party (else
   * FORBIDDEN or CONFLICT with the reason), and `version` must be current. The
   * conditional UPDATE on the version comes first: it takes the row lock, so of
   * concurrent writers with the same version exactly one goes on; the others find
   * no row to update and fail with STALE_VERSION, having changed nothing.
   */
  private act<T>(
    viewer: Viewer,
    agreementId: string,
    version: number | null,
    action: AgreementAction,
    apply: (c: Acting) => Promise<T>,
    options: { bump: boolean } = { bump: true },
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.findVisibleRow(em, viewer, agreementId);
      const today = amsterdamDate();
      // A missing role is told first; any other refusal of a stale request is its staleness.
      const stale = version !== null && row.version !== version;
      let decision: ReturnType<typeof decide>;
      try {
        decision = decide(viewer, row, await factsOf(em, row, today), action);
      } catch (error) {
        if (stale && error instanceof AppError && error.code === 'CONFLICT')
          throw conflict('STALE_VERSION');
        throw error;
      }
      if (stale) throw conflict('STALE_VERSION');
      if (options.bump) {
        const result = await em
          .createQueryBuilder()
          .update(AgreementEntity)
          .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('id = :id AND version = :version', { id: row.id, version: row.version })
          .execute();
        if (result.affected !== 1) throw conflict('STALE_VERSION');
      }
      return apply({ em, row, today, ...decision });
    });
  }

  /** Writes the audit event of a step and returns the agreement as it now is. */
  private async finish(
    c: Acting,
    viewer: Viewer,
    action: string,
    before: unknown,
    after: Record<string, unknown>,
  ): Promise<ProcessingAgreement> {
    const now = await c.em.findOneByOrFail(AgreementEntity, { id: c.row.id });
    await this.record(c.em, viewer, now, c.organisationId, action, before, {
      ...after,
      version: now.version,
    });
    return ProcessingAgreement.from(now, c.today);
  }

  private record(
    em: EntityManager,
    viewer: Viewer,
    row: AgreementEntity,
    organisationId: string,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId,
      partyIds: [row.boardId, row.vendorId],
      action,
      entityType: 'ProcessingAgreement',
      entityId: row.id,
      before: before ?? undefined,
      after,
    });
  }

  private async findVisibleRow(
    em: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<AgreementEntity> {
    const row = isUuid(id) ? await em.findOneBy(AgreementEntity, { id: id.toLowerCase() }) : null;
    if (!row || !seesAgreement(viewer, row)) throw notFound();
    return row;
  }

  private async markSuperseded(c: Acting, viewer: Viewer): Promise<void> {
    const old = await c.em.findOneBy(AgreementEntity, { id: c.row.supersedesId! });
    if (!old || effectiveAgreementStatus(old, c.today) !== AgreementStatus.ACTIVE) return;
    await c.em
      .createQueryBuilder()
      .update(AgreementEntity)
      .set({ supersededOn: c.today, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: old.id })
      .execute();
    await this.record(c.em, viewer, old, c.organisationId, 'agreement.superseded', null, {
      supersededOn: c.today,
      supersededBy: c.row.id,
    });
  }

  /** Fixes the current published leaflet of each product; returns their ids. */
  private async notifySubmitted(em: EntityManager, viewer: Viewer, row: AgreementEntity) {
    const names = await partyNames(em, row);
    const products = (
      await em
        .createQueryBuilder(ProductEntity, 'p')
        .innerJoin(AgreementProductEntity, 'ap', 'ap.product_id = p.id')
        .where('ap.agreement_id = :id', { id: row.id })
        .orderBy('p.name')
        .getMany()
    )
      .map((p) => p.name)
      .join(', ');
    await this.notifications.notifyOrganisationRoles(
      em,
      [row.boardId],
      [Role.PRIVACY_OFFICER],
      {
        kind: 'AGREEMENT_SUBMITTED',
        message: { key: 'notification.agreementSubmitted', params: { ...names, products } },
        link: `/agreements/${row.id}`,
      },
      { except: viewer.userId ? [viewer.userId] : [] },
    );
  }

  private async checkParties(em: EntityManager, boardId: string, vendorId: string) {
    const ids = [boardId, vendorId];
    if (!ids.every(isUuid)) throw notFound();
    const rows = await em.findBy(OrganisationEntity, { id: In(ids) });
    const kindOf = new Map(rows.map((r) => [r.id, r.kind]));
    if (!kindOf.has(boardId) || !kindOf.has(vendorId)) throw notFound();
    if (kindOf.get(boardId) !== OrganisationKind.BOARD)
      throw invalidField('input.boardId', 'agreement.notABoard');
    if (kindOf.get(vendorId) !== OrganisationKind.VENDOR)
      throw invalidField('input.vendorId', 'agreement.notAVendor');
  }

  /**
   * Products are public: one that does not exist is NOT_FOUND, another vendor's is
   * BAD_USER_INPUT naming it. Returns the ids, once each.
   */
  private async checkProducts(
    em: EntityManager,
    vendorId: string,
    ids: readonly string[],
    field: string,
  ): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (!unique.every(isUuid)) throw notFound();
    const rows = await em.findBy(ProductEntity, { id: In(unique) });
    if (rows.length !== unique.length) throw notFound();
    const vendorOf = new Map(rows.map((r) => [r.id, r.vendorId]));
    const wrong = ids.findIndex((id) => vendorOf.get(id.toLowerCase()) !== vendorId);
    if (wrong >= 0) throw invalidField(`${field}.${wrong}`, 'agreement.productOfOtherVendor');
    return unique;
  }
}

// ------------------------------------------------------------------ functions

function memberOf(viewer: Viewer | null): string[] {
  return (viewer?.memberships ?? []).map((m) => m.organisationId);
}

function seesOffer(viewer: Viewer | null, offer: GeneralOfferEntity): boolean {
  return isPlatformAdmin(viewer) || isMemberOf(viewer, offer.vendorId);
}

function checkDates(validFrom: string | null, validUntil: string | null) {
  if (validFrom && validUntil && validUntil < validFrom)
    throw invalidField('input.validUntil', 'agreement.validUntilBeforeValidFrom');
}

/**
 * The lifecycle's answer for the viewer: tried for each party the viewer belongs
 * to; a refusal other than FORBIDDEN (the state does not allow it) wins over a
 * missing role, so that a person learns why.
 */
function decide(
  viewer: Viewer,
  row: AgreementEntity,
  facts: AgreementFacts,
  action: AgreementAction,
): { party: AgreementParty; organisationId: string; next: AgreementStatus } {
  const signatoryOfBothParties =
    hasRoleIn(viewer, row.boardId, [Role.SIGNATORY]) &&
    hasRoleIn(viewer, row.vendorId, [Role.SIGNATORY]);
  let refusal: string | null = null;
  for (const [party, organisationId] of [
    ['BOARD', row.boardId],
    ['VENDOR', row.vendorId],
  ] as const) {
    const membership = viewer.memberships.find((m) => m.organisationId === organisationId);
    if (!membership) continue;
    const result = agreementTransition(facts, action, {
      party,
      roles: membership.roles,
      signatoryOfBothParties,
    });
    if (result.ok) return { party, organisationId, next: result.next };
    if (result.refusal !== 'FORBIDDEN') refusal = result.refusal;
  }
  if (refusal && refusal !== 'FORBIDDEN')
    throw conflict(refusal as 'INVALID_TRANSITION' | 'UNRESOLVED_DEVIATIONS' | 'ALREADY_EXISTS');
  throw forbidden();
}

async function factsOf(
  em: EntityManager,
  row: AgreementEntity,
  today: string,
): Promise<AgreementFacts> {
  const deviations = await em.findBy(AgreementDeviationEntity, { agreementId: row.id });
  const signatures = await em.findBy(AgreementSignatureEntity, { agreementId: row.id });
  return {
    status: effectiveAgreementStatus(row, today),
    source: row.source,
    unresolvedDeviations: countUnresolvedDeviations(deviations),
    signedByBoard: signatures.some((s) => s.party === SignatureParty.BOARD),
    signedByVendor: signatures.some((s) => s.party === SignatureParty.VENDOR),
    terminationDate: row.terminationDate,
  };
}

async function productIdsOf(em: EntityManager, agreementId: string): Promise<string[]> {
  const rows = await em.find(AgreementProductEntity, {
    where: { agreementId },
    order: { productId: 'ASC' },
  });
  return rows.map((r) => r.productId);
}

/** The content both signatures hash (DOMAIN.md), read from the agreement as stored. */
export async function signedContent(
  em: EntityManager,
  row: AgreementEntity,
): Promise<AgreementSignedContent> {
  // One after the other: a transaction's connection runs one statement at a time.
  const productIds = await productIdsOf(em, row.id);
  const leaflets = await em.findBy(AgreementLeafletEntity, { agreementId: row.id });
  const deviations = await em.find(AgreementDeviationEntity, {
    where: { agreementId: row.id },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const documents = await em.findBy(AgreementDocumentEntity, { agreementId: row.id });
  return {
    parties: { boardId: row.boardId, vendorId: row.vendorId },
    productIds,
    leafletIds: leaflets.map((l) => l.leafletId),
    model: { name: row.modelName, version: row.modelVersion },
    deviations: deviations.map((d) => ({
      clause: d.clause,
      text: d.text,
      assessment: d.assessment,
      assessmentNote: d.assessmentNote,
    })),
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    documentSha256s: documents.map((d) => d.sha256.trim()),
  };
}

async function partyNames(em: EntityManager, row: AgreementEntity) {
  const rows = await em.findBy(OrganisationEntity, { id: In([row.boardId, row.vendorId]) });
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  return { board: nameOf.get(row.boardId) ?? '', vendor: nameOf.get(row.vendorId) ?? '' };
}

/** What an audit event keeps of an agreement: its stored fields. */
function auditable(row: AgreementEntity) {
  return {
    id: row.id,
    boardId: row.boardId,
    vendorId: row.vendorId,
    source: row.source,
    status: row.status,
    modelName: row.modelName,
    modelVersion: row.modelVersion,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    supersedesId: row.supersedesId,
    generalOfferId: row.generalOfferId,
  };
}

function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

// ---------------------------------------------------------------- framework deals
// Shared by joinFrameworkDeal (through AgreementsService, which audits it) and the
// demo data.

/** What of a framework deal its agreements carry. */
export interface FrameworkDealTerms {
  readonly id: string;
  readonly vendorId: string;
  readonly productIds: readonly string[];
  readonly modelVersion: string;
  readonly deviations: readonly { clause: string; text: string }[];
  readonly validFrom: string;
  readonly validUntil: string;
  readonly vendorSignature: { signedById: string; signedAt: string };
}

/**
 * Fixes the products' current published leaflets as the agreement's: what the FG
 * reviews, or what a framework agreement starts on, is what is signed.
 */
export async function fixAgreementLeaflets(
  em: EntityManager,
  agreementId: string,
): Promise<string[]> {
  await em.delete(AgreementLeafletEntity, { agreementId });
  const products = await em
    .createQueryBuilder(ProductEntity, 'p')
    .innerJoin(AgreementProductEntity, 'ap', 'ap.product_id = p.id')
    .where('ap.agreement_id = :agreementId', { agreementId })
    .andWhere('p.current_leaflet_id IS NOT NULL')
    .getMany();
  if (products.length === 0) return [];
  await em.insert(
    AgreementLeafletEntity,
    products.map((p) => ({ agreementId, leafletId: p.currentLeafletId!, productId: p.id })),
  );
  return products.map((p) => p.currentLeafletId!).sort();
}

/**
 * ACTIVE at once, on the deal's products, model and deviations (which the sector
 * body negotiated and accepted for everyone), valid until the deal ends. The board's
 * signatory signs it now; the vendor's signature is its acceptance of the deal,
 * recorded over the same content.
 */
export async function writeFrameworkAgreement(
  em: EntityManager,
  signerUserId: string,
  boardId: string,
  deal: FrameworkDealTerms,
): Promise<{ row: AgreementEntity; leafletIds: string[]; documentSha256: string }> {
  const today = amsterdamDate();
  const row = await em.save(
    em.create(AgreementEntity, {
      boardId,
      vendorId: deal.vendorId,
      source: AgreementSource.FRAMEWORK,
      status: AgreementStatus.ACTIVE,
      modelName: MODEL_NAME,
      modelVersion: deal.modelVersion,
      validFrom: deal.validFrom > today ? deal.validFrom : today,
      validUntil: deal.validUntil,
      activatedOn: today,
      frameworkDealId: deal.id,
      leafletsFixedAt: new Date(),
      createdById: signerUserId,
    }),
  );
  await em.insert(
    AgreementProductEntity,
    deal.productIds.map((productId) => ({ agreementId: row.id, productId })),
  );
  if (deal.deviations.length > 0) {
    await em.insert(
      AgreementDeviationEntity,
      deal.deviations.map((d) => ({
        agreementId: row.id,
        clause: d.clause,
        text: d.text,
        assessment: DeviationAssessment.ACCEPTABLE,
        assessmentNote: 'Agreed in the framework deal.',
        createdById: signerUserId,
      })),
    );
  }
  const leafletIds = await fixAgreementLeaflets(em, row.id);
  const documentSha256 = sha256(agreementContentJson(await signedContent(em, row)));
  await em.insert(AgreementSignatureEntity, [
    {
      agreementId: row.id,
      party: SignatureParty.BOARD,
      signedById: signerUserId,
      signedAt: new Date(),
      documentSha256,
    },
    {
      agreementId: row.id,
      party: SignatureParty.VENDOR,
      signedById: deal.vendorSignature.signedById,
      signedAt: new Date(deal.vendorSignature.signedAt),
      documentSha256,
    },
  ]);
  return { row, leafletIds, documentSha256 };
}
