import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgreementTopic, FindingVerdict, RiskLevel } from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import type { ProductReviewEntity, StoredFinding } from './product-review.entity';

@ObjectType()
export class ReviewFinding {
  @Field(() => AgreementTopic)
  topic!: AgreementTopic;

  @Field(() => FindingVerdict)
  verdict!: FindingVerdict;

  @Field()
  note!: string;

  static from(stored: StoredFinding): ReviewFinding {
    return Object.assign(new ReviewFinding(), {
      topic: stored.topic,
      verdict: stored.verdict,
      note: stored.note,
    });
  }
}

@ObjectType({
  description:
    "An FG's review of a product's terms, published for the sector so that other\nboards need not do the same work again. Seen by members of boards, sector\nbodies and supervisors, and by the product's vendor, which may respond once.",
})
export class ProductReview {
  @Field(() => ID)
  id!: string;

  @Field()
  anonymous!: boolean;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field()
  summary!: string;

  @Field(() => [ReviewFinding])
  findings!: ReviewFinding[];

  @Field()
  publishedAt!: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true })
  vendorResponse!: string | null;

  @Field(() => Date, { nullable: true })
  vendorRespondedAt!: Date | null;

  /** For the field resolvers: not part of the API as such (`board` is null to outsiders). */
  productId!: string;
  boardId!: string;
  leafletId!: string | null;

  static from(row: ProductReviewEntity): ProductReview {
    return Object.assign(new ProductReview(), {
      id: row.id,
      anonymous: row.anonymous,
      riskLevel: row.riskLevel,
      summary: row.summary,
      findings: row.findings.map(ReviewFinding.from),
      publishedAt: row.publishedAt,
      withdrawnAt: row.withdrawnAt,
      vendorResponse: row.vendorResponse,
      vendorRespondedAt: row.vendorRespondedAt,
      productId: row.productId,
      boardId: row.boardId,
      leafletId: row.leafletId,
    });
  }

  /**
   * What an audit event keeps of a review. The board is the event's organisation; an
   * anonymous review's events are sealed to it (product-reviews.service.ts).
   */
  static audited(row: ProductReviewEntity) {
    return {
      id: row.id,
      productId: row.productId,
      leafletId: row.leafletId,
      anonymous: row.anonymous,
      riskLevel: row.riskLevel,
      summary: row.summary,
      findings: row.findings,
      publishedAt: row.publishedAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    };
  }
}

export const ProductReviewConnection = connectionType(ProductReview, 'ProductReview');
