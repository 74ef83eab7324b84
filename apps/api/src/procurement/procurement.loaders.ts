// The relations of standards, assessments, tenders and deals: one SQL statement per
// relation per request however many parents ask. Each loader applies the visibility
// rules of procurement-visibility.ts for the request's viewer, in SQL.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, OfferStatus, StandardStatus, TenderStatus } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AttestationEntity } from '../attestations/attestation.entity';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { UserEntity } from '../identity/user.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { MinimumStandardEntity } from './minimum-standard.entity';
import { OfferEntity } from './offer.entity';
import { ParticipationEntity } from './participation.entity';
import { DEAL_VISIBLE_SQL, memberOf } from './procurement-visibility';
import { AssessmentEntity } from './assessment.entity';
import { Assessment, MinimumStandard } from './standard.types';
import { TenderInterestEntity } from './tender-interest.entity';
import { TenderEntity } from './tender.entity';
import { FrameworkDeal, Offer, Participation, Tender, TenderInterest } from './tender.types';

const uuids = (ids: readonly string[]) => ids.filter(isUuid).map((id) => id.toLowerCase());

export interface Demand {
  totalStudents: number;
  interestedBoards: number;
}

@Injectable()
export class ProcurementLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  standard(ctx: RequestContext): DataLoader<string, MinimumStandard | null> {
    return ctx.loaders.get(
      'procurement.standard',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(MinimumStandardEntity)
            .createQueryBuilder('s')
            .where('s.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .andWhere('(s.status = :published OR s.sector_body_id = ANY(:memberOf::uuid[]))', {
              published: StandardStatus.PUBLISHED,
              memberOf: memberOf(ctx.viewer),
            })
            .getMany();
          return byKey(ids, rows, (r) => r.id, null, MinimumStandard.from);
        }),
    );
  }

  /**
   * Evidence as counted by mandatoryMet: type and validity of the vendor's own
   * attestations, whoever asks (the count is public, the documents are not).
   */
  evidence(ctx: RequestContext): DataLoader<string, { type: string; validUntil: string } | null> {
    return ctx.loaders.get(
      'procurement.evidence',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(AttestationEntity).find({
            select: { id: true, type: true, validUntil: true },
            where: { id: In(uuids(ids)) },
          });
          return byKey(
            ids,
            rows,
            (r) => r.id,
            null,
            (r) => ({ type: r.type, validUntil: r.validUntil }),
          );
        }),
    );
  }

  person(ctx: RequestContext): DataLoader<string, Person | null> {
    return ctx.loaders.get(
      'procurement.person',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(UserEntity).find({
            select: { id: true, name: true },
            where: { id: In(uuids(ids)) },
          });
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

  tender(ctx: RequestContext): DataLoader<string, Tender | null> {
    return ctx.loaders.get(
      'procurement.tender',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(TenderEntity)
            .createQueryBuilder('t')
            .where('t.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .andWhere('(t.status <> :draft OR t.sector_body_id = ANY(:memberOf::uuid[]))', {
              draft: TenderStatus.DRAFT,
              memberOf: memberOf(ctx.viewer),
            })
            .getMany();
          return byKey(ids, rows, (r) => r.id, null, Tender.from);
        }),
    );
  }

  /** Bundled demand: for everyone who sees the tender. */
  demand(ctx: RequestContext): DataLoader<string, Demand> {
    return ctx.loaders.get(
      'procurement.demand',
      () =>
        new DataLoader(async (tenderIds) => {
          const rows = await this.dataSource.query<
            { tender_id: string; students: string; boards: string }[]
          >(
            `SELECT tender_id, SUM(student_count) AS students, COUNT(*) AS boards
             FROM tender_interest WHERE tender_id = ANY($1::uuid[]) GROUP BY tender_id`,
            [uuids(tenderIds)],
          );
          return byKey(
            tenderIds,
            rows,
            (r) => r.tender_id,
            { totalStudents: 0, interestedBoards: 0 },
            (r) => ({
              totalStudents: Number(r.students),
              interestedBoards: Number(r.boards),
            }),
          );
        }),
    );
  }

  /** Which boards: the sector body sees all, a board its own, nobody else any. */
  interests(ctx: RequestContext): DataLoader<string, TenderInterest[]> {
    return ctx.loaders.get(
      'procurement.interests',
      () =>
        new DataLoader(async (tenderIds) => {
          const rows = await this.dataSource
            .getRepository(TenderInterestEntity)
            .createQueryBuilder('i')
            .innerJoin(TenderEntity, 't', 't.id = i.tender_id')
            .where('i.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
            .andWhere(
              '(t.sector_body_id = ANY(:memberOf::uuid[]) OR i.board_id = ANY(:memberOf::uuid[]))',
              { memberOf: memberOf(ctx.viewer) },
            )
            .orderBy('i.registered_at')
            .addOrderBy('i.id')
            .getMany();
          return groupByKey(tenderIds, rows.map(TenderInterest.from), (i) => i.tenderId);
        }),
    );
  }

  /**
   * Sealed offers: the vendor its own, withdrawn ones too; the sector body the standing
   * ones from EVALUATION on (seesOffer, in SQL).
   */
  offers(ctx: RequestContext): DataLoader<string, Offer[]> {
    return ctx.loaders.get(
      'procurement.offers',
      () =>
        new DataLoader(async (tenderIds) => {
          const rows = await this.dataSource
            .getRepository(OfferEntity)
            .createQueryBuilder('o')
            .innerJoin(TenderEntity, 't', 't.id = o.tender_id')
            .where('o.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
            .andWhere(
              `(o.vendor_id = ANY(:memberOf::uuid[])
              OR (o.status <> :withdrawn AND t.status IN (:...unsealed)
                  AND t.sector_body_id = ANY(:memberOf::uuid[])))`,
              {
                memberOf: memberOf(ctx.viewer),
                withdrawn: OfferStatus.WITHDRAWN,
                unsealed: [TenderStatus.EVALUATION, TenderStatus.AWARDED],
              },
            )
            .orderBy('o.submitted_at')
            .addOrderBy('o.id')
            .getMany();
          return groupByKey(tenderIds, rows.map(Offer.from), (o) => o.tenderId);
        }),
    );
  }

  deal(ctx: RequestContext): DataLoader<string, FrameworkDeal | null> {
    return ctx.loaders.get(
      'procurement.deal',
      () =>
        new DataLoader(async (ids) => {
          const today = amsterdamDate();
          const rows = await this.dataSource
            .getRepository(FrameworkDealEntity)
            .createQueryBuilder('d')
            .where('d.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .andWhere(DEAL_VISIBLE_SQL, { memberOf: memberOf(ctx.viewer) })
            .getMany();
          return byKey(
            ids,
            rows,
            (r) => r.id,
            null,
            (r) => FrameworkDeal.from(r, today),
          );
        }),
    );
  }

  /** Product.frameworkDeals: the deals covering each product that the viewer sees. */
  dealsByProduct(ctx: RequestContext): DataLoader<string, FrameworkDeal[]> {
    return ctx.loaders.get(
      'procurement.dealsByProduct',
      () =>
        new DataLoader(async (productIds) => {
          const today = amsterdamDate();
          const rows = await this.dataSource
            .getRepository(FrameworkDealEntity)
            .createQueryBuilder('d')
            .where('d.product_ids && :ids::uuid[]', { ids: uuids(productIds) })
            .andWhere(DEAL_VISIBLE_SQL, { memberOf: memberOf(ctx.viewer) })
            .orderBy('d.created_at')
            .addOrderBy('d.id')
            .getMany();
          return productIds.map((id) =>
            rows
              .filter((r) => r.productIds.includes(id.toLowerCase()))
              .map((r) => FrameworkDeal.from(r, today)),
          );
        }),
    );
  }

  /** Product.assessments: submitted ones to everyone, drafts to their vendor; newest first. */
  assessmentsByProduct(ctx: RequestContext): DataLoader<string, Assessment[]> {
    return ctx.loaders.get(
      'procurement.assessmentsByProduct',
      () =>
        new DataLoader(async (productIds) => {
          const rows = await this.dataSource
            .getRepository(AssessmentEntity)
            .createQueryBuilder('a')
            .where('a.product_id = ANY(:ids::uuid[])', { ids: uuids(productIds) })
            .andWhere(`(a.status <> 'DRAFT' OR a.vendor_id = ANY(:memberOf::uuid[]))`, {
              memberOf: memberOf(ctx.viewer),
            })
            .orderBy('a.created_at', 'DESC')
            .addOrderBy('a.id', 'DESC')
            .getMany();
          return groupByKey(productIds, rows.map(Assessment.from), (a) => a.productId);
        }),
    );
  }

  dealsByTender(ctx: RequestContext): DataLoader<string, FrameworkDeal[]> {
    return ctx.loaders.get(
      'procurement.dealsByTender',
      () =>
        new DataLoader(async (tenderIds) => {
          const today = amsterdamDate();
          const rows = await this.dataSource
            .getRepository(FrameworkDealEntity)
            .createQueryBuilder('d')
            .where('d.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
            .andWhere(DEAL_VISIBLE_SQL, { memberOf: memberOf(ctx.viewer) })
            .orderBy('d.created_at')
            .addOrderBy('d.id')
            .getMany();
          return groupByKey(
            tenderIds,
            rows.map((r) => FrameworkDeal.from(r, today)),
            (d) => d.tenderId!,
          );
        }),
    );
  }

  participantCount(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loaders.get(
      'procurement.participantCount',
      () =>
        new DataLoader(async (dealIds) => {
          const rows = await this.dataSource.query<{ deal_id: string; n: string }[]>(
            `SELECT deal_id, COUNT(*) AS n FROM participation WHERE deal_id = ANY($1::uuid[]) GROUP BY deal_id`,
            [uuids(dealIds)],
          );
          return byKey(
            dealIds,
            rows,
            (r) => r.deal_id,
            0,
            (r) => Number(r.n),
          );
        }),
    );
  }

  /** The deal's sector body sees all participations; a board its own. */
  participations(ctx: RequestContext): DataLoader<string, Participation[]> {
    return ctx.loaders.get(
      'procurement.participations',
      () =>
        new DataLoader(async (dealIds) => {
          const rows = await this.dataSource
            .getRepository(ParticipationEntity)
            .createQueryBuilder('p')
            .innerJoin(FrameworkDealEntity, 'd', 'd.id = p.deal_id')
            .where('p.deal_id = ANY(:ids::uuid[])', { ids: uuids(dealIds) })
            .andWhere(
              '(d.sector_body_id = ANY(:memberOf::uuid[]) OR p.board_id = ANY(:memberOf::uuid[]))',
              { memberOf: memberOf(ctx.viewer) },
            )
            .orderBy('p.joined_at')
            .addOrderBy('p.id')
            .getMany();
          return groupByKey(
            dealIds,
            rows.map((r) => Object.assign(new Participation(), r)),
            (p) => p.dealId,
          );
        }),
    );
  }
}
