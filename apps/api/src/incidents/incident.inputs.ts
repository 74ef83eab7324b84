import { Field, ID, InputType } from '@nestjs/graphql';
import { Severity } from '@regie/domain';
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
