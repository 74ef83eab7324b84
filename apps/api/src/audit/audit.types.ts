import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { connectionType } from '../common/pagination';
import { MaxLen } from '../common/validation';
import { Person } from '../common/person.types';
import { Organisation } from '../organisations/organisation.types';

@ObjectType({
  description:
    'One entry of the append-only audit trail: who did what, for which organisation, when; ' +
    'chained to the entry before it by hash.',
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => Person, { nullable: true, description: 'Null when the system acted.' })
  actor!: Person | null;

  @Field(() => Organisation, {
    nullable: true,
    description: 'The organisation the actor acted for.',
  })
  organisation!: Organisation | null;

  @Field()
  action!: string;

  @Field()
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'SHA-256 (hex) of the previous hash and this event.' })
  hash!: string;

  @Field(() => String, { nullable: true, description: 'Null for the first event.' })
  previousHash!: string | null;
}

export const AuditEventConnection = connectionType(AuditEvent, 'AuditEvent');

@ObjectType({ description: 'The outcome of checking the whole audit chain, oldest event first.' })
export class AuditChainReport {
  @Field()
  valid!: boolean;

  @Field(() => Int)
  eventsChecked!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The first event whose hash or link to the event before it does not hold.',
  })
  firstBrokenEventId!: string | null;
}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(100) // a kind of entity ('agreement', 'tender'), never long
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the events of this organisation; the caller must be allowed to read them.',
  })
  organisationId?: string | null;
}
