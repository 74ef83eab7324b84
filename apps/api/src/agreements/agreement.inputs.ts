import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import {
  AgreementSource,
  AgreementStatus,
  AgreementTopic,
  DeviationAssessment,
  ExitChoice,
} from '@regie/domain';
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

/** The most products one agreement or offer names. */
export const MAX_AGREEMENT_PRODUCTS = 100;

@InputType()
export class CreateAgreementInput {
  @Field(() => ID)
  boardId!: string;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => [ID], { description: "The vendor's products it covers." })
  @NotEmptyList()
  @MaxItems(MAX_AGREEMENT_PRODUCTS)
  productIds!: string[];

  @Field({ nullable: true, defaultValue: '4.0' })
  @IsOptional()
  @NonBlank()
  @MaxLen(20)
  modelVersion?: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Not before validFrom.' })
  validUntil?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A signed agreement between the same parties that this one replaces once it is ACTIVE; ' +
      'its deviations (with their assessments) and, unless given, its dates are copied.',
  })
  supersedesId?: string | null;
}

@InputType()
export class UpdateAgreementInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @NotEmptyList()
  @MaxItems(MAX_AGREEMENT_PRODUCTS)
  productIds?: string[] | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  validUntil?: string | null;
}

@InputType()
export class AgreementVersionInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class AddDeviationInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  @NonBlank()
  @MaxLen(100)
  clause!: string;

  @Field(() => AgreementTopic, { nullable: true, defaultValue: AgreementTopic.OTHER })
  topic?: AgreementTopic | null;

  @Field()
  @NonBlank()
  @MaxLen(10000)
  text!: string;
}

@InputType({
  description:
    'Only by the party that added it, while the agreement is DRAFT or CHANGES_REQUESTED.',
})
export class UpdateDeviationInput {
  @Field(() => ID)
  deviationId!: string;

  @Field(() => Int, { description: "The agreement's version." })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(100)
  clause?: string | null;

  @Field(() => AgreementTopic, { nullable: true })
  topic?: AgreementTopic | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(10000)
  text?: string | null;
}

@InputType()
export class WithdrawDeviationInput {
  @Field(() => ID)
  deviationId!: string;

  @Field(() => Int, { description: "The agreement's version." })
  version!: number;
}

@InputType()
export class PostAgreementMessageInput {
  @Field(() => ID)
  agreementId!: string;

  @Field()
  @NonBlank()
  @MaxLen(10000)
  body!: string;
}

@InputType()
export class ConfirmAgreementExitInput {
  @Field(() => ID)
  agreementId!: string;

  @Field({
    description:
      'What was returned and deleted, and what the vendor must keep by law (and until when).',
  })
  @NonBlank()
  @MaxLen(10000)
  statement!: string;
}

@InputType()
export class ChooseAgreementExitInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => ExitChoice)
  choice!: ExitChoice;
}

@InputType()
export class AssessDeviationInput {
  @Field(() => ID)
  deviationId!: string;

  @Field(() => DeviationAssessment)
  assessment!: DeviationAssessment;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(4000)
  note?: string | null;
}

@InputType()
export class RequestChangesInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  note!: string;
}

@InputType()
export class TerminateAgreementInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  reason!: string;

  @Field(() => CalendarDateScalar, { description: 'The last day it holds: today or later.' })
  endDate!: string;

  @Field(() => ExitChoice, {
    nullable: true,
    description:
      "The board's signatory may choose here; a vendor may not (BAD_USER_INPUT). Without it the exit waits for chooseAgreementExit.",
  })
  exitChoice?: ExitChoice | null;
}

@InputType()
export class AddReviewNoteInput {
  @Field(() => ID)
  agreementId!: string;

  @Field()
  @NonBlank()
  @MaxLen(10000)
  body!: string;
}

@InputType()
export class AttachDocumentInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, {
    description:
      "A PDF uploaded through POST /api/files for the caller's party, not yet part of anything.",
  })
  fileId!: string;
}

@InputType()
export class PublishGeneralOfferInput {
  @Field(() => ID)
  vendorId!: string;

  @Field(() => [ID])
  @NotEmptyList()
  @MaxItems(MAX_AGREEMENT_PRODUCTS)
  productIds!: string[];

  @Field({ nullable: true, defaultValue: '4.0' })
  @IsOptional()
  @NonBlank()
  @MaxLen(20)
  modelVersion?: string;

  @Field(() => ID, { description: 'The signed terms: a PDF uploaded for the vendor.' })
  termsFileId!: string;
}

@InputType()
export class AcceptGeneralOfferInput {
  @Field(() => ID)
  generalOfferId!: string;

  @Field(() => ID)
  boardId!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  validUntil?: string | null;
}

@InputType()
export class AgreementFilter {
  @Field(() => ID, { nullable: true })
  boardId?: string | null;

  @Field(() => ID, { nullable: true })
  vendorId?: string | null;

  @Field(() => [AgreementStatus], { nullable: true, description: 'As shown today.' })
  status?: AgreementStatus[] | null;

  @Field(() => AgreementSource, { nullable: true })
  source?: AgreementSource | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'ACTIVE agreements whose validUntil lies within today..today+N (Europe/Amsterdam).',
  })
  @IsOptional()
  @WholeNumber()
  @MinValue(0)
  @MaxValue(3660)
  expiringWithinDays?: number | null;
}
