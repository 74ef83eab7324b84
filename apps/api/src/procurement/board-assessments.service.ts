import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamDate,
  AssessmentStatus,
  boardAssessmentTransition,
  type BoardAssessmentRefusal,
  type BoardAssessmentStep,
  type MessageKey,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { authorize } from '../auth/permissions';
import { membershipIn, type Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { BoardAssessmentEntity, type StoredMaturityAnswer } from './board-assessment.entity';
import { MinimumStandardEntity } from './minimum-standard.entity';
import type { AnswerMaturityInput, StartBoardAssessmentInput } from './procurement.inputs';
import { BoardAssessment } from './standard.types';

/** How each refusal of the lifecycle reads as BAD_USER_INPUT: the field and the message. */
const BAD_INPUT: Partial<Record<BoardAssessmentRefusal, [string, MessageKey]>> = {
  NOT_A_BOARD_STANDARD: ['input.standardId', 'standard.notForBoards'],
  STANDARD_NOT_PUBLISHED: ['input.standardId', 'standard.notPublished'],
  UNKNOWN_REQUIREMENT: ['input.requirementId', 'assessment.unknownRequirement'],
  LEVEL_OUT_OF_RANGE: ['input.level', 'boardAssessment.levelOutOfRange'],
  PLANNED_LEVEL_OUT_OF_RANGE: ['input.plannedLevel', 'boardAssessment.levelOutOfRange'],
  PLANNED_BELOW_LEVEL: ['input.plannedLevel', 'boardAssessment.plannedBelowLevel'],
  PLANNED_LEVEL_REQUIRED: ['input.plannedLevel', 'boardAssessment.plannedLevelRequired'],
  PLANNED_BY_REQUIRED: ['input.plannedBy', 'boardAssessment.plannedByRequired'],
  PLANNED_BY_PAST: ['input.plannedBy', 'boardAssessment.plannedByPast'],
  UNANSWERED: ['id', 'assessment.unanswered'],
};

/**
 * A board's assessments of its own maturity against BOARD standards (DOMAIN.md). Every
 * read goes through the rule `boardAssessment` (the board's members only); every change is
 * one transaction with its audit event, sealed to the board (`board-assessment:<board>`,
 * never lifted): the platform admin does not read them in the audit trail either.
 */
@Injectable()
export class BoardAssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly audit: AuditService,
  ) {}

  async find(viewer: Viewer, id: string): Promise<BoardAssessment | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, BoardAssessmentEntity, 'a')
      .andWhere('a.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? BoardAssessment.from(row) : null;
  }

  /** The board's own, newest first (the open draft before the submitted ones). */
  async list(
    viewer: Viewer,
    boardId: string,
    standardId: string | null | undefined,
  ): Promise<BoardAssessment[]> {
    // Acting for an organisation one does not belong to: FORBIDDEN (RUNTIME.md).
    authorize(viewer, 'boardAssessments', boardId);
    const query = this.da
      .visible(viewer, BoardAssessmentEntity, 'a')
      .andWhere('a.board_id = :boardId', { boardId: boardId.toLowerCase() });
    if (standardId != null) {
      if (!isUuid(standardId)) return [];
      query.andWhere('a.standard_id = :standardId', { standardId: standardId.toLowerCase() });
    }
    const rows = await query
      .orderBy(`COALESCE(a.submitted_at, 'infinity'::timestamptz)`, 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    return rows.map(BoardAssessment.from);
  }

  /**
   * A new DRAFT; or, while the board has a DRAFT on this standard, that draft as it is (no
   * second draft, no event): two people starting at once work on one draft.
   */
  start(viewer: Viewer, input: StartBoardAssessmentInput): Promise<BoardAssessment> {
    authorize(viewer, 'startBoardAssessment', input.boardId);
    const boardId = input.boardId.toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const standard = isUuid(input.standardId)
        ? await this.da
            .visible(viewer, MinimumStandardEntity, 's', em)
            .andWhere('s.id = :id', { id: input.standardId.toLowerCase() })
            .getOne()
        : null;
      if (!standard) throw invalidField('input.standardId', 'field.invalid');
      // One start at a time per board: the open draft read next is the only one.
      await em
        .createQueryBuilder(OrganisationEntity, 'o')
        .select('o.id')
        .where('o.id = :boardId', { boardId })
        .setLock('for_no_key_update')
        .getOne();
      const open = await this.da
        .visible(viewer, BoardAssessmentEntity, 'a', em)
        .andWhere('a.board_id = :boardId AND a.standard_id = :standardId AND a.status = :draft', {
          boardId,
          standardId: standard.id,
          draft: AssessmentStatus.DRAFT,
        })
        .getOne();
      const t = this.allow(
        viewer,
        boardId,
        standard,
        { status: open?.status ?? null, answers: open?.answers ?? [] },
        { action: 'start' },
      );
      if (open && t.resumes) return BoardAssessment.from(open);
      const assessments = this.da.writer(BoardAssessmentEntity, em);
      const row = await assessments.save(
        assessments.create({
          boardId,
          standardId: standard.id,
          status: t.next,
          answers: [],
          submittedAt: null,
          createdById: viewer.userId ?? null,
        }),
      );
      await this.record(em, viewer, row, 'boardAssessment.started');
      return BoardAssessment.from(row);
    });
  }

  answer(viewer: Viewer, input: AnswerMaturityInput): Promise<BoardAssessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lock(em, viewer, input.assessmentId);
      authorize(viewer, 'answerMaturity', row.boardId);
      const standard = await this.standardOf(em, viewer, row);
      const requirementId = input.requirementId.toLowerCase();
      const plannedLevel = input.plannedLevel ?? null;
      const plannedBy = input.plannedBy ?? null;
      this.allow(viewer, row.boardId, standard, row, {
        action: 'answer',
        requirementId,
        level: input.level,
        plannedLevel,
        plannedBy,
      });
      const answer: StoredMaturityAnswer = {
        requirementId,
        level: input.level,
        explanation: input.explanation?.trim() || null,
        plannedLevel,
        plannedBy,
      };
      // Kept in the standard's order, so every reader sees the answers alike.
      const order = standard.requirements.map((r) => r.id);
      row.answers = [...row.answers.filter((a) => a.requirementId !== requirementId), answer].sort(
        (a, b) => order.indexOf(a.requirementId) - order.indexOf(b.requirementId),
      );
      await this.da.writer(BoardAssessmentEntity, em).save(row);
      await this.record(em, viewer, row, 'boardAssessment.answered', { answer });
      return BoardAssessment.from(row);
    });
  }

  submit(viewer: Viewer, id: string): Promise<BoardAssessment> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.lock(em, viewer, id);
      authorize(viewer, 'submitBoardAssessment', row.boardId);
      const standard = await this.standardOf(em, viewer, row);
      row.status = this.allow(viewer, row.boardId, standard, row, { action: 'submit' }).next;
      row.submittedAt = new Date();
      await this.da.writer(BoardAssessmentEntity, em).save(row);
      await this.record(em, viewer, row, 'boardAssessment.submitted');
      return BoardAssessment.from(row);
    });
  }

  /** The lifecycle's verdict on `step`, taken by the viewer for the board; refusals as errors. */
  private allow(
    viewer: Viewer,
    boardId: string,
    standard: MinimumStandardEntity,
    facts: { status: AssessmentStatus | null; answers: readonly { requirementId: string }[] },
    step: BoardAssessmentStep,
  ) {
    const m = membershipIn(viewer, boardId);
    if (!m) throw forbidden();
    const t = boardAssessmentTransition(
      {
        status: facts.status,
        standardStatus: standard.status,
        standardSubject: standard.subject,
        requirementIds: standard.requirements.map((r) => r.id),
        answers: facts.answers,
        today: amsterdamDate(),
      },
      step,
      { kind: m.kind, roles: m.roles },
    );
    if (t.ok) return t;
    if (t.refusal === 'FORBIDDEN') throw forbidden();
    if (t.refusal === 'INVALID_TRANSITION') throw conflict('INVALID_TRANSITION');
    const [field, key] = BAD_INPUT[t.refusal]!;
    throw invalidField(field, key);
  }

  private async lock(em: EntityManager, viewer: Viewer, id: string) {
    const row = await this.da.lockOne(viewer, BoardAssessmentEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  /** The standard of an assessment: published (assessments start only on those), so visible. */
  private standardOf(em: EntityManager, viewer: Viewer, row: BoardAssessmentEntity) {
    return this.da
      .visible(viewer, MinimumStandardEntity, 's', em)
      .andWhere('s.id = :id', { id: row.standardId })
      .getOneOrFail();
  }

  private record(
    em: EntityManager,
    viewer: Viewer,
    row: BoardAssessmentEntity,
    action: string,
    after: unknown = BoardAssessment.audited(row),
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId: row.boardId,
      partyIds: [row.boardId],
      action,
      entityType: 'BoardAssessment',
      entityId: row.id,
      after,
      // Sealed for good: only the board's own members read these events.
      sealKey: `board-assessment:${row.boardId}`,
    });
  }
}
