import { Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  AgreementTopic,
  AttestationType,
  ComplianceAnswer,
  ProductCategory,
  ReviewVerdict,
  StandardSubject,
} from '@regie/domain';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import '../common/graphql-enums';
import { CalendarDateScalar } from '../common/scalars';
import {
  MaxItems,
  MaxLen,
  MaxValue,
  MinValue,
  NonBlank,
  NotEmptyList,
  WholeNumber,
} from '../common/validation';
import './procurement-enums';

@InputType()
export class RequirementInput {
  @Field()
  @NonBlank()
  @MaxLen(40)
  code!: string;

  @Field()
  @NonBlank()
  @MaxLen(300)
  title!: string;

  @Field()
  @MaxLen(4000)
  description!: string;

  @Field()
  mandatory!: boolean;

  @Field(() => [AttestationType], { nullable: true, defaultValue: [] })
  evidenceTypes?: AttestationType[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'BOARD standards only: 1-5, and targetLevel >= minimumLevel with a targetDate when given.',
  })
  @IsOptional()
  @WholeNumber()
  @MinValue(1)
  @MaxValue(5)
  minimumLevel?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber()
  @MinValue(1)
  @MaxValue(5)
  targetLevel?: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  @IsOptional()
  targetDate?: string | null;
}

@InputType()
export class CreateMinimumStandardInput {
  @Field(() => ID)
  sectorBodyId!: string;

  @Field()
  @NonBlank()
  @MaxLen(200)
  name!: string;

  @Field()
  @NonBlank()
  @MaxLen(40)
  version!: string;

  @Field(() => StandardSubject, { nullable: true, defaultValue: StandardSubject.PRODUCT })
  @IsOptional()
  subject?: StandardSubject | null;

  @Field(() => [RequirementInput])
  @NotEmptyList()
  @MaxItems(200)
  @ValidateNested({ each: true })
  @Type(() => RequirementInput)
  requirements!: RequirementInput[];
}

@InputType()
export class StartBoardAssessmentInput {
  @Field(() => ID)
  boardId!: string;

  @Field(() => ID)
  standardId!: string;
}

@InputType()
export class AnswerMaturityInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  requirementId!: string;

  @Field(() => Int)
  @WholeNumber()
  @MinValue(1)
  @MaxValue(5)
  level!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(4000)
  explanation?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber()
  @MinValue(1)
  @MaxValue(5)
  plannedLevel?: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  @IsOptional()
  plannedBy?: string | null;
}

@InputType()
export class StartAssessmentInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => ID)
  standardId!: string;
}

@InputType()
export class AnswerRequirementInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  requirementId!: string;

  @Field(() => ComplianceAnswer)
  answer!: ComplianceAnswer;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(4000)
  explanation?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @MaxItems(20)
  evidenceIds?: string[] | null;
}

@InputType()
export class ReviewAnswerInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  requirementId!: string;

  @Field(() => ReviewVerdict)
  verdict!: ReviewVerdict;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(4000)
  note?: string | null;
}

@InputType()
export class AwardCriterionInput {
  @Field()
  @NonBlank()
  @MaxLen(100)
  name!: string;

  @Field(() => Int)
  weight!: number;
}

@InputType()
export class PriceTierInput {
  @Field(() => Int)
  @WholeNumber()
  @MinValue(0)
  minStudents!: number;

  @Field(() => Int)
  @WholeNumber()
  @MinValue(0)
  pricePerStudentCents!: number;
}

@InputType()
export class CreateTenderInput {
  @Field(() => ID)
  sectorBodyId!: string;

  @Field()
  @NonBlank()
  @MaxLen(300)
  title!: string;

  @Field()
  @MaxLen(10000)
  description!: string;

  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field(() => ID, { nullable: true })
  standardId?: string | null;

  @Field(() => Date)
  interestDeadline!: Date;

  @Field(() => Date)
  offerDeadline!: Date;

  @Field(() => [AwardCriterionInput])
  @NotEmptyList()
  @MaxItems(20)
  @ValidateNested({ each: true })
  @Type(() => AwardCriterionInput)
  criteria!: AwardCriterionInput[];
}

/** What of a DRAFT tender may change: all of its creation but the sector body and category. */
@InputType()
export class UpdateTenderInput extends PartialType(
  OmitType(CreateTenderInput, ['sectorBodyId', 'category'] as const),
) {}

@InputType()
export class RegisterInterestInput {
  @Field(() => ID)
  tenderId!: string;

  @Field(() => ID)
  boardId!: string;

  @Field(() => Int)
  @WholeNumber()
  @MinValue(1)
  @MaxValue(10_000_000)
  studentCount!: number;

  @Field(() => Int)
  @WholeNumber()
  @MinValue(1)
  @MaxValue(100_000)
  schoolCount!: number;
}

@InputType()
export class SubmitOfferInput {
  @Field(() => ID)
  tenderId!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => [PriceTierInput])
  @NotEmptyList()
  @MaxItems(50)
  @ValidateNested({ each: true })
  @Type(() => PriceTierInput)
  priceTiers!: PriceTierInput[];

  @Field()
  @NonBlank()
  @MaxLen(20000)
  terms!: string;
}

@InputType()
export class CriterionScoreInput {
  @Field()
  @MaxLen(100) // as AwardCriterionInput.name
  criterion!: string;

  @Field(() => Float)
  @MinValue(0)
  @MaxValue(10)
  score!: number;
}

@InputType()
export class ScoreOfferInput {
  @Field(() => ID)
  offerId!: string;

  @Field(() => [CriterionScoreInput])
  @NotEmptyList()
  @MaxItems(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];
}

@InputType()
export class AwardTenderInput {
  @Field(() => ID)
  tenderId!: string;

  @Field(() => [ID])
  @NotEmptyList()
  @MaxItems(50)
  offerIds!: string[];

  @Field(() => CalendarDateScalar)
  validFrom!: string;

  @Field(() => CalendarDateScalar)
  validUntil!: string;
}

@InputType()
export class CreateFrameworkDealInput {
  @Field(() => ID)
  sectorBodyId!: string;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => [ID])
  @NotEmptyList()
  @MaxItems(50)
  productIds!: string[];

  @Field()
  @NonBlank()
  @MaxLen(300)
  title!: string;

  @Field()
  @NonBlank()
  @MaxLen(20000)
  terms!: string;

  @Field(() => [PriceTierInput])
  @NotEmptyList()
  @MaxItems(50)
  @ValidateNested({ each: true })
  @Type(() => PriceTierInput)
  priceTiers!: PriceTierInput[];

  @Field(() => String, { nullable: true, defaultValue: '4.0' })
  @IsOptional()
  @NonBlank()
  @MaxLen(20)
  modelVersion?: string | null;

  @Field(() => CalendarDateScalar)
  validFrom!: string;

  @Field(() => CalendarDateScalar)
  validUntil!: string;
}

@InputType()
export class AddDealDeviationInput {
  @Field(() => ID)
  dealId!: string;

  @Field()
  @NonBlank()
  @MaxLen(200)
  clause!: string;

  @Field(() => AgreementTopic, { nullable: true, defaultValue: AgreementTopic.OTHER })
  topic?: AgreementTopic | null;

  @Field()
  @NonBlank()
  @MaxLen(10000)
  text!: string;
}

@InputType()
export class JoinFrameworkDealInput {
  @Field(() => ID)
  dealId!: string;

  @Field(() => ID)
  boardId!: string;
}
