import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AdvisoryResponse, Severity, Tlp } from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import { CalendarDateScalar } from '../common/scalars';
import type { AdvisoryNoticeEntity } from './advisory-notice.entity';
import type { SecurityAdvisoryEntity } from './advisory.entity';

@ObjectType({
  description:
    "A warning from the sector's CERT about products in use, sent to every board\nwith an agreement in force on one of them.",
})
export class SecurityAdvisory {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Tlp)
  tlp!: Tlp;

  @Field(() => String, {
    nullable: true,
    description: "The CSAF 2.0 document's /document/tracking/id, when imported from CSAF.",
  })
  csafTrackingId!: string | null;

  @Field(() => [String])
  cves!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "What the boards are advised to do: typed in by the CERT, or the CSAF document's remediations.",
  })
  recommendedAction!: string | null;

  @Field()
  publishedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The CSAF document's /document/tracking/version, when imported.",
  })
  csafVersion!: string | null;

  /** For the field resolvers: not part of the API as such. */
  publisherId!: string;

  static from(row: SecurityAdvisoryEntity): SecurityAdvisory {
    return Object.assign(new SecurityAdvisory(), {
      id: row.id,
      title: row.title,
      summary: row.summary,
      severity: row.severity,
      tlp: row.tlp,
      csafTrackingId: row.csafTrackingId,
      cves: row.cves ?? [],
      recommendedAction: row.recommendedAction ?? null,
      publishedAt: row.publishedAt,
      csafVersion: row.csafVersion,
      publisherId: row.publisherId,
    });
  }
}

export const SecurityAdvisoryConnection = connectionType(SecurityAdvisory, 'SecurityAdvisory');

@ObjectType()
export class AdvisoryBoardResponse {
  @Field()
  notifiedAt!: Date;

  @Field(() => AdvisoryResponse, { nullable: true })
  response!: AdvisoryResponse | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  advisoryId!: string;
  boardId!: string;
  respondedById!: string | null;

  static from(row: AdvisoryNoticeEntity): AdvisoryBoardResponse {
    return Object.assign(new AdvisoryBoardResponse(), {
      advisoryId: row.advisoryId,
      notifiedAt: row.notifiedAt,
      response: row.response,
      note: row.note,
      respondedAt: row.respondedAt,
      boardId: row.boardId,
      respondedById: row.respondedById,
    });
  }
}

@ObjectType({
  description:
    'Where the answers stood at the end of a day (Europe/Amsterdam) on which boards were told or answered for the first time.',
})
export class AdvisoryAnswerDay {
  @Field(() => CalendarDateScalar)
  day!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "Boards told by then; exact for the publisher's members, under the small-count rule for everyone else.",
  })
  notifiedCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of them, boards that had answered by then (their first answer).',
  })
  answeredCount!: number | null;
}
