import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AgreementTopic,
  amsterdamDate,
  canonicalJson,
  DealStatus,
  isCalendarDate,
  OrganisationKind,
} from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { DataAccess } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { AgreementsService } from '../agreements/agreements.service';
import { ParticipationEntity } from './participation.entity';
import type {
  AddDealDeviationInput,
  CreateFrameworkDealInput,
  JoinFrameworkDealInput,
} from './procurement.inputs';
import { FrameworkDeal, Participation } from './tender.types';
import { checkPriceTiers } from './tenders.service';

/**
 * What the vendor's signatory signs: the deal's terms, prices, model, deviations and
 * validity, as canonical JSON. Any change to them after signing voids the signature.
 */
export function dealTermsDocument(row: FrameworkDealEntity): string {
  return canonicalJson({
    dealId: row.id,
    sectorBodyId: row.sectorBodyId,
    vendorId: row.vendorId,
    productIds: [...row.productIds].sort(),
    title: row.title,
    terms: row.terms,
    priceTiers: row.priceTiers,
    modelVersion: row.modelVersion,
    deviations: row.deviations,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
  });
}

@Injectable()
export class FrameworkDealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly audit: AuditService,
    private readonly agreements: AgreementsService,
  ) {}

  async find(viewer: Viewer, id: string): Promise<FrameworkDeal | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, FrameworkDealEntity, 'd')
      .andWhere('d.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? FrameworkDeal.from(row, amsterdamDate()) : null;
  }

  /** The deals the caller sees, newest first. */
  async list(
    viewer: Viewer,
    args: {
      vendorId?: string | null;
      status?: DealStatus | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<FrameworkDeal>> {
    const today = amsterdamDate();
    const query = this.da.visible(viewer, FrameworkDealEntity, 'd');
    if (args.vendorId) {
      if (!isUuid(args.vendorId))
        return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      query.andWhere('d.vendor_id = :vendorId', { vendorId: args.vendorId.toLowerCase() });
    }
    if (args.status === DealStatus.DRAFT) query.andWhere(`d.status = 'DRAFT'`);
    if (args.status === DealStatus.PUBLISHED)
      query.andWhere(`d.status = 'PUBLISHED' AND d.valid_until >= :today`, { today });
    if (args.status === DealStatus.EXPIRED)
      query.andWhere(`d.status = 'PUBLISHED' AND d.valid_until < :today`, { today });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'd.created_at', type: 'timestamptz', of: (r) => r.createdAt.toISOString() },
        { sql: 'd.id', type: 'uuid', of: (r) => r.id },
      ],
      node: (r) => FrameworkDeal.from(r, today),
    });
  }

  create(viewer: Viewer, input: CreateFrameworkDealInput): Promise<FrameworkDeal> {
    authorize(viewer, 'createFrameworkDeal', input.sectorBodyId);
    checkPriceTiers('input.priceTiers', input.priceTiers);
    if (!isCalendarDate(input.validFrom)) throw invalidField('input.validFrom', 'field.invalid');
    if (input.validUntil < input.validFrom)
      throw invalidField('input.validUntil', 'deal.validUntilBeforeValidFrom');
    return this.dataSource.transaction(async (em) => {
      const vendor = isUuid(input.vendorId)
        ? await em.findOneBy(OrganisationEntity, { id: input.vendorId.toLowerCase() })
        : null;
      if (vendor?.kind !== OrganisationKind.VENDOR)
        throw invalidField('input.vendorId', 'field.invalid');
      const productIds = [...new Set(input.productIds.map((id) => id.toLowerCase()))];
      const own = productIds.every(isUuid)
        ? await em.countBy(ProductEntity, { id: In(productIds), vendorId: vendor.id })
        : 0;
      if (own !== productIds.length) throw invalidField('input.productIds', 'deal.notOwnProduct');
      const deals = this.da.writer(FrameworkDealEntity, em);
      const row = await deals.save(
        deals.create({
          sectorBodyId: input.sectorBodyId.toLowerCase(),
          vendorId: vendor.id,
          productIds,
          tenderId: null,
          offerId: null,
          title: input.title.trim(),
          terms: input.terms.trim(),
          priceTiers: input.priceTiers.map((t) => ({
            minStudents: t.minStudents,
            pricePerStudentCents: t.pricePerStudentCents,
          })),
          modelVersion: input.modelVersion?.trim() || '4.0',
          deviations: [],
          validFrom: input.validFrom,
          validUntil: input.validUntil,
          status: 'DRAFT',
          vendorSignature: null,
          publishedAt: null,
        }),
      );
      await this.record(em, viewer, row, row.sectorBodyId, 'deal.created', null);
      return FrameworkDeal.from(row, amsterdamDate());
    });
  }

  /**
   * While the deal is a DRAFT and its vendor has not accepted it: once the vendor signed the
   * terms, a change would silently void that signature, so it is CONFLICT
   * ACCEPTED_DEAL_CHANGED (RUNTIME.md) and the sector body negotiates a new deal instead.
   */
  addDeviation(viewer: Viewer, input: AddDealDeviationInput): Promise<FrameworkDeal> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lock(em, viewer, input.dealId);
      authorize(viewer, 'addDealDeviation', row.sectorBodyId);
      if (row.status !== 'DRAFT') throw conflict('INVALID_TRANSITION');
      if (row.vendorSignature) throw conflict('ACCEPTED_DEAL_CHANGED');
      const before = { deviations: row.deviations };
      row.deviations = [
        ...row.deviations,
        {
          id: randomUUID(),
          clause: input.clause.trim(),
          text: input.text.trim(),
          topic: input.topic ?? AgreementTopic.OTHER,
        },
      ];
      await this.da.writer(FrameworkDealEntity, em).save(row);
      await this.record(em, viewer, row, row.sectorBodyId, 'deal.deviationAdded', before, {
        deviations: row.deviations,
      });
      return FrameworkDeal.from(row, amsterdamDate());
    });
  }

  accept(viewer: Viewer, id: string): Promise<FrameworkDeal> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lock(em, viewer, id);
      authorize(viewer, 'acceptFrameworkDeal', row.vendorId);
      if (row.status !== 'DRAFT' || row.vendorSignature) throw conflict('INVALID_TRANSITION');
      row.vendorSignature = {
        signedById: viewer.userId!,
        signedAt: new Date().toISOString(),
        documentSha256: createHash('sha256').update(dealTermsDocument(row)).digest('hex'),
      };
      await this.da.writer(FrameworkDealEntity, em).save(row);
      await this.record(em, viewer, row, row.vendorId, 'deal.accepted', null, {
        vendorSignature: row.vendorSignature,
      });
      return FrameworkDeal.from(row, amsterdamDate());
    });
  }

  publish(viewer: Viewer, id: string): Promise<FrameworkDeal> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lock(em, viewer, id);
      authorize(viewer, 'publishFrameworkDeal', row.sectorBodyId);
      if (row.status !== 'DRAFT') throw conflict('INVALID_TRANSITION');
      if (!row.vendorSignature) throw conflict('NOT_ACCEPTED');
      row.status = 'PUBLISHED';
      row.publishedAt = new Date();
      await this.da.writer(FrameworkDealEntity, em).save(row);
      await this.record(
        em,
        viewer,
        row,
        row.sectorBodyId,
        'deal.published',
        { status: 'DRAFT' },
        {
          status: 'PUBLISHED',
        },
      );
      return FrameworkDeal.from(row, amsterdamDate());
    });
  }

  /**
   * A board joins a published, unexpired deal with one signature: in one transaction,
   * its ACTIVE FRAMEWORK agreement and the participation. Once per board and deal.
   */
  join(viewer: Viewer, input: JoinFrameworkDealInput): Promise<Participation> {
    const boardId = input.boardId.toLowerCase();
    authorize(viewer, 'joinFrameworkDeal', boardId);
    return this.dataSource.transaction(async (em) => {
      const deal = await this.lock(em, viewer, input.dealId);
      const today = amsterdamDate();
      if (deal.status !== 'PUBLISHED' || deal.validUntil < today || !deal.vendorSignature) {
        throw conflict('INVALID_TRANSITION');
      }
      // The board acts for itself: it sees its own participation.
      const joined = await this.da
        .visible(viewer, ParticipationEntity, 'p', em)
        .andWhere('p.deal_id = :dealId AND p.board_id = :boardId', { dealId: deal.id, boardId })
        .getExists();
      if (joined) throw conflict('ALREADY_EXISTS');
      const agreementId = await this.agreements.createForFrameworkDeal(em, viewer, boardId, {
        ...deal,
        vendorSignature: deal.vendorSignature,
      });
      const participations = this.da.writer(ParticipationEntity, em);
      const participation = await participations.save(
        participations.create({
          dealId: deal.id,
          boardId,
          joinedAt: new Date(),
          agreementId,
        }),
      );
      await this.audit.record(em, {
        viewer,
        organisationId: boardId,
        partyIds: [boardId, deal.sectorBodyId, deal.vendorId],
        action: 'deal.joined',
        entityType: 'Participation',
        entityId: participation.id,
        after: { dealId: deal.id, boardId, agreementId },
      });
      return Object.assign(new Participation(), participation);
    });
  }

  private async lock(em: EntityManager, viewer: Viewer, id: string) {
    const row = await this.da.lockOne(viewer, FrameworkDealEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  private record(
    em: EntityManager,
    viewer: Viewer,
    row: FrameworkDealEntity,
    organisationId: string,
    action: string,
    before: unknown,
    after: unknown = FrameworkDeal.audited(row),
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId,
      partyIds: [row.sectorBodyId, row.vendorId],
      action,
      entityType: 'FrameworkDeal',
      entityId: row.id,
      before,
      after,
    });
  }
}
