import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale, Role } from '@regie/domain';
import '../common/graphql-enums';
import { Person } from '../common/person.types';
import { Organisation } from '../organisations/organisation.types';

@ObjectType()
export class Membership {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => [Role])
  roles!: Role[];
}

@ObjectType({ description: 'The signed-in person, as they see themselves.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Locale)
  locale!: Locale;

  @Field(() => [Membership])
  memberships!: Membership[];
}

@ObjectType({
  description: "A member of an organisation, as that organisation's own members see it.",
})
export class Member {
  @Field(() => Person)
  person!: Person;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  joinedAt!: Date;
}

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => String, {
    nullable: true,
    description: 'Returned once, to the inviter, when the invitation is created; null afterwards.',
  })
  token!: string | null;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({
  description:
    "An organisation's token for integrations: it reads through GraphQL and serves\nthe Edu-V DPA API, and is refused by every mutation.",
})
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Organisation)
  organisation!: Organisation;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class ApiTokenPayload {
  @Field({ description: 'The secret, shown once.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}
