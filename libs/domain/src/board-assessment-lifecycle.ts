// A board's assessment of its own maturity against a BOARD standard (DOMAIN.md, "Minimum
// standards and assessments"), as pure functions: the API enforces them, the admin shows
// what they allow. The board's FG or admin starts one on a published BOARD standard,
// answers the requirements (a level 1-5 today, an explanation, a plan) while it is a
// DRAFT, and submits it once every requirement is answered. A submitted assessment is
// frozen: reassessing starts a new one. A board has at most one DRAFT per standard:
// starting while one is open resumes it (the same draft, unchanged), so that two people
// pressing "start" at once work on one draft rather than on two.
import {
  AssessmentStatus as S,
  OrganisationKind as K,
  Role,
  StandardStatus,
  StandardSubject,
} from './enums';

export const MATURITY_MIN = 1;
export const MATURITY_MAX = 5;

export type BoardAssessmentAction = 'start' | 'answer' | 'submit';

export const BOARD_ASSESSMENT_ACTIONS: readonly BoardAssessmentAction[] = [
  'start',
  'answer',
  'submit',
];

/** What an answer says: the requirement, today's level and the plan (YYYY-MM-DD). */
export interface MaturityStep {
  readonly action: 'answer';
  readonly requirementId: string;
  readonly level: number;
  readonly plannedLevel?: number | null;
  readonly plannedBy?: string | null;
}

export type BoardAssessmentStep =
  { readonly action: 'start' } | MaturityStep | { readonly action: 'submit' };

/** Who acts, by their membership in the board that assesses itself. */
export interface BoardAssessmentActor {
  readonly kind: K;
  readonly roles: readonly Role[];
}

/** What the lifecycle needs to know of an assessment and its standard. */
export interface BoardAssessmentFacts {
  /**
   * The assessment's status; for `start`, the status of the board's open DRAFT on this
   * standard, or null when it has none.
   */
  readonly status: S | null;
  readonly standardStatus: StandardStatus;
  readonly standardSubject: StandardSubject;
  /** The standard's requirements, by id. */
  readonly requirementIds: readonly string[];
  /** The answers so far (one per requirement). */
  readonly answers: readonly { readonly requirementId: string }[];
  /** Today in Europe/Amsterdam (YYYY-MM-DD): a plan lies today or later. */
  readonly today: string;
}

/**
 * Why not: FORBIDDEN, CONFLICT INVALID_TRANSITION, or BAD_USER_INPUT naming a field:
 * a PRODUCT standard (`input.standardId`), a draft standard, a requirement the standard
 * does not have (`input.requirementId`), a level outside 1-5 (`input.level`), a planned
 * level outside 1-5 or below today's (`input.plannedLevel`), a plan without its date or a
 * date without its level, or a date in the past (`input.plannedBy`, `input.plannedLevel`),
 * requirements left unanswered (`id`).
 */
export type BoardAssessmentRefusal =
  | 'FORBIDDEN'
  | 'INVALID_TRANSITION'
  | 'NOT_A_BOARD_STANDARD'
  | 'STANDARD_NOT_PUBLISHED'
  | 'UNKNOWN_REQUIREMENT'
  | 'LEVEL_OUT_OF_RANGE'
  | 'PLANNED_LEVEL_OUT_OF_RANGE'
  | 'PLANNED_BELOW_LEVEL'
  | 'PLANNED_LEVEL_REQUIRED'
  | 'PLANNED_BY_REQUIRED'
  | 'PLANNED_BY_PAST'
  | 'UNANSWERED';

export type BoardAssessmentTransition =
  | {
      readonly ok: true;
      readonly next: S;
      /** `start` with a DRAFT open: that draft is the answer, nothing new is made. */
      readonly resumes?: true;
    }
  | { readonly ok: false; readonly refusal: BoardAssessmentRefusal };

/** DOMAIN.md: the board's FG (PRIVACY_OFFICER) or ADMIN assesses the board. */
export const BOARD_ASSESSORS: readonly Role[] = [Role.PRIVACY_OFFICER, Role.ADMIN];

