import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  criteriaIssues,
  isCalendarDate,
  OfferStatus,
  priceTierIssues,
  StandardStatus,
  StandardSubject,
  tenderTransition,
  TenderStatus,
  totalScore,
  type TenderAction,
  type TenderActor,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize, type Operation } from '../auth/permissions';
import { membershipIn, type Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import {
  badUserInput,
  conflict,
  forbidden,
  invalidField,
  notFound,
  type FieldError,
} from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { DataAccess } from '../data-access';
import { ProductEntity } from '../products/product.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { MinimumStandardEntity } from './minimum-standard.entity';
import { OfferEntity } from './offer.entity';
import type {
  AwardTenderInput,
  CreateTenderInput,
  RegisterInterestInput,
  ScoreOfferInput,
  SubmitOfferInput,
  UpdateTenderInput,
} from './procurement.inputs';
import { offerSealKey } from './offer-seal';
import { TenderInterestEntity } from './tender-interest.entity';
import { TenderEntity } from './tender.entity';
import { Offer, Tender } from './tender.types';

/** Checks weights and price tiers with the domain's rules, as BAD_USER_INPUT on `path`. */
export function checkCriteria(path: string, criteria: readonly { name: string; weight: number }[]) {
  const names = criteria.map((c) => c.name.trim());
  const issues: FieldError[] = criteriaIssues(criteria.map((c) => c.weight)).map((i) => ({
    field: i.index === null ? path : `${path}.${i.index}.weight`,
    key: i.key,
  }));
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) issues.push({ field: `${path}.${i}.name`, key: 'field.taken' });
  });
  if (issues.length) throw badUserInput(issues);
}

export function checkPriceTiers(path: string, tiers: readonly { minStudents: number }[]) {
  const issues = priceTierIssues(tiers.map((t) => t.minStudents));
  if (issues.length)
    throw badUserInput(
      issues.map((i) => ({ field: `${path}.${i.index ?? 0}.minStudents`, key: i.key })),
    );
}

