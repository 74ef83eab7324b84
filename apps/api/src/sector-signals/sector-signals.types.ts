import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgreementTopic, RiskLevel, type ShownSectorSignals } from '@regie/domain';
import '../common/graphql-enums';

@ObjectType()
export class TopicCount {
  @Field(() => AgreementTopic)
  topic!: AgreementTopic;

  @Field(() => Int, { nullable: true })
  boards!: number | null;
}

@ObjectType()
export class RiskCount {
  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => Int)
  reviews!: number;
}

@ObjectType({
  description:
    "What the sector's boards did with a product, counted over agreements in force\ntoday. Every count follows DOMAIN.md's small-count rule.",
})
export class ProductSectorSignals {
  @Field(() => Int, { nullable: true })
  boardsInForce!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Boards whose agreement in force has at least one deviation.',
  })
  boardsWithDeviations!: number | null;

  @Field(() => [TopicCount], {
    description: 'Per topic with at least one such board, most boards first.',
  })
  deviationTopics!: TopicCount[];

  @Field(() => Int, { description: 'Published, not withdrawn reviews.' })
  reviewCount!: number;

  @Field(() => [RiskCount])
  reviewsByRisk!: RiskCount[];

  @Field(() => Date, {
    description:
      'When these counts were made: a process keeps them for a few minutes ' +
      '(REGIE_SECTOR_SIGNALS_REFRESH_SECONDS).',
  })
  generatedAt!: Date;

  static from(shown: ShownSectorSignals, generatedAt: Date): ProductSectorSignals {
    return Object.assign(new ProductSectorSignals(), {
      boardsInForce: shown.boardsInForce,
      boardsWithDeviations: shown.boardsWithDeviations,
      deviationTopics: shown.deviationTopics.map((t) => Object.assign(new TopicCount(), t)),
      reviewCount: shown.reviewCount,
      reviewsByRisk: shown.reviewsByRisk.map((r) => Object.assign(new RiskCount(), r)),
      generatedAt,
    });
  }
}
