import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AgreementTopic,
  DealStatus,
  OfferStatus,
  ProductCategory,
  TenderStatus,
} from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import { CalendarDateScalar } from '../common/scalars';
import { Deviation } from '../agreements/agreement.types';
import type { FrameworkDealEntity } from './framework-deal.entity';
import type { OfferEntity, StoredPriceTier } from './offer.entity';
import type { TenderInterestEntity } from './tender-interest.entity';
import type { StoredCriterion, TenderEntity } from './tender.entity';
import './procurement-enums';

@ObjectType()
export class AwardCriterion {
  @Field()
  name!: string;

  @Field(() => Int, { description: "Percent; a tender's weights add up to 100." })
  weight!: number;
}

@ObjectType()
export class PriceTier {
  @Field(() => Int)
  minStudents!: number;

  @Field(() => Int, { description: 'Euro cents per student per year.' })
  pricePerStudentCents!: number;
}

@ObjectType()
export class TenderInterest {
  @Field(() => Int)
  studentCount!: number;

  @Field(() => Int)
  schoolCount!: number;

  @Field(() => Date)
  registeredAt!: Date;

  /** Not fields. */
  boardId!: string;
  tenderId!: string;

  static from(row: TenderInterestEntity): TenderInterest {
    return Object.assign(new TenderInterest(), {
      studentCount: row.studentCount,
      schoolCount: row.schoolCount,
      registeredAt: row.registeredAt,
      boardId: row.boardId,
      tenderId: row.tenderId,
    });
  }
}

@ObjectType()
export class CriterionScore {
  @Field()
  criterion!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType()
export class Offer {
  @Field(() => ID)
  id!: string;

  @Field(() => [PriceTier])
  priceTiers!: PriceTier[];

  @Field()
  terms!: string;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => [CriterionScore])
  scores!: CriterionScore[];

  @Field(() => Float, { nullable: true })
  totalScore!: number | null;

  @Field(() => OfferStatus, {
    description:
      'A withdrawn offer is kept (its vendor still sees it), never scored and never opened.',
  })
  status!: OfferStatus;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  tenderId!: string;
  vendorId!: string;
  productId!: string;

  static from(row: OfferEntity): Offer {
    return Object.assign(new Offer(), {
      id: row.id,
      priceTiers: row.priceTiers,
      terms: row.terms,
      submittedAt: row.submittedAt,
      scores: row.scores,
      totalScore: row.totalScore,
      status: row.status,
      withdrawnAt: row.withdrawnAt,
      tenderId: row.tenderId,
      vendorId: row.vendorId,
      productId: row.productId,
    });
  }

  static audited(row: OfferEntity) {
    const { id, tenderId, vendorId, productId, priceTiers, terms, scores, totalScore } = row;
    const { status, withdrawnAt } = row;
    return {
      id,
      tenderId,
      vendorId,
      productId,
      priceTiers,
      terms,
      scores,
      totalScore,
      status,
      withdrawnAt,
    };
  }
}

@ObjectType()
export class Tender {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field(() => TenderStatus)
  status!: TenderStatus;

  @Field(() => Date)
  interestDeadline!: Date;

  @Field(() => Date)
  offerDeadline!: Date;

  @Field(() => [AwardCriterion])
  criteria!: StoredCriterion[];

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  sectorBodyId!: string;
  standardId!: string | null;

  static from(row: TenderEntity): Tender {
    return Object.assign(new Tender(), {
      id: row.id,
      title: row.title,
      description: row.description,
      category: row.category,
      status: row.status,
      interestDeadline: row.interestDeadline,
      offerDeadline: row.offerDeadline,
      criteria: row.criteria,
      cancellationReason: row.cancellationReason,
      sectorBodyId: row.sectorBodyId,
      standardId: row.standardId,
    });
  }

  static audited(row: TenderEntity) {
    const { id, sectorBodyId, title, description, category, standardId, status } = row;
    return {
      id,
      sectorBodyId,
      title,
      description,
      category,
      standardId,
      status,
      interestDeadline: row.interestDeadline.toISOString(),
      offerDeadline: row.offerDeadline.toISOString(),
      criteria: row.criteria,
      cancellationReason: row.cancellationReason,
    };
  }
}

/** The status a deal shows: EXPIRED once its validUntil lies before today. */
export function dealStatus(row: FrameworkDealEntity, today: string): DealStatus {
  if (row.status === 'DRAFT') return DealStatus.DRAFT;
  return row.validUntil < today ? DealStatus.EXPIRED : DealStatus.PUBLISHED;
}

@ObjectType()
export class FrameworkDeal {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  terms!: string;

  @Field(() => [PriceTier])
  priceTiers!: StoredPriceTier[];

  @Field()
  modelVersion!: string;

  @Field(() => [Deviation])
  deviations!: Deviation[];

  @Field(() => CalendarDateScalar)
  validFrom!: string;

  @Field(() => CalendarDateScalar)
  validUntil!: string;

  @Field(() => DealStatus)
  status!: DealStatus;

  sectorBodyId!: string;
  vendorId!: string;
  productIds!: string[];
  tenderId!: string | null;
  row!: FrameworkDealEntity;

  static from(row: FrameworkDealEntity, today: string): FrameworkDeal {
    return Object.assign(new FrameworkDeal(), {
      id: row.id,
      title: row.title,
      terms: row.terms,
      priceTiers: row.priceTiers,
      modelVersion: row.modelVersion,
      // The sector body negotiated them: neither party proposed them, no FG assessed them.
      deviations: row.deviations.map((d) =>
        Object.assign(new Deviation(), {
          id: d.id,
          clause: d.clause,
          text: d.text,
          topic: d.topic ?? AgreementTopic.OTHER,
          addedBy: null,
          assessment: null,
          assessmentNote: null,
          agreementId: '',
        }),
      ),
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      status: dealStatus(row, today),
      sectorBodyId: row.sectorBodyId,
      vendorId: row.vendorId,
      productIds: row.productIds,
      tenderId: row.tenderId,
      row,
    });
  }

  static audited(row: FrameworkDealEntity) {
    return { ...row };
  }
}

@ObjectType()
export class Participation {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  joinedAt!: Date;

  dealId!: string;
  boardId!: string;
  agreementId!: string | null;
}

export const TenderConnection = connectionType(Tender, 'Tender');
export const FrameworkDealConnection = connectionType(FrameworkDeal, 'FrameworkDeal');