@Injectable()
export class TendersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------ queries

  async find(viewer: Viewer, id: string): Promise<Tender | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, TenderEntity, 't')
      .andWhere('t.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? Tender.from(row) : null;
  }

  /** The tenders the caller sees, newest first. */
  async list(
    viewer: Viewer,
    status: TenderStatus | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Tender>> {
    const query = this.da.visible(viewer, TenderEntity, 't');
    if (status) query.andWhere('t.status = :status', { status });
    return paginate(query, {
      first,
      after,
      order: 'DESC',
      keys: [
        { sql: 't.created_at', type: 'timestamptz', of: (r) => r.createdAt.toISOString() },
        { sql: 't.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Tender.from,
    });
  }

  async findOffer(viewer: Viewer, id: string): Promise<Offer | null> {
    if (!isUuid(id)) return null;
    const offer = await this.da
      .visible(viewer, OfferEntity, 'o')
      .andWhere('o.id = :id', { id: id.toLowerCase() })
      .getOne();
    return offer ? Offer.from(offer) : null;
  }

  // ---------------------------------------------------------------- mutations

  create(viewer: Viewer, input: CreateTenderInput): Promise<Tender> {
    authorize(viewer, 'createTender', input.sectorBodyId);
    const sectorBodyId = input.sectorBodyId.toLowerCase();
    checkCriteria('input.criteria', input.criteria);
    if (input.offerDeadline <= input.interestDeadline)
      throw invalidField('input.offerDeadline', 'tender.deadlineOrder');
    return this.dataSource.transaction(async (em) => {
      const standardId = await this.checkStandard(em, viewer, input.standardId);
      const tenders = this.da.writer(TenderEntity, em);
      const row = await tenders.save(
        tenders.create({
          sectorBodyId,
          title: input.title.trim(),
          description: input.description.trim(),
          category: input.category,
          standardId,
          status: TenderStatus.DRAFT,
          interestDeadline: input.interestDeadline,
          offerDeadline: input.offerDeadline,
          criteria: input.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight })),
          cancellationReason: null,
        }),
      );
      await this.recordTender(em, viewer, row, 'tender.created', null);
      return Tender.from(row);
    });
  }

  update(viewer: Viewer, id: string, input: UpdateTenderInput): Promise<Tender> {
    if (input.criteria) checkCriteria('input.criteria', input.criteria);
    return this.dataSource.transaction(async (em) => {
      const { row, before } = await this.step(em, viewer, id, 'update', 'updateTender');
      if (input.title != null) row.title = input.title.trim();
      if (input.description != null) row.description = input.description.trim();
      if (input.standardId !== undefined)
        row.standardId = await this.checkStandard(em, viewer, input.standardId);
      if (input.interestDeadline) row.interestDeadline = input.interestDeadline;
      if (input.offerDeadline) row.offerDeadline = input.offerDeadline;
      if (row.offerDeadline <= row.interestDeadline)
        throw invalidField('input.offerDeadline', 'tender.deadlineOrder');
      if (input.criteria)
        row.criteria = input.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight }));
      await this.da.writer(TenderEntity, em).save(row);
      await this.recordTender(em, viewer, row, 'tender.updated', before);
      return Tender.from(row);
    });
  }

  openForInterest(viewer: Viewer, id: string) {
    return this.move(
      viewer,
      id,
      'openForInterest',
      'openTenderForInterest',
      'tender.openedForInterest',
    );
  }

  openForOffers(viewer: Viewer, id: string) {
    return this.move(viewer, id, 'openForOffers', 'openTenderForOffers', 'tender.openedForOffers');
  }

  closeOffers(viewer: Viewer, id: string) {
    return this.move(viewer, id, 'closeOffers', 'closeTenderOffers', 'tender.offersClosed');
  }

  cancel(viewer: Viewer, id: string, reason: string) {
    if (!reason.trim()) throw invalidField('reason', 'field.required');
    if (reason.length > 4000) throw invalidField('reason', 'field.maxLength', { max: 4000 });
    return this.move(viewer, id, 'cancel', 'cancelTender', 'tender.cancelled', (row) => {
      row.cancellationReason = reason.trim();
    });
  }

  registerInterest(viewer: Viewer, input: RegisterInterestInput): Promise<Tender> {
    authorize(viewer, 'registerInterest', input.boardId);
    const boardId = input.boardId.toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockTender(em, viewer, input.tenderId);
      this.allow(row, 'registerInterest', this.actor(viewer, boardId));
      // The board acts for itself: it sees its own interest.
      const existing = await this.da
        .visible(viewer, TenderInterestEntity, 'i', em)
        .andWhere('i.tender_id = :tenderId AND i.board_id = :boardId', {
          tenderId: row.id,
          boardId,
        })
        .getOne();
      const before = existing && {
        studentCount: existing.studentCount,
        schoolCount: existing.schoolCount,
      };
      const interests = this.da.writer(TenderInterestEntity, em);
      const interest = await interests.save(
        Object.assign(existing ?? interests.create({ tenderId: row.id, boardId }), {
          studentCount: input.studentCount,
          schoolCount: input.schoolCount,
          registeredAt: new Date(),
        }),
      );
      await this.audit.record(em, {
        viewer,
        organisationId: boardId,
        // Which boards: the sector body and the board itself, nobody else.
        partyIds: [boardId, row.sectorBodyId],
        action: existing ? 'tender.interestUpdated' : 'tender.interestRegistered',
        entityType: 'Tender',
        entityId: row.id,
        before: before ?? null,
        after: { boardId, studentCount: interest.studentCount, schoolCount: interest.schoolCount },
      });
      return Tender.from(row);
    });
  }

  submitOffer(viewer: Viewer, input: SubmitOfferInput): Promise<Offer> {
    checkPriceTiers('input.priceTiers', input.priceTiers);
    return this.dataSource.transaction(async (em) => {
      const product = isUuid(input.productId)
        ? await em.findOneBy(ProductEntity, { id: input.productId.toLowerCase() })
        : null;
      if (!product) throw invalidField('input.productId', 'field.invalid');
      authorize(viewer, 'submitOffer', product.vendorId);
      const tender = await this.lockTender(em, viewer, input.tenderId);
      this.allow(tender, 'submitOffer', this.actor(viewer, product.vendorId));
      if (product.category !== tender.category)
        throw invalidField('input.productId', 'tender.wrongCategory');
      // The product's standing offer is changed; after a withdrawal (kept, as the audit
      // trail names it) the product is offered anew. The vendor sees its own offers.
      const existing = await this.da
        .visible(viewer, OfferEntity, 'o', em)
        .andWhere(
          'o.tender_id = :tenderId AND o.product_id = :productId AND o.status = :submitted',
          {
            tenderId: tender.id,
            productId: product.id,
            submitted: OfferStatus.SUBMITTED,
          },
        )
        .getOne();
      const before = existing ? Offer.audited(existing) : null;
      const offers = this.da.writer(OfferEntity, em);
      const offer = await offers.save(
        Object.assign(
          existing ??
            offers.create({
              tenderId: tender.id,
              vendorId: product.vendorId,
              productId: product.id,
            }),
          {
            priceTiers: input.priceTiers.map((t) => ({
              minStudents: t.minStudents,
              pricePerStudentCents: t.pricePerStudentCents,
            })),
            terms: input.terms.trim(),
            submittedAt: new Date(),
            scores: [],
            totalScore: null,
          },
        ),
      );
      await this.recordOffer(
        em,
        viewer,
        tender,
        offer,
        existing ? 'offer.changed' : 'offer.submitted',
        before,
      );
      return Offer.from(offer);
    });
  }

  withdrawOffer(viewer: Viewer, id: string): Promise<Offer> {
    return this.dataSource.transaction(async (em) => {
      const offer = await this.lockOffer(em, viewer, id);
      authorize(viewer, 'withdrawOffer', offer.vendorId);
      const tender = await this.tenderOf(em, viewer, offer);
      this.allow(tender, 'withdrawOffer', this.actor(viewer, offer.vendorId));
      if (offer.status === OfferStatus.WITHDRAWN) throw conflict('INVALID_TRANSITION');
      const before = Offer.audited(offer);
      // Kept, not deleted: the audit event names it, and its vendor still sees it.
      offer.status = OfferStatus.WITHDRAWN;
      offer.withdrawnAt = new Date();
      await this.da.writer(OfferEntity, em).save(offer);
      await this.recordOffer(em, viewer, tender, offer, 'offer.withdrawn', before);
      return Offer.from(offer);
    });
  }

  scoreOffer(viewer: Viewer, input: ScoreOfferInput): Promise<Offer> {
    return this.dataSource.transaction(async (em) => {
      const offer = await this.lockOffer(em, viewer, input.offerId);
      const tender = await this.tenderOf(em, viewer, offer);
      authorize(viewer, 'scoreOffer', tender.sectorBodyId);
      // Never scored: the offer rule already hides a withdrawn offer from the sector body.
      if (offer.status === OfferStatus.WITHDRAWN) throw notFound();
      this.allow(tender, 'score', this.actor(viewer, tender.sectorBodyId));
      const names = tender.criteria.map((c) => c.name);
      const issues = input.scores.flatMap((s, i) =>
        names.includes(s.criterion.trim())
          ? []
          : [{ field: `input.scores.${i}.criterion`, key: 'tender.unknownCriterion' as const }],
      );
      if (issues.length) throw badUserInput(issues);
      const before = Offer.audited(offer);
      const scores = new Map(offer.scores.map((s) => [s.criterion, s.score]));
      for (const s of input.scores) scores.set(s.criterion.trim(), s.score);
      offer.scores = names
        .filter((n) => scores.has(n))
        .map((n) => ({ criterion: n, score: scores.get(n)! }));
      offer.totalScore = totalScore(tender.criteria, offer.scores);
      await this.da.writer(OfferEntity, em).save(offer);
      await this.audit.record(em, {
        viewer,
        organisationId: tender.sectorBodyId,
        partyIds: [tender.sectorBodyId, offer.vendorId],
        action: 'offer.scored',
        entityType: 'Offer',
        entityId: offer.id,
        before: { scores: before.scores, totalScore: before.totalScore },
        after: { scores: offer.scores, totalScore: offer.totalScore },
        sealKey: offerSealKey(tender.id),
      });
      return Offer.from(offer);
    });
  }

  award(viewer: Viewer, input: AwardTenderInput): Promise<Tender> {
    if (!isCalendarDate(input.validFrom)) throw invalidField('input.validFrom', 'field.invalid');
    if (input.validUntil < input.validFrom)
      throw invalidField('input.validUntil', 'deal.validUntilBeforeValidFrom');
    return this.dataSource.transaction(async (em) => {
      const { row, before } = await this.step(em, viewer, input.tenderId, 'award', 'awardTender');
      const ids = [...new Set(input.offerIds.map((id) => id.toLowerCase()))];
      // In EVALUATION, the tender's offers are unsealed to its sector body; a withdrawn
      // offer is not one of them.
      const offers = ids.every(isUuid)
        ? await this.da
            .visible(viewer, OfferEntity, 'o', em)
            .andWhere(
              'o.id = ANY(:ids::uuid[]) AND o.tender_id = :tenderId AND o.status = :submitted',
              {
                ids,
                tenderId: row.id,
                submitted: OfferStatus.SUBMITTED,
              },
            )
            .getMany()
        : [];
      if (offers.length !== ids.length)
        throw invalidField('input.offerIds', 'tender.offerNotInTender');
      row.status = TenderStatus.AWARDED;
      await this.da.writer(TenderEntity, em).save(row);
      await this.recordTender(em, viewer, row, 'tender.awarded', before, { offerIds: ids });
      const deals = this.da.writer(FrameworkDealEntity, em);
      for (const offer of offers) {
        const deal = await deals.save(
          deals.create({
            sectorBodyId: row.sectorBodyId,
            vendorId: offer.vendorId,
            productIds: [offer.productId],
            tenderId: row.id,
            offerId: offer.id,
            title: row.title,
            terms: offer.terms,
            priceTiers: offer.priceTiers,
            modelVersion: '4.0',
            deviations: [],
            validFrom: input.validFrom,
            validUntil: input.validUntil,
            status: 'DRAFT',
            vendorSignature: null,
            publishedAt: null,
          }),
        );
        await this.audit.record(em, {
          viewer,
          organisationId: row.sectorBodyId,
          partyIds: [row.sectorBodyId, offer.vendorId],
          action: 'deal.created',
          entityType: 'FrameworkDeal',
          entityId: deal.id,
          after: { ...deal },
        });
      }
      return Tender.from(row);
    });
  }

  // ------------------------------------------------------------------ helpers

  /** A status change by the tender's sector body, with the lifecycle's rules. */
  private move(
    viewer: Viewer,
    id: string,
    action: TenderAction,
    operation: Operation,
    auditAction: string,
    change?: (row: TenderEntity) => void,
  ): Promise<Tender> {
    return this.dataSource.transaction(async (em) => {
      const { row, before, next } = await this.step(em, viewer, id, action, operation);
      row.status = next;
      change?.(row);
      await this.da.writer(TenderEntity, em).save(row);
      // Offers are unsealed to the sector body, and so are their audit events.
      if (next === TenderStatus.EVALUATION) await this.audit.liftSeal(em, offerSealKey(row.id));
      await this.recordTender(em, viewer, row, auditAction, before);
      return Tender.from(row);
    });
  }

  private async step(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    action: TenderAction,
    operation: Operation,
  ) {
    const row = await this.lockTender(em, viewer, id);
    authorize(viewer, operation, row.sectorBodyId);
    const next = this.allow(row, action, this.actor(viewer, row.sectorBodyId));
    return { row, before: Tender.audited(row), next };
  }

  private allow(row: TenderEntity, action: TenderAction, actor: TenderActor): TenderStatus {
    const t = tenderTransition(row, action, actor, new Date());
    if (t.ok) return t.next;
    if (t.refusal === 'FORBIDDEN') throw forbidden();
    throw conflict(t.refusal);
  }

  private actor(viewer: Viewer, organisationId: string): TenderActor {
    const m = membershipIn(viewer, organisationId);
    if (!m) throw forbidden();
    return { kind: m.kind, roles: m.roles };
  }

  private async lockTender(em: EntityManager, viewer: Viewer, id: string): Promise<TenderEntity> {
    const row = await this.da.lockOne(viewer, TenderEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  private async lockOffer(em: EntityManager, viewer: Viewer, id: string): Promise<OfferEntity> {
    const offer = await this.da.lockOne(viewer, OfferEntity, id, em);
    if (!offer) throw notFound();
    return offer;
  }

  /** The tender of an offer the viewer sees: never a DRAFT, so the viewer sees it too. */
  private tenderOf(em: EntityManager, viewer: Viewer, offer: OfferEntity): Promise<TenderEntity> {
    return this.da
      .visible(viewer, TenderEntity, 't', em)
      .andWhere('t.id = :id', { id: offer.tenderId })
      .getOneOrFail();
  }

  private async checkStandard(
    em: EntityManager,
    viewer: Viewer,
    standardId: string | null | undefined,
  ) {
    if (!standardId) return null;
    const standard = isUuid(standardId)
      ? await this.da
          .visible(viewer, MinimumStandardEntity, 's', em)
          .andWhere('s.id = :id', { id: standardId.toLowerCase() })
          .getOne()
      : null;
    if (!standard) throw invalidField('input.standardId', 'field.invalid');
    if (standard.status !== StandardStatus.PUBLISHED)
      throw invalidField('input.standardId', 'standard.notPublished');
    // Offers are products: a tender measures them against a standard for products.
    if (standard.subject === StandardSubject.BOARD)
      throw invalidField('input.standardId', 'standard.notForProducts');
    return standard.id;
  }

  private recordTender(
    em: EntityManager,
    viewer: Viewer,
    row: TenderEntity,
    action: string,
    before: unknown,
    extra: Record<string, unknown> = {},
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId: row.sectorBodyId,
      partyIds: [row.sectorBodyId],
      action,
      entityType: 'Tender',
      entityId: row.id,
      before,
      after: { ...Tender.audited(row), ...extra },
    });
  }

  /** Offer events are sealed: only the vendor reads them until EVALUATION. */
  private recordOffer(
    em: EntityManager,
    viewer: Viewer,
    tender: TenderEntity,
    offer: OfferEntity,
    action: string,
    before: unknown,
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId: offer.vendorId,
      partyIds: [offer.vendorId, tender.sectorBodyId],
      action,
      entityType: 'Offer',
      entityId: offer.id,
      before,
      after: Offer.audited(offer),
      sealKey: offerSealKey(tender.id),
    });
  }
}
