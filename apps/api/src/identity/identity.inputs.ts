import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Locale, OrganisationKind, Role, Sector } from '@regie/domain';
import { IsOptional } from 'class-validator';
import '../common/graphql-enums';
import {
  BoardNumber,
  CountryCode,
  Email,
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

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
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
  token!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NonBlank()
  @MaxLen(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLen(PASSWORD_MIN)
  @MaxLen(200)
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
