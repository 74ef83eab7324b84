// A vendor's self-assessment of a product against a minimum standard (DOMAIN.md), as
// pure functions: the API enforces it, the admin may show what it allows. The vendor
// starts it on a published standard, answers the requirements while it is a DRAFT and
// submits it once every requirement is answered; a sector body's REVIEWER then gives
// each answer a verdict, and the assessment is REVIEWED once none is pending.
import {
  AssessmentStatus as S,
  OrganisationKind as K,
  ReviewVerdict,
  Role,
  StandardStatus,
} from './enums';

export type AssessmentAction = 'start' | 'answer' | 'submit' | 'review';

export const ASSESSMENT_ACTIONS: readonly AssessmentAction[] = [
  'start',
  'answer',
  'submit',
  'review',
];

/** What the step names: the requirement answered or reviewed, and the verdict given. */
export type AssessmentStep =
  | { readonly action: 'start' }
  | { readonly action: 'answer'; readonly requirementId: string }
  | { readonly action: 'submit' }
  | { readonly action: 'review'; readonly requirementId: string; readonly verdict: ReviewVerdict };

/**
 * Who acts, by their membership in the organisation that takes the step: the
 * product's vendor (start, answer, submit) or the standard's sector body (review).
 */
export interface AssessmentActor {
  readonly kind: K;
  readonly roles: readonly Role[];
}

/** What the lifecycle needs to know of an assessment and its standard. */
export interface AssessmentFacts {
  /** Null before it starts. */
  readonly status: S | null;
  readonly standardStatus: StandardStatus;
  /** The standard's requirements, by id. */
  readonly requirementIds: readonly string[];
  /** The vendor's answers so far (one per requirement), with the reviewers' verdicts. */
  readonly answers: readonly { readonly requirementId: string; readonly verdict: ReviewVerdict }[];
}

/**
 * Why not: FORBIDDEN, CONFLICT INVALID_TRANSITION, or BAD_USER_INPUT for the rest
 * (a draft standard, a requirement the standard or the assessment does not have,
 * requirements left unanswered, a verdict that is no verdict).
 */
export type AssessmentRefusal =
  | 'FORBIDDEN'
  | 'INVALID_TRANSITION'
  | 'STANDARD_NOT_PUBLISHED'
  | 'UNKNOWN_REQUIREMENT'
  | 'UNANSWERED'
  | 'VERDICT_REQUIRED';

export type AssessmentTransition =
  | { readonly ok: true; readonly next: S }
  | { readonly ok: false; readonly refusal: AssessmentRefusal };

const VENDOR_EDITOR = { kind: K.VENDOR, roles: [Role.VENDOR_EDITOR, Role.ADMIN] };
/** DOMAIN.md's table: who may take each step. */
const WHO: Record<AssessmentAction, { kind: K; roles: readonly Role[] }> = {
  start: VENDOR_EDITOR,
  answer: VENDOR_EDITOR,
  submit: VENDOR_EDITOR,
  review: { kind: K.SECTOR_BODY, roles: [Role.REVIEWER] },
};

const ok = (next: S): AssessmentTransition => ({ ok: true, next });
const no = (refusal: AssessmentRefusal): AssessmentTransition => ({ ok: false, refusal });

/**
 * What `step` by `actor` does to an assessment: its next status, or why not. The
 * role comes first, then the status, then what the step names, so that a person
 * without the role learns that, not the assessment's state.
 */
export function assessmentTransition(
  facts: AssessmentFacts,
  step: AssessmentStep,
  actor: AssessmentActor,
): AssessmentTransition {
  const who = WHO[step.action];
  if (actor.kind !== who.kind || !actor.roles.some((r) => who.roles.includes(r))) {
    return no('FORBIDDEN');
  }
  switch (step.action) {
    case 'start':
      if (facts.status !== null) return no('INVALID_TRANSITION');
      // A draft standard may still change: nothing is measured against it yet.
      return facts.standardStatus === StandardStatus.PUBLISHED
        ? ok(S.DRAFT)
        : no('STANDARD_NOT_PUBLISHED');
    case 'answer':
      // A submitted assessment is frozen: what the reviewers judge stays judged.
      if (facts.status !== S.DRAFT) return no('INVALID_TRANSITION');
      return facts.requirementIds.includes(step.requirementId)
        ? ok(S.DRAFT)
        : no('UNKNOWN_REQUIREMENT');
    case 'submit':
      if (facts.status !== S.DRAFT) return no('INVALID_TRANSITION');
      return facts.requirementIds.every((id) => facts.answers.some((a) => a.requirementId === id))
        ? ok(S.SUBMITTED)
        : no('UNANSWERED');
    case 'review': {
      if (facts.status === null || facts.status === S.DRAFT) return no('INVALID_TRANSITION');
      if (step.verdict === ReviewVerdict.PENDING) return no('VERDICT_REQUIRED');
      if (!facts.answers.some((a) => a.requirementId === step.requirementId))
        return no('UNKNOWN_REQUIREMENT');
      // Reviewed once no answer awaits a verdict; a verdict may be changed after that.
      const pending = facts.answers.some(
        (a) => a.requirementId !== step.requirementId && a.verdict === ReviewVerdict.PENDING,
      );
      return ok(pending ? facts.status : S.REVIEWED);
    }
  }
}

/**
 * The steps this actor can take now, for some requirement: the buttons to show
 * (which requirement to answer or review is the form's to ask).
 */
export function allowedAssessmentActions(
  facts: AssessmentFacts,
  actor: AssessmentActor,
): AssessmentAction[] {
  const first = facts.requirementIds[0] ?? '';
  const answered = facts.answers[0]?.requirementId ?? '';
  const steps: Record<AssessmentAction, AssessmentStep> = {
    start: { action: 'start' },
    answer: { action: 'answer', requirementId: first },
    submit: { action: 'submit' },
    review: { action: 'review', requirementId: answered, verdict: ReviewVerdict.CONFIRMED },
  };
  return ASSESSMENT_ACTIONS.filter((a) => assessmentTransition(facts, steps[a], actor).ok);
}
