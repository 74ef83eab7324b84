// The relations of standards, assessments, tenders and deals: one SQL statement per
// relation per request however many parents ask. Each loader reads through the
// data-access layer for the request's viewer; the public counts (bundled demand,
// participants) and mandatoryMet's evidence read as SYSTEM, and say why.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AttestationEntity } from '../attestations/attestation.entity';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { DataAccess, SYSTEM } from '../data-access';
import { UserEntity } from '../identity/user.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { MinimumStandardEntity } from './minimum-standard.entity';
import { OfferEntity } from './offer.entity';
import { ParticipationEntity } from './participation.entity';
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

  standard(ctx: RequestContext): DataLoader<string, MinimumStandard | null> {
    return ctx.loaders.get(
      'procurement.standard',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, MinimumStandardEntity, 's')
            .andWhere('s.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .getMany();
          return byKey(ids, rows, (r) => r.id, null, MinimumStandard.from);
        }),
    );
  }

  /**
   * Evidence as counted by mandatoryMet: type and validity of the vendor's own
   * attestations, whoever asks. Read as SYSTEM: a submitted assessment's result is
   * public (DOMAIN.md), so it counts alike for every reader; nothing else is read.
   */
  evidence(ctx: RequestContext): DataLoader<string, { type: string; validUntil: string } | null> {
    return ctx.loaders.get(
      'procurement.evidence',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(SYSTEM, AttestationEntity, 'a')
            .select(['a.id', 'a.type', 'a.validUntil'])
            .andWhere('a.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .getMany();
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
          const rows = await this.da
            .visible(ctx.viewer, TenderEntity, 't')
            .andWhere('t.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .getMany();
          return byKey(ids, rows, (r) => r.id, null, Tender.from);
        }),
    );
  }

  /**
   * Bundled demand: for everyone who sees the tender. Counted as SYSTEM: the totals
   * are public (DOMAIN.md), which boards they come from is not, and is not read.
   */
  demand(ctx: RequestContext): DataLoader<string, Demand> {
    return ctx.loaders.get(
      'procurement.demand',
      () =>
        new DataLoader(async (tenderIds) => {
          const rows = await this.da
            .visible(SYSTEM, TenderInterestEntity, 'i')
            .select('i.tender_id', 'tender_id')
            .addSelect('SUM(i.student_count)', 'students')
            .addSelect('COUNT(*)', 'boards')
            .andWhere('i.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
            .groupBy('i.tender_id')
            .getRawMany<{ tender_id: string; students: string; boards: string }>();
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
          const rows = await this.da
            .visible(ctx.viewer, TenderInterestEntity, 'i')
            .andWhere('i.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
            .orderBy('i.registered_at')
            .addOrderBy('i.id')
            .getMany();
          return groupByKey(tenderIds, rows.map(TenderInterest.from), (i) => i.tenderId);
        }),
    );
  }

  /**
   * Sealed offers: the vendor its own, withdrawn ones too; the sector body the standing
   * ones from EVALUATION on (the offer rule in data-access).
   */
  offers(ctx: RequestContext): DataLoader<string, Offer[]> {
    return ctx.loaders.get(
      'procurement.offers',
      () =>
        new DataLoader(async (tenderIds) => {
          const rows = await this.da
            .visible(ctx.viewer, OfferEntity, 'o')
            .andWhere('o.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
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
          const rows = await this.da
            .visible(ctx.viewer, FrameworkDealEntity, 'd')
            .andWhere('d.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
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
          const rows = await this.da
            .visible(ctx.viewer, FrameworkDealEntity, 'd')
            .andWhere('d.product_ids && :ids::uuid[]', { ids: uuids(productIds) })
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
          const rows = await this.da
            .visible(ctx.viewer, AssessmentEntity, 'a')
            .andWhere('a.product_id = ANY(:ids::uuid[])', { ids: uuids(productIds) })
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
          const rows = await this.da
            .visible(ctx.viewer, FrameworkDealEntity, 'd')
            .andWhere('d.tender_id = ANY(:ids::uuid[])', { ids: uuids(tenderIds) })
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

  /**
   * Counted as SYSTEM: a published deal's participant count is public (DOMAIN.md);
   * which boards joined is not, and is not read.
   */
  participantCount(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loaders.get(
      'procurement.participantCount',
      () =>
        new DataLoader(async (dealIds) => {
          const rows = await this.da
            .visible(SYSTEM, ParticipationEntity, 'p')
            .select('p.deal_id', 'deal_id')
            .addSelect('COUNT(*)', 'n')
            .andWhere('p.deal_id = ANY(:ids::uuid[])', { ids: uuids(dealIds) })
            .groupBy('p.deal_id')
            .getRawMany<{ deal_id: string; n: string }>();
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
          const rows = await this.da
            .visible(ctx.viewer, ParticipationEntity, 'p')
            .andWhere('p.deal_id = ANY(:ids::uuid[])', { ids: uuids(dealIds) })
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
