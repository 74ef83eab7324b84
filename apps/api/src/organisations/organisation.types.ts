import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, Sector } from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import type { OrganisationEntity } from './organisation.entity';

@ObjectType({ description: 'A board, vendor, sector body or the platform: its public profile.' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Onderwijsbestuursnummer (boards): 5 digits.',
  })
  boardNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Chamber of Commerce number: 8 digits.' })
  kvkNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Organisation identification number: 20 digits.',
  })
  oin!: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field(() => [Sector])
  sectors!: Sector[];

  @Field(() => Int, {
    nullable: true,
    description: 'Boards: the number of students, used to bundle demand.',
  })
  studentCount!: number | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  createdAt!: Date;

  static from(entity: OrganisationEntity): Organisation {
    return Object.assign(new Organisation(), {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      boardNumber: entity.boardNumber,
      kvkNumber: entity.kvkNumber,
      oin: entity.oin,
      country: entity.country,
      sectors: entity.sectors,
      studentCount: entity.studentCount,
      website: entity.website,
      createdAt: entity.createdAt,
    });
  }
}

export const OrganisationConnection = connectionType(Organisation, 'Organisation');
