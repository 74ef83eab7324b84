import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AssessmentStatus,
  AttestationType,
  ComplianceAnswer,
  ReviewVerdict,
  StandardStatus,
} from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import type { AssessmentEntity, StoredAnswer } from './assessment.entity';
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

  static from(r: StoredRequirement): Requirement {
    return Object.assign(new Requirement(), r);
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
