import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AssessmentStatus,
  AttestationType,
  ComplianceAnswer,
  ReviewVerdict,
  StandardStatus,
  StandardSubject,
} from '@regie/domain';
import '../common/graphql-enums';
import { CalendarDateScalar } from '../common/scalars';
import { connectionType } from '../common/pagination';
import type { AssessmentEntity, StoredAnswer } from './assessment.entity';
import type { BoardAssessmentEntity, StoredMaturityAnswer } from './board-assessment.entity';
import type { MinimumStandardEntity, StoredRequirement } from './minimum-standard.entity';
import './procurement-enums';

@ObjectType()
export class Requirement {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  mandatory!: boolean;

  @Field(() => [AttestationType])
  evidenceTypes!: AttestationType[];

  @Field(() => Int, {
    nullable: true,
    description:
      'BOARD standards: the maturity level (1-5) that every board must reach; null for PRODUCT standards.',
  })
  minimumLevel!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'BOARD standards, the development line: the level boards are to reach by targetDate.',
  })
  targetLevel!: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  targetDate!: string | null;

  static from(r: StoredRequirement): Requirement {
    return Object.assign(new Requirement(), {
      ...r,
      minimumLevel: r.minimumLevel ?? null,
      targetLevel: r.targetLevel ?? null,
      targetDate: r.targetDate ?? null,
    });
  }
}

@ObjectType()
export class MinimumStandard {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  version!: string;

  @Field(() => StandardStatus)
  status!: StandardStatus;

  @Field(() => StandardSubject)
  subject!: StandardSubject;

  @Field(() => [Requirement])
  requirements!: Requirement[];

  /** Not a field: sectorBody loads by it. */
  sectorBodyId!: string;

  static from(row: MinimumStandardEntity): MinimumStandard {
    return Object.assign(new MinimumStandard(), {
      id: row.id,
      name: row.name,
      version: row.version,
      status: row.status,
      subject: row.subject,
      requirements: row.requirements.map(Requirement.from),
      sectorBodyId: row.sectorBodyId,
    });
  }
}

@ObjectType()
export class AssessmentAnswer {
  @Field(() => ComplianceAnswer)
  answer!: ComplianceAnswer;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => ReviewVerdict)
  verdict!: ReviewVerdict;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  /** Not fields: requirement and evidence resolve from them. */
  requirementId!: string;
  standardId!: string;
  evidenceIds!: string[];

  static from(a: StoredAnswer, standardId: string): AssessmentAnswer {
    return Object.assign(new AssessmentAnswer(), {
      answer: a.answer,
      explanation: a.explanation,
      verdict: a.verdict,
      reviewNote: a.reviewNote,
      requirementId: a.requirementId,
      standardId,
      evidenceIds: a.evidenceIds,
    });
  }
}

@ObjectType()
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => [AssessmentAnswer])
  answers!: AssessmentAnswer[];

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Int, { description: 'Answers with verdict CONFIRMED.' })
  confirmedCount!: number;

  /** Not fields. */
  productId!: string;
  vendorId!: string;
  standardId!: string;
  stored!: StoredAnswer[];

  static from(row: AssessmentEntity): Assessment {
    return Object.assign(new Assessment(), {
      id: row.id,
      status: row.status,
      answers: row.answers.map((a) => AssessmentAnswer.from(a, row.standardId)),
      submittedAt: row.submittedAt,
      confirmedCount: row.answers.filter((a) => a.verdict === ReviewVerdict.CONFIRMED).length,
      productId: row.productId,
      vendorId: row.vendorId,
      standardId: row.standardId,
      stored: row.answers,
    });
  }

  static audited(row: AssessmentEntity) {
    const { id, productId, vendorId, standardId, status, answers, submittedAt } = row;
    return { id, productId, vendorId, standardId, status, answers, submittedAt };
  }
}

export const AssessmentConnection = connectionType(Assessment, 'Assessment');

@ObjectType()
export class MaturityAnswer {
  @Field(() => Int, { description: "The board's maturity today, 1-5." })
  level!: number;

  @Field(() => String, { nullable: true })
  explanation!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Where the board plans to be, and by when.',
  })
  plannedLevel!: number | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  plannedBy!: string | null;

  /** Not fields: requirement resolves from them. */
  requirementId!: string;
  standardId!: string;

  static from(a: StoredMaturityAnswer, standardId: string): MaturityAnswer {
    return Object.assign(new MaturityAnswer(), { ...a, standardId });
  }
}

@ObjectType({
  description:
    "A board's own assessment against a BOARD standard; only the board's members see it.",
})
export class BoardAssessment {
  @Field(() => ID)
  id!: string;

  @Field(() => AssessmentStatus, {
    description:
      'DRAFT or SUBMITTED; a submitted assessment never changes, a board starts a new one to reassess.',
  })
  status!: AssessmentStatus;

  @Field(() => [MaturityAnswer])
  answers!: MaturityAnswer[];

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  /** Not fields. */
  boardId!: string;
  standardId!: string;
  stored!: StoredMaturityAnswer[];

  static from(row: BoardAssessmentEntity): BoardAssessment {
    return Object.assign(new BoardAssessment(), {
      id: row.id,
      status: row.status,
      answers: row.answers.map((a) => MaturityAnswer.from(a, row.standardId)),
      submittedAt: row.submittedAt,
      boardId: row.boardId,
      standardId: row.standardId,
      stored: row.answers,
    });
  }

  static audited(row: BoardAssessmentEntity) {
    const { id, boardId, standardId, status, answers, submittedAt } = row;
    return { id, boardId, standardId, status, answers, submittedAt };
  }
}