const ok = (next: S): BoardAssessmentTransition => ({ ok: true, next });
const no = (refusal: BoardAssessmentRefusal): BoardAssessmentTransition => ({
  ok: false,
  refusal,
});

/** A maturity level: a whole number 1-5. */
export const isMaturityLevel = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= MATURITY_MIN && n <= MATURITY_MAX;

/**
 * What `step` by `actor` does to a board assessment: its next status, or why not. The
 * role comes first, then the standard, then the status, then what the step names.
 */
export function boardAssessmentTransition(
  facts: BoardAssessmentFacts,
  step: BoardAssessmentStep,
  actor: BoardAssessmentActor,
): BoardAssessmentTransition {
  if (actor.kind !== K.BOARD || !actor.roles.some((r) => BOARD_ASSESSORS.includes(r))) {
    return no('FORBIDDEN');
  }
  // A PRODUCT standard measures vendors' products: a board does not assess itself on it.
  if (facts.standardSubject !== StandardSubject.BOARD) return no('NOT_A_BOARD_STANDARD');
  switch (step.action) {
    case 'start':
      if (facts.standardStatus !== StandardStatus.PUBLISHED) return no('STANDARD_NOT_PUBLISHED');
      if (facts.status === S.DRAFT) return { ok: true, next: S.DRAFT, resumes: true };
      return ok(S.DRAFT);
    case 'answer':
      // A submitted assessment is frozen: reassessing starts a new one.
      if (facts.status !== S.DRAFT) return no('INVALID_TRANSITION');
      return answerRefusal(facts, step) ?? ok(S.DRAFT);
    case 'submit':
      if (facts.status !== S.DRAFT) return no('INVALID_TRANSITION');
      return facts.requirementIds.every((id) => facts.answers.some((a) => a.requirementId === id))
        ? ok(S.SUBMITTED)
        : no('UNANSWERED');
  }
}

function answerRefusal(
  facts: BoardAssessmentFacts,
  step: MaturityStep,
): BoardAssessmentTransition | null {
  if (!facts.requirementIds.includes(step.requirementId)) return no('UNKNOWN_REQUIREMENT');
  if (!isMaturityLevel(step.level)) return no('LEVEL_OUT_OF_RANGE');
  const planned = step.plannedLevel ?? null;
  const by = step.plannedBy ?? null;
  if (planned !== null) {
    if (!isMaturityLevel(planned)) return no('PLANNED_LEVEL_OUT_OF_RANGE');
    // A plan goes up or stays: never below where the board is today.
    if (planned < step.level) return no('PLANNED_BELOW_LEVEL');
    if (by === null) return no('PLANNED_BY_REQUIRED');
  } else if (by !== null) {
    return no('PLANNED_LEVEL_REQUIRED');
  }
  if (by !== null && by < facts.today) return no('PLANNED_BY_PAST');
  return null;
}

/** The input field each refusal of an answer names (BAD_USER_INPUT). */
export const BOARD_ASSESSMENT_REFUSAL_FIELD: Partial<Record<BoardAssessmentRefusal, string>> = {
  NOT_A_BOARD_STANDARD: 'input.standardId',
  STANDARD_NOT_PUBLISHED: 'input.standardId',
  UNKNOWN_REQUIREMENT: 'input.requirementId',
  LEVEL_OUT_OF_RANGE: 'input.level',
  PLANNED_LEVEL_OUT_OF_RANGE: 'input.plannedLevel',
  PLANNED_BELOW_LEVEL: 'input.plannedLevel',
  PLANNED_LEVEL_REQUIRED: 'input.plannedLevel',
  PLANNED_BY_REQUIRED: 'input.plannedBy',
  PLANNED_BY_PAST: 'input.plannedBy',
  UNANSWERED: 'id',
};

/** The steps this actor can take now: the buttons to show. */
export function allowedBoardAssessmentActions(
  facts: BoardAssessmentFacts,
  actor: BoardAssessmentActor,
): BoardAssessmentAction[] {
  const steps: Record<BoardAssessmentAction, BoardAssessmentStep> = {
    start: { action: 'start' },
    answer: { action: 'answer', requirementId: facts.requirementIds[0] ?? '', level: 3 },
    submit: { action: 'submit' },
  };
  return BOARD_ASSESSMENT_ACTIONS.filter(
    (a) => boardAssessmentTransition(facts, steps[a], actor).ok,
  );
}

