import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AssessmentStatus,
  ComplianceAnswer,
  ReviewVerdict,
  Role,
  StandardStatus,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../auth/permissions';
import { hasRoleIn, type Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { AttestationEntity } from '../attestations/attestation.entity';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { ProductEntity } from '../products/product.entity';
import { AssessmentEntity } from './assessment.entity';
import { MinimumStandardEntity } from './minimum-standard.entity';
import type {
  AnswerRequirementInput,
  CreateMinimumStandardInput,
  ReviewAnswerInput,
  StartAssessmentInput,
} from './procurement.inputs';
import { memberOf, seesAssessment, seesStandard } from './procurement-visibility';
import { Assessment, MinimumStandard } from './standard.types';

@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------ standards

  /** Published standards, and the caller's sector bodies' drafts; by name and version. */
  async listStandards(viewer: Viewer): Promise<MinimumStandard[]> {
    const rows = await this.dataSource
      .getRepository(MinimumStandardEntity)
      .createQueryBuilder('s')
      .where('(s.status = :published OR s.sector_body_id = ANY(:memberOf::uuid[]))', {
        published: StandardStatus.PUBLISHED,
        memberOf: memberOf(viewer),
      })
      .orderBy('s.name')
      .addOrderBy('s.version')
      .addOrderBy('s.id')
      .getMany();
    return rows.map(MinimumStandard.from);
  }

  async findStandard(viewer: Viewer, id: string): Promise<MinimumStandard | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource
      .getRepository(MinimumStandardEntity)
      .findOneBy({ id: id.toLowerCase() });
    return row && seesStandard(viewer, row) ? MinimumStandard.from(row) : null;
  }

  createStandard(viewer: Viewer, input: CreateMinimumStandardInput): Promise<MinimumStandard> {
    authorize(viewer, 'createMinimumStandard', input.sectorBodyId);
    const codes = input.requirements.map((r) => r.code.trim());
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i)
        throw invalidField(`input.requirements.${i}.code`, 'standard.duplicateCode');
    });
    return this.dataSource.transaction(async (em) => {
      const row = await em.save(
        em.create(MinimumStandardEntity, {
          sectorBodyId: input.sectorBodyId.toLowerCase(),
          name: input.name.trim(),
          version: input.version.trim(),
          status: StandardStatus.DRAFT,
          requirements: input.requirements.map((r) => ({
            id: randomUUID(),
            code: r.code.trim(),
            title: r.title.trim(),
            description: r.description.trim(),
            mandatory: r.mandatory,
            evidenceTypes: [...new Set(r.evidenceTypes ?? [])],
          })),
          publishedAt: null,
        }),
      );
      await this.audit.record(em, {
        viewer,
        organisationId: row.sectorBodyId,
        partyIds: [row.sectorBodyId],
        action: 'standard.created',
        entityType: 'MinimumStandard',
        entityId: row.id,
        after: { ...row },
      });
      return MinimumStandard.from(row);
    });
  }

  publishStandard(viewer: Viewer, id: string): Promise<MinimumStandard> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockStandard(em, viewer, id);
      authorize(viewer, 'publishMinimumStandard', row.sectorBodyId);
      // A published version never changes: publishing twice is refused too.
      if (row.status !== StandardStatus.DRAFT) throw conflict('INVALID_TRANSITION');
      row.status = StandardStatus.PUBLISHED;
      row.publishedAt = new Date();
      await em.save(row);
      await this.audit.record(em, {
        viewer,
        organisationId: row.sectorBodyId,
        partyIds: [row.sectorBodyId],
        action: 'standard.published',
        entityType: 'MinimumStandard',
        entityId: row.id,
        before: { status: StandardStatus.DRAFT },
        after: { status: row.status },
      });
      return MinimumStandard.from(row);
    });
  }

  private async lockStandard(em: EntityManager, viewer: Viewer, id: string) {
    const row = isUuid(id)
      ? await em.findOne(MinimumStandardEntity, {
          where: { id: id.toLowerCase() },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!row || !seesStandard(viewer, row)) throw notFound();
    return row;
  }

  // ---------------------------------------------------------------- assessments

  async findAssessment(viewer: Viewer, id: string): Promise<Assessment | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource
      .getRepository(AssessmentEntity)
      .findOneBy({ id: id.toLowerCase() });
    return row && seesAssessment(viewer, row) ? Assessment.from(row) : null;
  }

  /** The reviewers' queue: oldest submission first; the vendor's drafts to the vendor. */
  async listAssessments(
    viewer: Viewer,
    args: {
      standardId?: string | null;
      productId?: string | null;
      status?: AssessmentStatus | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<Assessment>> {
    const query = this.dataSource
      .getRepository(AssessmentEntity)
      .createQueryBuilder('a')
      .where('(a.status <> :draft OR a.vendor_id = ANY(:memberOf::uuid[]))', {
        draft: AssessmentStatus.DRAFT,
        memberOf: memberOf(viewer),
      });
    for (const [column, value] of [
      ['standard_id', args.standardId],
      ['product_id', args.productId],
    ] as const) {
      if (value == null) continue;
      if (!isUuid(value)) return { edges: [], pageInfo: emptyPage(), totalCount: 0 };
      query.andWhere(`a.${column} = :${column}`, { [column]: value.toLowerCase() });
    }
    if (args.status) query.andWhere('a.status = :status', { status: args.status });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'ASC',
      keys: [
        // Drafts have no submission time: they sort after every submitted one.
        {
          sql: `COALESCE(a.submitted_at, 'infinity'::timestamptz)`,
          type: 'timestamptz',
          of: (r) => r.submittedAt?.toISOString() ?? 'infinity',
        },
        { sql: 'a.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Assessment.from,
    });
  }

  startAssessment(viewer: Viewer, input: StartAssessmentInput): Promise<Assessment> {
    return this.dataSource.transaction(async (em) => {
      const product = isUuid(input.productId)
        ? await em.findOneBy(ProductEntity, { id: input.productId.toLowerCase() })
        : null;
      if (!product) throw notFound();
      authorize(viewer, 'startAssessment', product.vendorId);
      const standard = isUuid(input.standardId)
        ? await em.findOneBy(MinimumStandardEntity, { id: input.standardId.toLowerCase() })
        : null;
      if (!standard || !seesStandard(viewer, standard))
        throw invalidField('input.standardId', 'field.invalid');
      if (standard.status !== StandardStatus.PUBLISHED)
        throw invalidField('input.standardId', 'standard.notPublished');
      const row = await em.save(
        em.create(AssessmentEntity, {
          productId: product.id,
          vendorId: product.vendorId,
          standardId: standard.id,
          status: AssessmentStatus.DRAFT,
          answers: [],
          submittedAt: null,
        }),
      );
      await this.recordAssessment(em, viewer, row, 'assessment.started');
      return Assessment.from(row);
    });
  }

  answerRequirement(viewer: Viewer, input: AnswerRequirementInput): Promise<Assessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockAssessment(em, viewer, input.assessmentId);
      authorize(viewer, 'answerRequirement', row.vendorId);
      if (row.status !== AssessmentStatus.DRAFT) throw conflict('INVALID_TRANSITION');
      const standard = await em.findOneByOrFail(MinimumStandardEntity, { id: row.standardId });
      const requirementId = input.requirementId.toLowerCase();
      if (!standard.requirements.some((r) => r.id === requirementId))
        throw invalidField('input.requirementId', 'assessment.unknownRequirement');
      const evidenceIds = [...new Set((input.evidenceIds ?? []).map((id) => id.toLowerCase()))];
      if (evidenceIds.length) {
        const own = evidenceIds.every(isUuid)
          ? await em
              .createQueryBuilder(AttestationEntity, 'a')
              .where('a.id = ANY(:ids::uuid[]) AND a.vendor_id = :vendorId', {
                ids: evidenceIds,
                vendorId: row.vendorId,
              })
              .getCount()
          : 0;
        if (own !== evidenceIds.length)
          throw invalidField('input.evidenceIds', 'assessment.notOwnAttestation');
      }
      const answer = {
        requirementId,
        answer: input.answer,
        explanation: input.explanation?.trim() || null,
        evidenceIds,
        verdict: ReviewVerdict.PENDING,
        reviewNote: null,
      };
      // Kept in the standard's order, so every reader sees the answers alike.
      const order = standard.requirements.map((r) => r.id);
      row.answers = [...row.answers.filter((a) => a.requirementId !== requirementId), answer].sort(
        (a, b) => order.indexOf(a.requirementId) - order.indexOf(b.requirementId),
      );
      await em.save(row);
      await this.recordAssessment(em, viewer, row, 'assessment.answered', { answer });
      return Assessment.from(row);
    });
  }

  submitAssessment(viewer: Viewer, id: string): Promise<Assessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockAssessment(em, viewer, id);
      authorize(viewer, 'submitAssessment', row.vendorId);
      if (row.status !== AssessmentStatus.DRAFT) throw conflict('INVALID_TRANSITION');
      const standard = await em.findOneByOrFail(MinimumStandardEntity, { id: row.standardId });
      if (row.answers.length !== standard.requirements.length)
        throw invalidField('id', 'assessment.unanswered');
      row.status = AssessmentStatus.SUBMITTED;
      row.submittedAt = new Date();
      await em.save(row);
      await this.recordAssessment(em, viewer, row, 'assessment.submitted');
      return Assessment.from(row);
    });
  }

  reviewAnswer(viewer: Viewer, input: ReviewAnswerInput): Promise<Assessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockAssessment(em, viewer, input.assessmentId);
      const standard = await em.findOneByOrFail(MinimumStandardEntity, { id: row.standardId });
      authorize(viewer, 'reviewAnswer', standard.sectorBodyId);
      if (!hasRoleIn(viewer, standard.sectorBodyId, [Role.REVIEWER])) throw forbidden();
      if (row.status === AssessmentStatus.DRAFT) throw conflict('INVALID_TRANSITION');
      if (input.verdict === ReviewVerdict.PENDING)
        throw invalidField('input.verdict', 'assessment.reviewPending');
      const requirementId = input.requirementId.toLowerCase();
      const answer = row.answers.find((a) => a.requirementId === requirementId);
      if (!answer) throw invalidField('input.requirementId', 'assessment.unknownRequirement');
      const before = { verdict: answer.verdict, reviewNote: answer.reviewNote };
      answer.verdict = input.verdict;
      answer.reviewNote = input.note?.trim() || null;
      row.answers = [...row.answers];
      if (row.answers.every((a) => a.verdict !== ReviewVerdict.PENDING))
        row.status = AssessmentStatus.REVIEWED;
      await em.save(row);
      await this.audit.record(em, {
        viewer,
        organisationId: standard.sectorBodyId,
        partyIds: [standard.sectorBodyId, row.vendorId],
        action: 'assessment.reviewed',
        entityType: 'Assessment',
        entityId: row.id,
        before: { requirementId, ...before },
        after: { requirementId, verdict: answer.verdict, reviewNote: answer.reviewNote },
      });
      return Assessment.from(row);
    });
  }

  private async lockAssessment(em: EntityManager, viewer: Viewer, id: string) {
    const row = isUuid(id)
      ? await em.findOne(AssessmentEntity, {
          where: { id: id.toLowerCase() },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!row || !seesAssessment(viewer, row)) throw notFound();
    return row;
  }

  private recordAssessment(
    em: EntityManager,
    viewer: Viewer,
    row: AssessmentEntity,
    action: string,
    after: unknown = Assessment.audited(row),
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId: row.vendorId,
      partyIds: [row.vendorId],
      action,
      entityType: 'Assessment',
      entityId: row.id,
      after,
    });
  }
}

function emptyPage() {
  return { hasNextPage: false, endCursor: null };
}

/** Whether an answer counts toward mandatoryMet (DOMAIN.md), given its evidence. */
export function meetsWithEvidence(
  requirement: { mandatory: boolean; evidenceTypes: readonly string[] },
  answer: { answer: ComplianceAnswer; evidenceIds: readonly string[] } | undefined,
  evidence: ReadonlyMap<string, { type: string; validUntil: string }>,
  today: string,
): boolean {
  if (!requirement.mandatory || answer?.answer !== ComplianceAnswer.MEETS) return false;
  if (requirement.evidenceTypes.length === 0) return true;
  return answer.evidenceIds.some((id) => {
    const a = evidence.get(id);
    return !!a && requirement.evidenceTypes.includes(a.type) && a.validUntil >= today;
  });
}
