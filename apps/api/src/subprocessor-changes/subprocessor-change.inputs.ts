import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../common/scalars';
import { MaxLen, NonBlank } from '../common/validation';

@InputType()
export class AnnounceSubprocessorChangeInput {
  @Field(() => ID, {
    description: "A DRAFT leaflet whose subprocessors differ from the product's current leaflet.",
  })
  leafletId!: string;

  @Field(() => CalendarDateScalar, {
    description: 'At least 30 days after today (Europe/Amsterdam).',
  })
  effectiveOn!: string;
}

@InputType()
export class ObjectToSubprocessorChangeInput {
  @Field(() => ID)
  changeId!: string;

  @Field(() => ID)
  boardId!: string;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  reason!: string;
}
