import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Locale, OrganisationKind, Role, Sector } from '@regie/domain';
import { IsOptional } from 'class-validator';
import '../common/graphql-enums';
import {
  BoardNumber,
  CountryCode,
  Email,
  EMAIL_MAX,
  KvkNumber,
  MaxLen,
  MaxValue,
  MinLen,
  MinValue,
  NonBlank,
  NotEmptyList,
  Oin,
  WebUrl,
  WholeNumber,
} from '../common/validation';

/** Passwords: at least 12 characters (issue #3); at most 200, so hashing stays cheap. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

@InputType()
export class LoginInput {
  // Bounded, not checked for form: whatever is wrong with an e-mail or password, a
  // failed sign-in gets the one UNAUTHENTICATED answer. The address becomes a key of
  // the login throttle, whose column holds its prefix and EMAIL_MAX characters.
  @Field()
  @MaxLen(EMAIL_MAX)
  email!: string;

  @Field()
  @MaxLen(PASSWORD_MAX)
  password!: string;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field()
  @NonBlank()
  @MaxLen(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoardNumber()
  boardNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @KvkNumber()
  kvkNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Oin()
  oin?: string | null;

  @Field(() => String, { nullable: true, defaultValue: 'NL' })
  @IsOptional()
  @CountryCode()
  country?: string | null;

  @Field(() => [Sector], { nullable: true, defaultValue: [] })
  sectors?: Sector[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber()
  @MinValue(0)
  @MaxValue(10_000_000)
  studentCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  website?: string | null;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(200)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber()
  @MinValue(0)
  @MaxValue(10_000_000)
  studentCount?: number | null;

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebUrl()
  website?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  @Email()
  email!: string;

  @Field(() => [Role])
  @NotEmptyList()
  roles!: Role[];
}

@InputType({
  description:
    'A new person gives a name and a password; a signed-in person whose e-mail the\ninvitation names gives neither.',
})
export class AcceptInvitationInput {
  @Field()
  @MaxLen(200)
  token!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLen(PASSWORD_MIN)
  @MaxLen(PASSWORD_MAX)
  password?: string | null;
}

@InputType()
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(200)
  name?: string | null;

  @Field(() => Locale, { nullable: true })
  locale?: Locale | null;
}

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => [Role])
  @NotEmptyList()
  roles!: Role[];
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  @NonBlank()
  @MaxLen(100)
  name!: string;
}
