import {
  allowedAssessmentActions,
  ASSESSMENT_ACTIONS,
  assessmentTransition,
  type AssessmentAction,
  type AssessmentActor,
  type AssessmentFacts,
  type AssessmentStep,
} from './assessment-lifecycle';
import {
  AssessmentStatus as S,
  OrganisationKind as K,
  ReviewVerdict as V,
  Role as R,
  StandardStatus,
} from './enums';

const VENDOR_EDITOR: AssessmentActor = { kind: K.VENDOR, roles: [R.VENDOR_EDITOR] };
const VENDOR_ADMIN: AssessmentActor = { kind: K.VENDOR, roles: [R.ADMIN] };
const VENDOR_SIGNATORY: AssessmentActor = { kind: K.VENDOR, roles: [R.SIGNATORY] };
const REVIEWER: AssessmentActor = { kind: K.SECTOR_BODY, roles: [R.REVIEWER] };
const NEGOTIATOR: AssessmentActor = { kind: K.SECTOR_BODY, roles: [R.NEGOTIATOR] };
const BOARD_FG: AssessmentActor = { kind: K.BOARD, roles: [R.PRIVACY_OFFICER] };
const ACTORS = { VENDOR_EDITOR, VENDOR_ADMIN, VENDOR_SIGNATORY, REVIEWER, NEGOTIATOR, BOARD_FG };
type ActorName = keyof typeof ACTORS;

const REQUIREMENTS = ['r1', 'r2'];
/** Every requirement answered; `verdicts` in the standard's order. */
const facts = (status: S | null, verdicts: V[] = [V.PENDING, V.PENDING]): AssessmentFacts => ({
  status,
  standardStatus: StandardStatus.PUBLISHED,
  requirementIds: REQUIREMENTS,
  answers:
    status === null
      ? []
      : verdicts.map((verdict, i) => ({ requirementId: REQUIREMENTS[i], verdict })),
});

const STEPS: Record<AssessmentAction, AssessmentStep> = {
  start: { action: 'start' },
  answer: { action: 'answer', requirementId: 'r1' },
  submit: { action: 'submit' },
  review: { action: 'review', requirementId: 'r1', verdict: V.CONFIRMED },
};

/** Every allowed step with every requirement answered: status → action → [who, next]. */
const ALLOWED: Record<string, Partial<Record<AssessmentAction, [ActorName[], S]>>> = {
  none: { start: [['VENDOR_EDITOR', 'VENDOR_ADMIN'], S.DRAFT] },
  [S.DRAFT]: {
    answer: [['VENDOR_EDITOR', 'VENDOR_ADMIN'], S.DRAFT],
    submit: [['VENDOR_EDITOR', 'VENDOR_ADMIN'], S.SUBMITTED],
  },
  // r2 still pending: reviewing r1 leaves it SUBMITTED.
  [S.SUBMITTED]: { review: [['REVIEWER'], S.SUBMITTED] },
  [S.REVIEWED]: { review: [['REVIEWER'], S.REVIEWED] },
};
const WHO: Record<AssessmentAction, ActorName[]> = {
  start: ['VENDOR_EDITOR', 'VENDOR_ADMIN'],
  answer: ['VENDOR_EDITOR', 'VENDOR_ADMIN'],
  submit: ['VENDOR_EDITOR', 'VENDOR_ADMIN'],
  review: ['REVIEWER'],
};

describe('assessmentTransition, every status × action × actor', () => {
  for (const status of [null, ...Object.values(S)]) {
    const key = status ?? 'none';
    const state = status === S.REVIEWED ? facts(status, [V.CONFIRMED, V.DISPUTED]) : facts(status);
    for (const action of ASSESSMENT_ACTIONS) {
      for (const name of Object.keys(ACTORS) as ActorName[]) {
        const step = ALLOWED[key][action];
        const expected =
          step && step[0].includes(name)
            ? { ok: true, next: step[1] }
            : {
                ok: false,
                refusal: WHO[action].includes(name) ? 'INVALID_TRANSITION' : 'FORBIDDEN',
              };
        const label = expected.ok ? expected.next : expected.refusal;
        it(`${key} · ${action} · ${name} → ${label}`, () => {
          expect(assessmentTransition(state, STEPS[action], ACTORS[name])).toEqual(expected);
        });
      }
    }
  }
});

