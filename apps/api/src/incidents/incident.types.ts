import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IncidentStatus, Severity } from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import type { IncidentNoticeEntity } from './incident-notice.entity';
import type { IncidentUpdateEntity } from './incident-update.entity';
import type { IncidentEntity } from './incident.entity';

/** The supervisory authority must hear of a breach within 72 hours (art. 33 GDPR). */
export const AUTHORITY_DEADLINE_MS = 72 * 3_600_000;

@ObjectType({
  description:
    "A vendor's security incident or personal-data breach, for the boards with an ACTIVE agreement on its products.",
})
export class Incident {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field()
  personalDataInvolved!: boolean;

  @Field()
  discoveredAt!: Date;

  @Field()
  reportedAt!: Date;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  /** For the field resolvers: not part of the API as such. */
  vendorId!: string;

  static from(row: IncidentEntity): Incident {
    return Object.assign(new Incident(), {
      id: row.id,
      title: row.title,
      description: row.description,
      severity: row.severity,
      personalDataInvolved: row.personalDataInvolved,
      discoveredAt: row.discoveredAt,
      reportedAt: row.reportedAt,
      status: row.status,
      resolvedAt: row.resolvedAt,
      vendorId: row.vendorId,
    });
  }
}

export const IncidentConnection = connectionType(Incident, 'Incident');

@ObjectType({ description: "One affected board's notice of an incident." })
export class IncidentNotice {
  @Field()
  notifiedAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Seconds from the report to the board's acknowledgement; null until then.",
  })
  secondsToAcknowledge!: number | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'notifiedAt + 72 hours: by when the board, as controller, must have told the supervisory authority of a breach.',
  })
  authorityDeadline!: Date | null;

  boardId!: string;
  acknowledgedById!: string | null;

  static from(row: IncidentNoticeEntity): IncidentNotice {
    return Object.assign(new IncidentNotice(), {
      notifiedAt: row.notifiedAt,
      acknowledgedAt: row.acknowledgedAt,
      secondsToAcknowledge: row.acknowledgedAt
        ? Math.round((row.acknowledgedAt.getTime() - row.notifiedAt.getTime()) / 1000)
        : null,
      authorityDeadline: new Date(row.notifiedAt.getTime() + AUTHORITY_DEADLINE_MS),
      boardId: row.boardId,
      acknowledgedById: row.acknowledgedById,
    });
  }
}

@ObjectType({ description: 'What the vendor added as it learnt more.' })
export class IncidentUpdate {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  authorId!: string | null;

  static from(row: IncidentUpdateEntity): IncidentUpdate {
    return Object.assign(new IncidentUpdate(), {
      id: row.id,
      body: row.body,
      createdAt: row.createdAt,
      authorId: row.authorId,
    });
  }
}
