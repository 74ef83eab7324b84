import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuthorityDecision, IncidentStatus, Severity } from '@regie/domain';
import { isMemberOf, type Viewer } from '../auth/viewer';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import type { IncidentAuthorityRecordEntity } from './incident-authority-record.entity';
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

  @Field(() => AuthorityDecision, {
    nullable: true,
    description:
      "The board's record of the breach (art. 33(5)) and its decision on notifying the supervisory authority; only the board sees the fields below, null for others.",
  })
  authorityDecision!: AuthorityDecision | null;

  @Field(() => Date, { nullable: true })
  authorityReportedAt!: Date | null;

  @Field(() => String, { nullable: true })
  authorityReference!: string | null;

  @Field(() => String, { nullable: true })
  authorityDecisionReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The breach's effects for the board's data subjects, and what the board did about them.",
  })
  effects!: string | null;

  @Field(() => String, { nullable: true })
  remedialAction!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'notifiedAt plus 72 hours: by when the board, as controller, must have told the supervisory authority of a personal-data breach. Null when no personal data is involved (no clock runs), and for others than the board.',
  })
  authorityDeadline!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True while personal data is involved and no decision is recorded (past the deadline too).',
  })
  authorityClockRunning!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the clock still runs after authorityDeadline.',
  })
  authorityOverdue!: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the latest version of the record was made; null until then, and for others than the board.',
  })
  authorityRecordedAt!: Date | null;

  boardId!: string;
  incidentId!: string;
  acknowledgedById!: string | null;
  authorityRecordedById!: string | null;
  /** Whether the viewer is a member of the notice's board: the history is the board's too. */
  seenByBoard!: boolean;

  /**
   * The notice as `viewer` may see it: the board's record, its clock and its deadline only
   * to the board's members. The clock runs only for a breach of personal data.
   */
  static from(
    row: IncidentNoticeEntity,
    incident: { personalDataInvolved: boolean },
    viewer: Viewer | null,
    now: Date = new Date(),
  ): IncidentNotice {
    const board = isMemberOf(viewer, row.boardId);
    const deadline =
      board && incident.personalDataInvolved
        ? new Date(row.notifiedAt.getTime() + AUTHORITY_DEADLINE_MS)
        : null;
    const running = board ? incident.personalDataInvolved && !row.authorityDecision : null;
    const own = <T>(value: T): T | null => (board ? value : null);
    return Object.assign(new IncidentNotice(), {
      notifiedAt: row.notifiedAt,
      acknowledgedAt: row.acknowledgedAt,
      secondsToAcknowledge: row.acknowledgedAt
        ? Math.round((row.acknowledgedAt.getTime() - row.notifiedAt.getTime()) / 1000)
        : null,
      authorityDecision: own(row.authorityDecision),
      authorityReportedAt: own(row.authorityReportedAt),
      authorityReference: own(row.authorityReference),
      authorityDecisionReason: own(row.authorityDecisionReason),
      effects: own(row.effects),
      remedialAction: own(row.remedialAction),
      authorityDeadline: deadline,
      authorityClockRunning: running,
      authorityOverdue:
        running === null
          ? null
          : running && deadline !== null && now.getTime() > deadline.getTime(),
      authorityRecordedAt: own(row.authorityRecordedAt),
      boardId: row.boardId,
      incidentId: row.incidentId,
      acknowledgedById: row.acknowledgedById,
      authorityRecordedById: own(row.authorityRecordedById),
      seenByBoard: board,
    });
  }
}

@ObjectType({
  description:
    "One version of a board's record of a breach (art. 33(5)), as its privacy officer recorded it.",
})
export class AuthorityDecisionVersion {
  @Field(() => Int, { description: '1 for the first record, then 2, 3, …' })
  version!: number;

  @Field(() => AuthorityDecision)
  decision!: AuthorityDecision;

  @Field(() => Date, { nullable: true })
  reportedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  effects!: string | null;

  @Field(() => String, { nullable: true })
  remedialAction!: string | null;

  @Field()
  recordedAt!: Date;

  recordedById!: string | null;

  static from(row: IncidentAuthorityRecordEntity): AuthorityDecisionVersion {
    return Object.assign(new AuthorityDecisionVersion(), {
      version: row.version,
      decision: row.decision,
      reportedAt: row.reportedAt,
      reference: row.reference,
      reason: row.reason,
      effects: row.effects,
      remedialAction: row.remedialAction,
      recordedAt: row.recordedAt,
      recordedById: row.recordedById,
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
