import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  AttestationType,
  DataSubject,
  EduvDataService,
  PersonalDataCategory,
  ProductCategory,
  Sector,
  TransferMechanism,
} from '@regie/domain';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import '../common/graphql-enums';
import {
  CountryCode,
  Email,
  MaxItems,
  MaxLen,
  MaxValue,
  MinValue,
  NonBlank,
  NotEmptyList,
  WholeNumber,
} from '../common/validation';

/** Bounds that keep one leaflet a readable document, not a dump. */
const MAX_TEXT = 2_000;
const MAX_LIST = 100;

@InputType()
export class CreateProductInput {
  @Field(() => ID)
  vendorId!: string;

  @Field()
  @NonBlank()
  @MaxLen(200)
  name!: string;

  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(5_000)
  description?: string | null;

  @Field(() => [Sector], { nullable: true, defaultValue: [] })
  sectors?: Sector[] | null;

  @Field(() => [EduvDataService], { nullable: true, defaultValue: [] })
  dataServices?: EduvDataService[] | null;
}

@InputType({ description: 'Only what is given changes; a null description removes it.' })
export class UpdateProductInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(200)
  name?: string | null;

  @Field(() => ProductCategory, { nullable: true })
  category?: ProductCategory | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(5_000)
  description?: string | null;

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[] | null;

  @Field(() => [EduvDataService], { nullable: true })
  dataServices?: EduvDataService[] | null;
}

@InputType()
export class SubprocessorInput {
  @Field()
  @NonBlank()
  @MaxLen(200)
  name!: string;

  @Field()
  @NonBlank()
  @MaxLen(MAX_TEXT)
  service!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @CountryCode()
  country!: string;

  @Field(() => TransferMechanism, {
    description: 'Outside the EEA: the mechanism, or NONE; inside it: NOT_APPLICABLE.',
  })
  transferMechanism!: TransferMechanism;
}

@InputType()
export class ProcessingLocationInput {
  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @CountryCode()
  country!: string;

  @Field({ description: 'What happens there: storage, processing, support.' })
  @NonBlank()
  @MaxLen(200)
  activity!: string;
}

@InputType()
export class RetentionRuleInput {
  @Field(() => PersonalDataCategory)
  category!: PersonalDataCategory;

  @Field()
  @NonBlank()
  @MaxLen(500)
  period!: string;
}

@InputType({
  description:
    'The whole content of a draft. privacyContactEmail left out keeps the one of the draft or of the last published version.',
})
export class LeafletInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => [String])
  @NotEmptyList()
  @MaxItems(MAX_LIST)
  @NonBlank({ each: true })
  @MaxLen(MAX_TEXT, { each: true })
  purposes!: string[];

  @Field(() => [DataSubject])
  @NotEmptyList()
  dataSubjects!: DataSubject[];

  @Field(() => [PersonalDataCategory])
  @NotEmptyList()
  dataCategories!: PersonalDataCategory[];

  @Field(() => [RetentionRuleInput])
  @MaxItems(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => RetentionRuleInput)
  retention!: RetentionRuleInput[];

  @Field(() => [SubprocessorInput])
  @MaxItems(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => SubprocessorInput)
  subprocessors!: SubprocessorInput[];

  @Field(() => [ProcessingLocationInput])
  @NotEmptyList()
  @MaxItems(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => ProcessingLocationInput)
  locations!: ProcessingLocationInput[];

  @Field(() => Int)
  @WholeNumber()
  @MinValue(0)
  @MaxValue(720)
  breachNotificationHours!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Email()
  privacyContactEmail?: string | null;
}

@InputType()
export class ProductFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the name or description, or the vendor name.',
  })
  @IsOptional()
  @MaxLen(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  vendorId?: string | null;

  @Field(() => ProductCategory, { nullable: true })
  category?: ProductCategory | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;
}

@InputType()
export class VendorFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the vendor name, or in the name or description of one of its products.',
  })
  @IsOptional()
  @MaxLen(200)
  search?: string | null;

  @Field(() => ProductCategory, { nullable: true, description: 'Has a product of this category.' })
  category?: ProductCategory | null;

  @Field(() => AttestationType, { nullable: true })
  attestationType?: AttestationType | null;

  @Field(() => Boolean, { nullable: true })
  hasPublishedDeal?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: every product has a published leaflet, and none has a location or sub-processor outside the EEA; false: the others.',
  })
  dataOnlyInEea?: boolean | null;

  @Field(() => Sector, { nullable: true, description: 'Has a product for this sector.' })
  sector?: Sector | null;
}
