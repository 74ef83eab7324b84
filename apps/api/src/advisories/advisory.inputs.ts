import { Field, ID, InputType } from '@nestjs/graphql';
import { AdvisoryResponse, Severity, Tlp } from '@regie/domain';
import { IsOptional } from 'class-validator';
import '../common/graphql-enums';
import { MAX_RECOMMENDED_ACTION } from './csaf';
import { MaxItems, MaxLen, NonBlank, NotEmptyList } from '../common/validation';

/** The most products and CVEs one advisory names. */
export const MAX_ADVISORY_PRODUCTS = 200;
export const MAX_ADVISORY_CVES = 500;

@InputType()
export class PublishAdvisoryInput {
  @Field(() => ID, { description: 'The sector body whose CERT the caller is.' })
  publisherId!: string;

  @Field()
  @NonBlank()
  @MaxLen(300)
  title!: string;

  @Field()
  @NonBlank()
  @MaxLen(20000)
  summary!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Tlp)
  tlp!: Tlp;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @MaxItems(MAX_ADVISORY_CVES)
  // CVE-YYYY-NNNN… with room to spare; the service checks the form.
  @MaxLen(40, { each: true })
  cves?: string[] | null;

  @Field(() => [ID])
  @NotEmptyList()
  @MaxItems(MAX_ADVISORY_PRODUCTS)
  productIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'What the boards are advised to do (an update, a setting, a workaround).',
  })
  @IsOptional()
  @MaxLen(MAX_RECOMMENDED_ACTION)
  recommendedAction?: string | null;
}

@InputType()
export class ImportCsafAdvisoryInput {
  @Field(() => ID)
  publisherId!: string;

  @Field({ description: 'A CSAF 2.0 document (JSON text, at most 1 MiB).' })
  // As long as a request body may be: the service measures the document in bytes
  // against its 1 MiB and says so, which a count of characters here could not.
  @MaxLen(2 * 1024 * 1024)
  document!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The products it concerns; when omitted, matched from the document's product tree by vendor and product name.",
  })
  @IsOptional()
  @NotEmptyList()
  @MaxItems(MAX_ADVISORY_PRODUCTS)
  productIds?: string[] | null;

  @Field(() => Tlp, {
    nullable: true,
    description:
      "Used when the document has no TLP label (else AMBER); a document's own label wins.",
  })
  tlp?: Tlp | null;

  @Field(() => Severity, {
    nullable: true,
    description: 'Used when the document gives no CVSS score and no aggregate severity.',
  })
  severity?: Severity | null;
}

@InputType()
export class RespondToAdvisoryInput {
  @Field(() => ID)
  advisoryId!: string;

  @Field(() => ID)
  boardId!: string;

  @Field(() => AdvisoryResponse)
  response!: AdvisoryResponse;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(20000)
  note?: string | null;
}
