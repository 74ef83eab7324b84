import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AssessmentStatus,
  assessmentTransition,
  ComplianceAnswer,
  requirementLevelsProblem,
  ReviewVerdict,
  StandardStatus,
  StandardSubject,
  type AssessmentFacts,
  type AssessmentStep,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../auth/permissions';
import { membershipIn, type Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { AttestationEntity } from '../attestations/attestation.entity';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { DataAccess } from '../data-access';
import { ProductEntity } from '../products/product.entity';
import { AssessmentEntity } from './assessment.entity';
import { MinimumStandardEntity } from './minimum-standard.entity';
import type {
  AnswerRequirementInput,
  CreateMinimumStandardInput,
  ReviewAnswerInput,
  StartAssessmentInput,
} from './procurement.inputs';
import { Assessment, MinimumStandard } from './standard.types';

@Injectable()
export class StandardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------ standards

  /** Published standards, and the caller's sector bodies' drafts; by name and version. */
  async listStandards(viewer: Viewer): Promise<MinimumStandard[]> {
    const rows = await this.da
      .visible(viewer, MinimumStandardEntity, 's')
      .orderBy('s.name')
      .addOrderBy('s.version')
      .addOrderBy('s.id')
      .getMany();
    return rows.map(MinimumStandard.from);
  }

  async findStandard(viewer: Viewer, id: string): Promise<MinimumStandard | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, MinimumStandardEntity, 's')
      .andWhere('s.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? MinimumStandard.from(row) : null;
  }

  createStandard(viewer: Viewer, input: CreateMinimumStandardInput): Promise<MinimumStandard> {
    authorize(viewer, 'createMinimumStandard', input.sectorBodyId);
    const codes = input.requirements.map((r) => r.code.trim());
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i)
        throw invalidField(`input.requirements.${i}.code`, 'standard.duplicateCode');
    });
    // A BOARD standard's requirements carry maturity levels; a PRODUCT standard's none.
    const subject = input.subject ?? StandardSubject.PRODUCT;
    input.requirements.forEach((r, i) => {
      const problem = requirementLevelsProblem(subject, r);
      if (problem) throw invalidField(`input.requirements.${i}.${problem.field}`, problem.key);
    });
    return this.dataSource.transaction(async (em) => {
      const standards = this.da.writer(MinimumStandardEntity, em);
      const row = await standards.save(
        standards.create({
          sectorBodyId: input.sectorBodyId.toLowerCase(),
          name: input.name.trim(),
          version: input.version.trim(),
          status: StandardStatus.DRAFT,
          subject,
          requirements: input.requirements.map((r) => ({
            id: randomUUID(),
            code: r.code.trim(),
            title: r.title.trim(),
            description: r.description.trim(),
            mandatory: r.mandatory,
            evidenceTypes: [...new Set(r.evidenceTypes ?? [])],
            ...(subject === StandardSubject.BOARD
              ? {
                  minimumLevel: r.minimumLevel ?? null,
                  targetLevel: r.targetLevel ?? null,
                  targetDate: r.targetDate ?? null,
                }
              : {}),
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
      await this.da.writer(MinimumStandardEntity, em).save(row);
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
    const row = await this.da.lockOne(viewer, MinimumStandardEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  // ---------------------------------------------------------------- assessments

  async findAssessment(viewer: Viewer, id: string): Promise<Assessment | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, AssessmentEntity, 'a')
      .andWhere('a.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? Assessment.from(row) : null;
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
    const query = this.da.visible(viewer, AssessmentEntity, 'a');
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
        ? await this.da
            .visible(viewer, MinimumStandardEntity, 's', em)
            .andWhere('s.id = :id', { id: input.standardId.toLowerCase() })
            .getOne()
        : null;
      if (!standard) throw invalidField('input.standardId', 'field.invalid');
      // A BOARD standard measures boards themselves: no product is assessed against it.
      if (standard.subject === StandardSubject.BOARD)
        throw invalidField('input.standardId', 'standard.notForProducts');
      const status = this.allow(
        { status: null, standard, answers: [] },
        { action: 'start' },
        viewer,
        product.vendorId,
      );
      const assessments = this.da.writer(AssessmentEntity, em);
      const row = await assessments.save(
        assessments.create({
          productId: product.id,
          vendorId: product.vendorId,
          standardId: standard.id,
          status,
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
      const standard = await this.standardOf(em, viewer, row);
      const requirementId = input.requirementId.toLowerCase();
      this.allow(
        { status: row.status, standard, answers: row.answers },
        { action: 'answer', requirementId },
        viewer,
        row.vendorId,
      );
      const evidenceIds = [...new Set((input.evidenceIds ?? []).map((id) => id.toLowerCase()))];
      if (evidenceIds.length) {
        // The vendor acts for itself: it sees all its own attestations.
        const own = evidenceIds.every(isUuid)
          ? await this.da
              .visible(viewer, AttestationEntity, 'a', em)
              .andWhere('a.id = ANY(:ids::uuid[]) AND a.vendor_id = :vendorId', {
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
      await this.da.writer(AssessmentEntity, em).save(row);
      await this.recordAssessment(em, viewer, row, 'assessment.answered', { answer });
      return Assessment.from(row);
    });
  }

  submitAssessment(viewer: Viewer, id: string): Promise<Assessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockAssessment(em, viewer, id);
      authorize(viewer, 'submitAssessment', row.vendorId);
      const standard = await this.standardOf(em, viewer, row);
      row.status = this.allow(
        { status: row.status, standard, answers: row.answers },
        { action: 'submit' },
        viewer,
        row.vendorId,
      );
      row.submittedAt = new Date();
      await this.da.writer(AssessmentEntity, em).save(row);
      await this.recordAssessment(em, viewer, row, 'assessment.submitted');
      return Assessment.from(row);
    });
  }

  reviewAnswer(viewer: Viewer, input: ReviewAnswerInput): Promise<Assessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockAssessment(em, viewer, input.assessmentId);
      const standard = await this.standardOf(em, viewer, row);
      authorize(viewer, 'reviewAnswer', standard.sectorBodyId);
      const requirementId = input.requirementId.toLowerCase();
      const next = this.allow(
        { status: row.status, standard, answers: row.answers },
        { action: 'review', requirementId, verdict: input.verdict },
        viewer,
        standard.sectorBodyId,
      );
      const answer = row.answers.find((a) => a.requirementId === requirementId)!;
      const before = { verdict: answer.verdict, reviewNote: answer.reviewNote };
      answer.verdict = input.verdict;
      answer.reviewNote = input.note?.trim() || null;
      row.answers = [...row.answers];
      row.status = next;
      await this.da.writer(AssessmentEntity, em).save(row);
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

  /**
   * The lifecycle's next status for `step`, taken by the viewer for `organisationId`
   * (the vendor, or the standard's sector body); its refusals as the API's errors.
   */
  private allow(
    facts: {
      status: AssessmentStatus | null;
      standard: MinimumStandardEntity;
      answers: AssessmentFacts['answers'];
    },
    step: AssessmentStep,
    viewer: Viewer,
    organisationId: string,
  ): AssessmentStatus {
    const m = membershipIn(viewer, organisationId);
    if (!m) throw forbidden();
    const t = assessmentTransition(
      {
        status: facts.status,
        standardStatus: facts.standard.status,
        requirementIds: facts.standard.requirements.map((r) => r.id),
        answers: facts.answers,
      },
      step,
      { kind: m.kind, roles: m.roles },
    );
    if (t.ok) return t.next;
    switch (t.refusal) {
      case 'FORBIDDEN':
        throw forbidden();
      case 'INVALID_TRANSITION':
        throw conflict('INVALID_TRANSITION');
      case 'STANDARD_NOT_PUBLISHED':
        throw invalidField('input.standardId', 'standard.notPublished');
      case 'UNKNOWN_REQUIREMENT':
        throw invalidField('input.requirementId', 'assessment.unknownRequirement');
      case 'UNANSWERED':
        throw invalidField('id', 'assessment.unanswered');
      case 'VERDICT_REQUIRED':
        throw invalidField('input.verdict', 'assessment.reviewPending');
    }
  }

  private async lockAssessment(em: EntityManager, viewer: Viewer, id: string) {
    const row = await this.da.lockOne(viewer, AssessmentEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  /** The standard of an assessment the viewer sees: published, so the viewer sees it too. */
  private standardOf(em: EntityManager, viewer: Viewer, row: AssessmentEntity) {
    return this.da
      .visible(viewer, MinimumStandardEntity, 's', em)
      .andWhere('s.id = :id', { id: row.standardId })
      .getOneOrFail();
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

/** mandatoryMet of DOMAIN.md: the requirements whose answer counts, given their evidence. */
export function countMandatoryMet(
  requirements: readonly { id: string; mandatory: boolean; evidenceTypes: readonly string[] }[],
  answers: readonly {
    requirementId: string;
    answer: ComplianceAnswer;
    evidenceIds: readonly string[];
  }[],
  evidence: ReadonlyMap<string, { type: string; validUntil: string }>,
  today: string,
): number {
  return requirements.filter((r) =>
    meetsWithEvidence(
      r,
      answers.find((s) => s.requirementId === r.id),
      evidence,
      today,
    ),
  ).length;
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
