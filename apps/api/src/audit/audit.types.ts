import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '../common/pagination';
import { Person } from '../common/person.types';
import { IsOptional } from 'class-validator';
import { MaxLen, MinValue, WholeNumber } from '../common/validation';
import { Organisation } from '../organisations/organisation.types';
import { AuditChainProblem } from './audit-chain';

registerEnumType(AuditChainProblem, {
  name: 'AuditChainProblem',
  description: 'Why the audit chain does not hold; a report names the first that applies.',
  valuesMap: {
    EVENT_BROKEN: {
      description: "An event's stored hash, or its link to the event before it, does not hold.",
    },
    SHORTER_THAN_CHECKPOINT: {
      description: 'Fewer events than the checkpoint counted: the newest ones were removed.',
    },
    CHECKPOINT_MISMATCH: {
      description: "The event at the checkpoint's position no longer has the checkpoint's hash.",
    },
    HEAD_RECORD_MISSING: { description: "The chain's head record was removed." },
    SHORTER_THAN_HEAD_RECORD: {
      description: 'Fewer events than the head record counts: the newest ones were removed.',
    },
    HEAD_RECORD_MISMATCH: {
      description: "The event at the head record's position no longer has the hash it holds.",
    },
  },
});

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

  @Field(() => AuditChainProblem, {
    nullable: true,
    description:
      'Why the chain does not hold; null when it does. A chain cut off at its end shows as ' +
      'shorter than a checkpoint or the head record (firstBrokenEventId is null then).',
  })
  reason!: AuditChainProblem | null;
}

@ObjectType({
  description:
    "The audit chain's head as it stands: keep it away from the database server and hand it to " +
    'verifyAuditChain later. A chain that no longer reaches it with the same hash was cut off ' +
    'or rewritten.',
})
export class AuditCheckpoint {
  @Field(() => Int, { description: 'How many events the chain has.' })
  eventCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The hash of the newest event; null while the chain is empty.',
  })
  headHash!: string | null;

  @Field({ description: 'When the checkpoint was taken.' })
  at!: Date;

  @Field({
    description:
      "HMAC-SHA256 (base64url) of the other fields with a key derived from the server's " +
      'JWT_SECRET: a checkpoint whose fields were changed is refused.',
  })
  signature!: string;
}

@InputType({ description: 'A checkpoint exported earlier by auditCheckpoint, as it was given.' })
export class AuditCheckpointInput {
  @Field(() => Int)
  @WholeNumber()
  @MinValue(0)
  eventCount!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLen(64)
  headHash?: string | null;

  @Field(() => Date, { nullable: true, description: 'Required with a signature.' })
  at?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Checked when given; leave it out for a checkpoint signed before the JWT_SECRET changed.',
  })
  @IsOptional()
  @MaxLen(100)
  signature?: string | null;
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
