import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Who did something, as other organisations may see them: no e-mail, no memberships.',
})
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