describe('assessment rules', () => {
  const refusal = (f: AssessmentFacts, step: AssessmentStep, actor: AssessmentActor) => {
    const t = assessmentTransition(f, step, actor);
    return t.ok ? null : t.refusal;
  };

  it('starts only on a published standard', () => {
    const draft = { ...facts(null), standardStatus: StandardStatus.DRAFT };
    expect(refusal(draft, { action: 'start' }, VENDOR_EDITOR)).toBe('STANDARD_NOT_PUBLISHED');
  });

  it("answers only the standard's own requirements", () => {
    expect(
      refusal(facts(S.DRAFT), { action: 'answer', requirementId: 'other' }, VENDOR_EDITOR),
    ).toBe('UNKNOWN_REQUIREMENT');
  });

  it('submits only once every requirement is answered', () => {
    const half = { ...facts(S.DRAFT), answers: [{ requirementId: 'r1', verdict: V.PENDING }] };
    expect(refusal(half, { action: 'submit' }, VENDOR_EDITOR)).toBe('UNANSWERED');
    expect(refusal({ ...half, answers: [] }, { action: 'submit' }, VENDOR_ADMIN)).toBe(
      'UNANSWERED',
    );
  });

  it('checks the role before the status, and the status before what the step names', () => {
    const submitted = facts(S.SUBMITTED);
    expect(refusal(submitted, { action: 'answer', requirementId: 'other' }, REVIEWER)).toBe(
      'FORBIDDEN',
    );
    expect(refusal(submitted, { action: 'answer', requirementId: 'other' }, VENDOR_EDITOR)).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      refusal(
        facts(S.DRAFT),
        { action: 'review', requirementId: 'other', verdict: V.PENDING },
        REVIEWER,
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('wants a verdict, on an answer the assessment has', () => {
    const submitted = facts(S.SUBMITTED);
    expect(
      refusal(
        submitted,
        { action: 'review', requirementId: 'other', verdict: V.PENDING },
        REVIEWER,
      ),
    ).toBe('VERDICT_REQUIRED');
    expect(
      refusal(
        submitted,
        { action: 'review', requirementId: 'other', verdict: V.DISPUTED },
        REVIEWER,
      ),
    ).toBe('UNKNOWN_REQUIREMENT');
  });

  it('is REVIEWED once the last pending answer gets its verdict, and stays so', () => {
    const last = facts(S.SUBMITTED, [V.CONFIRMED, V.PENDING]);
    expect(
      assessmentTransition(
        last,
        { action: 'review', requirementId: 'r2', verdict: V.DISPUTED },
        REVIEWER,
      ),
    ).toEqual({ ok: true, next: S.REVIEWED });
    // A verdict on another answer while r2 still waits leaves it SUBMITTED.
    expect(
      assessmentTransition(
        last,
        { action: 'review', requirementId: 'r1', verdict: V.DISPUTED },
        REVIEWER,
      ),
    ).toEqual({ ok: true, next: S.SUBMITTED });
    expect(
      assessmentTransition(
        facts(S.REVIEWED, [V.CONFIRMED, V.CONFIRMED]),
        { action: 'review', requirementId: 'r2', verdict: V.DISPUTED },
        REVIEWER,
      ),
    ).toEqual({ ok: true, next: S.REVIEWED });
  });

  it('lists the steps to show', () => {
    expect(allowedAssessmentActions(facts(null), VENDOR_EDITOR)).toEqual(['start']);
    expect(allowedAssessmentActions(facts(S.DRAFT), VENDOR_ADMIN)).toEqual(['answer', 'submit']);
    expect(allowedAssessmentActions(facts(S.SUBMITTED), REVIEWER)).toEqual(['review']);
    expect(allowedAssessmentActions(facts(S.SUBMITTED), VENDOR_EDITOR)).toEqual([]);
  });
});
