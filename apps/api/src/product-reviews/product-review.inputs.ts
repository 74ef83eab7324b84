import { Field, ID, InputType } from '@nestjs/graphql';
import { AgreementTopic, FindingVerdict, RiskLevel } from '@regie/domain';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import '../common/graphql-enums';
import { MaxItems, MaxLen, NonBlank, NotEmptyList } from '../common/validation';

@InputType()
export class ReviewFindingInput {
  @Field(() => AgreementTopic)
  topic!: AgreementTopic;

  @Field(() => FindingVerdict)
  verdict!: FindingVerdict;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  note!: string;
}

@InputType()
export class PublishProductReviewInput {
  @Field(() => ID)
  boardId!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the product's current leaflet." })
  leafletId?: string | null;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  summary!: string;

  @Field(() => [ReviewFindingInput])
  @NotEmptyList()
  @MaxItems(50)
  @ValidateNested({ each: true })
  @Type(() => ReviewFindingInput)
  findings!: ReviewFindingInput[];

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  anonymous?: boolean | null;
}

@InputType()
export class RespondToProductReviewInput {
  @Field(() => ID)
  reviewId!: string;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  response!: string;
}