// ------------------------------------------------------------------- the standard's levels

/** A requirement's levels as the sector body gives them (RequirementInput). */
export interface RequirementLevels {
  readonly minimumLevel?: number | null;
  readonly targetLevel?: number | null;
  readonly targetDate?: string | null;
  readonly evidenceTypes?: readonly string[] | null;
}

/** Why a requirement's levels do not fit its standard: the field (under the requirement) and the message key. */
export interface LevelsProblem {
  readonly field: 'minimumLevel' | 'targetLevel' | 'targetDate' | 'evidenceTypes';
  readonly key:
    | 'standard.levelsOnlyForBoards'
    | 'standard.minimumLevelRequired'
    | 'standard.levelOutOfRange'
    | 'standard.targetBelowMinimum'
    | 'standard.targetDateRequired'
    | 'standard.targetLevelRequired'
    | 'standard.evidenceOnlyForProducts';
}

/**
 * The levels rule of a requirement (DOMAIN.md): on a BOARD standard every requirement has
 * a minimumLevel 1-5; a development line has both a targetLevel (1-5, at least the
 * minimum) and a targetDate; evidence types are for products. On a PRODUCT standard no
 * levels at all. Null when it fits.
 */
export function requirementLevelsProblem(
  subject: StandardSubject,
  r: RequirementLevels,
): LevelsProblem | null {
  const min = r.minimumLevel ?? null;
  const target = r.targetLevel ?? null;
  const date = r.targetDate ?? null;
  if (subject === StandardSubject.PRODUCT) {
    if (min !== null) return { field: 'minimumLevel', key: 'standard.levelsOnlyForBoards' };
    if (target !== null) return { field: 'targetLevel', key: 'standard.levelsOnlyForBoards' };
    if (date !== null) return { field: 'targetDate', key: 'standard.levelsOnlyForBoards' };
    return null;
  }
  if (min === null) return { field: 'minimumLevel', key: 'standard.minimumLevelRequired' };
  if (!isMaturityLevel(min)) return { field: 'minimumLevel', key: 'standard.levelOutOfRange' };
  if (target !== null) {
    if (!isMaturityLevel(target)) return { field: 'targetLevel', key: 'standard.levelOutOfRange' };
    if (target < min) return { field: 'targetLevel', key: 'standard.targetBelowMinimum' };
    if (date === null) return { field: 'targetDate', key: 'standard.targetDateRequired' };
  } else if (date !== null) {
    return { field: 'targetLevel', key: 'standard.targetLevelRequired' };
  }
  if (r.evidenceTypes?.length)
    return { field: 'evidenceTypes', key: 'standard.evidenceOnlyForProducts' };
  return null;
}

// ------------------------------------------------------------------------------ results

/** A requirement with its levels, and a board's answer, for the counts below. */
export interface LeveledRequirement {
  readonly id: string;
  readonly minimumLevel?: number | null;
  readonly targetLevel?: number | null;
}

/**
 * The contract's minimumMet, targetMet and requirementTotal: requirements answered at or
 * above their minimum; those with a development line answered at or above its target.
 */
export function maturityResult(
  requirements: readonly LeveledRequirement[],
  answers: readonly { readonly requirementId: string; readonly level: number }[],
): { minimumMet: number; targetMet: number; requirementTotal: number } {
  const level = new Map(answers.map((a) => [a.requirementId, a.level]));
  let minimumMet = 0;
  let targetMet = 0;
  for (const r of requirements) {
    const l = level.get(r.id);
    if (l === undefined) continue;
    if (r.minimumLevel != null && l >= r.minimumLevel) minimumMet++;
    if (r.targetLevel != null && l >= r.targetLevel) targetMet++;
  }
  return { minimumMet, targetMet, requirementTotal: requirements.length };
}
