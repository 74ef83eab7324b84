import { Field, ID, InputType } from '@nestjs/graphql';
import { AuthorityDecision, Severity } from '@regie/domain';
import { IsOptional } from 'class-validator';
import { MaxItems, MaxLen, NonBlank, NotEmptyList } from '../common/validation';

/** The most products one incident names. */
export const MAX_INCIDENT_PRODUCTS = 100;

@InputType()
export class ReportIncidentInput {
  @Field(() => ID, { description: 'The vendor the caller acts for.' })
  vendorId!: string;

  @Field(() => [ID], { description: "The vendor's own products concerned." })
  @NotEmptyList()
  @MaxItems(MAX_INCIDENT_PRODUCTS)
  productIds!: string[];

  @Field()
  @NonBlank()
  @MaxLen(300)
  title!: string;

  @Field()
  @NonBlank()
  @MaxLen(20000)
  description!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field()
  personalDataInvolved!: boolean;

  @Field({ description: 'Not in the future.' })
  discoveredAt!: Date;
}

@InputType()
export class AddIncidentUpdateInput {
  @Field(() => ID)
  incidentId!: string;

  @Field()
  @NonBlank()
  @MaxLen(20000)
  body!: string;
}

@InputType()
export class AcknowledgeIncidentInput {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => ID, { description: 'The affected board the caller is privacy officer of.' })
  boardId!: string;
}

@InputType({
  description:
    "A board's record of a breach (art. 33(5) GDPR) and its decision on notifying the supervisory authority. Recording again makes a new version; every version is kept and audited.",
})
export class RecordAuthorityDecisionInput {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => ID, { description: 'The affected board the caller is privacy officer of.' })
  boardId!: string;

  @Field(() => AuthorityDecision)
  decision!: AuthorityDecision;

  @Field(() => Date, {
    nullable: true,
    description:
      'Required when REPORTED: when the board notified the authority (not in the future). Not kept when NOT_REPORTED.',
  })
  @IsOptional()
  reportedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The authority's reference, when REPORTED. Not kept when NOT_REPORTED.",
  })
  @IsOptional()
  @MaxLen(200)
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Required when NOT_REPORTED: why (art. 33(5) asks the board to document it). Not kept when REPORTED.',
  })
  @IsOptional()
  @MaxLen(5000)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The breach's effects for the board's data subjects.",
  })
  @IsOptional()
  @MaxLen(20000)
  effects?: string | null;

  @Field(() => String, { nullable: true, description: 'What the board did about them.' })
  @IsOptional()
  @MaxLen(20000)
  remedialAction?: string | null;
}
