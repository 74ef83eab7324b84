import {
  allowedBoardAssessmentActions,
  BOARD_ASSESSMENT_ACTIONS,
  boardAssessmentTransition,
  maturityResult,
  requirementLevelsProblem,
  type BoardAssessmentActor,
  type BoardAssessmentFacts,
  type BoardAssessmentStep,
} from './board-assessment-lifecycle';
import {
  AssessmentStatus as S,
  OrganisationKind as K,
  Role as R,
  StandardStatus,
  StandardSubject,
} from './enums';

const FG: BoardAssessmentActor = { kind: K.BOARD, roles: [R.PRIVACY_OFFICER] };
const BOARD_ADMIN: BoardAssessmentActor = { kind: K.BOARD, roles: [R.ADMIN] };
const OTHERS: Record<string, BoardAssessmentActor> = {
  procurement: { kind: K.BOARD, roles: [R.PROCUREMENT] },
  signatory: { kind: K.BOARD, roles: [R.SIGNATORY] },
  viewer: { kind: K.BOARD, roles: [R.VIEWER] },
  vendorAdmin: { kind: K.VENDOR, roles: [R.ADMIN] },
  sectorAdmin: { kind: K.SECTOR_BODY, roles: [R.ADMIN] },
  supervisorAdmin: { kind: K.SUPERVISOR, roles: [R.ADMIN] },
  platformAdmin: { kind: K.PLATFORM, roles: [R.PLATFORM_ADMIN] },
};

const TODAY = '2027-03-01';
const facts = (
  status: S | null,
  answered: string[] = [],
  more: Partial<BoardAssessmentFacts> = {},
): BoardAssessmentFacts => ({
  status,
  standardStatus: StandardStatus.PUBLISHED,
  standardSubject: StandardSubject.BOARD,
  requirementIds: ['r1', 'r2'],
  answers: answered.map((requirementId) => ({ requirementId })),
  today: TODAY,
  ...more,
});
const answer = (more: Partial<Extract<BoardAssessmentStep, { action: 'answer' }>> = {}) =>
  ({ action: 'answer', requirementId: 'r1', level: 3, ...more }) as BoardAssessmentStep;
const refusal = (f: BoardAssessmentFacts, step: BoardAssessmentStep, actor = FG) => {
  const t = boardAssessmentTransition(f, step, actor);
  return t.ok ? null : t.refusal;
};

describe('board assessment lifecycle', () => {
  it('starts a DRAFT on a published BOARD standard, for the FG and the board admin', () => {
    for (const actor of [FG, BOARD_ADMIN])
      expect(boardAssessmentTransition(facts(null), { action: 'start' }, actor)).toEqual({
        ok: true,
        next: S.DRAFT,
      });
  });

  it('resumes the open draft when one is started while it exists', () => {
    expect(boardAssessmentTransition(facts(S.DRAFT), { action: 'start' }, FG)).toEqual({
      ok: true,
      next: S.DRAFT,
      resumes: true,
    });
  });

  it('refuses every step to anyone but the board FG or admin, before anything else', () => {
    for (const actor of Object.values(OTHERS))
      for (const action of BOARD_ASSESSMENT_ACTIONS) {
        const step = action === 'answer' ? answer() : ({ action } as BoardAssessmentStep);
        expect(
          refusal(facts(S.DRAFT, [], { standardSubject: StandardSubject.PRODUCT }), step, actor),
        ).toBe('FORBIDDEN');
      }
  });

  it('refuses a PRODUCT standard and a draft standard', () => {
    expect(
      refusal(facts(null, [], { standardSubject: StandardSubject.PRODUCT }), { action: 'start' }),
    ).toBe('NOT_A_BOARD_STANDARD');
    expect(
      refusal(facts(null, [], { standardStatus: StandardStatus.DRAFT }), { action: 'start' }),
    ).toBe('STANDARD_NOT_PUBLISHED');
  });

  it('answers while DRAFT; a submitted assessment is frozen', () => {
    expect(boardAssessmentTransition(facts(S.DRAFT), answer(), FG)).toEqual({
      ok: true,
      next: S.DRAFT,
    });
    expect(refusal(facts(S.SUBMITTED, ['r1', 'r2']), answer())).toBe('INVALID_TRANSITION');
    expect(refusal(facts(S.SUBMITTED, ['r1', 'r2']), { action: 'submit' })).toBe(
      'INVALID_TRANSITION',
    );
    expect(refusal(facts(null), answer())).toBe('INVALID_TRANSITION');
  });

  it.each([
    [{ requirementId: 'rX' }, 'UNKNOWN_REQUIREMENT'],
    [{ level: 0 }, 'LEVEL_OUT_OF_RANGE'],
    [{ level: 6 }, 'LEVEL_OUT_OF_RANGE'],
    [{ level: 2.5 }, 'LEVEL_OUT_OF_RANGE'],
    [{ plannedLevel: 6, plannedBy: '2028-01-01' }, 'PLANNED_LEVEL_OUT_OF_RANGE'],
    [{ level: 3, plannedLevel: 2, plannedBy: '2028-01-01' }, 'PLANNED_BELOW_LEVEL'],
    [{ plannedLevel: 4 }, 'PLANNED_BY_REQUIRED'],
    [{ plannedBy: '2028-01-01' }, 'PLANNED_LEVEL_REQUIRED'],
    [{ plannedLevel: 4, plannedBy: '2027-02-28' }, 'PLANNED_BY_PAST'],
  ])('refuses the answer %j: %s', (more, expected) => {
    expect(refusal(facts(S.DRAFT), answer(more))).toBe(expected);
  });

  it("accepts a plan at today's level or above, by today or later", () => {
    for (const more of [
      { plannedLevel: 3, plannedBy: TODAY },
      { plannedLevel: 5, plannedBy: '2028-12-31' },
      { level: 1 },
      { level: 5 },
    ])
      expect(refusal(facts(S.DRAFT), answer(more))).toBeNull();
  });

  it('submits once every requirement is answered', () => {
    expect(refusal(facts(S.DRAFT, ['r1']), { action: 'submit' })).toBe('UNANSWERED');
    expect(
      boardAssessmentTransition(facts(S.DRAFT, ['r2', 'r1']), { action: 'submit' }, FG),
    ).toEqual({ ok: true, next: S.SUBMITTED });
  });

  it('offers the steps that apply now', () => {
    expect(allowedBoardAssessmentActions(facts(null), FG)).toEqual(['start']);
    expect(allowedBoardAssessmentActions(facts(S.DRAFT, ['r1']), FG)).toEqual(['start', 'answer']);
    expect(allowedBoardAssessmentActions(facts(S.DRAFT, ['r1', 'r2']), FG)).toEqual([
      'start',
      'answer',
      'submit',
    ]);
    expect(allowedBoardAssessmentActions(facts(S.SUBMITTED, ['r1', 'r2']), FG)).toEqual(['start']);
    expect(allowedBoardAssessmentActions(facts(S.DRAFT), OTHERS.viewer)).toEqual([]);
  });
});

describe('requirement levels', () => {
  const B = StandardSubject.BOARD;
  const P = StandardSubject.PRODUCT;
  it.each([
    [B, { minimumLevel: 3 }, null],
    [B, { minimumLevel: 3, targetLevel: 4, targetDate: '2028-09-01' }, null],
    [B, { minimumLevel: 3, targetLevel: 3, targetDate: '2028-09-01' }, null],
    [B, {}, ['minimumLevel', 'standard.minimumLevelRequired']],
    [B, { minimumLevel: 0 }, ['minimumLevel', 'standard.levelOutOfRange']],
    [B, { minimumLevel: 6 }, ['minimumLevel', 'standard.levelOutOfRange']],
    [
      B,
      { minimumLevel: 3, targetLevel: 6, targetDate: '2028-09-01' },
      ['targetLevel', 'standard.levelOutOfRange'],
    ],
    [
      B,
      { minimumLevel: 3, targetLevel: 2, targetDate: '2028-09-01' },
      ['targetLevel', 'standard.targetBelowMinimum'],
    ],
    [B, { minimumLevel: 3, targetLevel: 4 }, ['targetDate', 'standard.targetDateRequired']],
    [
      B,
      { minimumLevel: 3, targetDate: '2028-09-01' },
      ['targetLevel', 'standard.targetLevelRequired'],
    ],
    [
      B,
      { minimumLevel: 3, evidenceTypes: ['ISO27001'] },
      ['evidenceTypes', 'standard.evidenceOnlyForProducts'],
    ],
    [P, {}, null],
    [P, { evidenceTypes: ['ISO27001'] }, null],
    [P, { minimumLevel: 3 }, ['minimumLevel', 'standard.levelsOnlyForBoards']],
    [P, { targetLevel: 4 }, ['targetLevel', 'standard.levelsOnlyForBoards']],
    [P, { targetDate: '2028-09-01' }, ['targetDate', 'standard.levelsOnlyForBoards']],
  ])('%s %j → %j', (subject, levels, expected) => {
    const problem = requirementLevelsProblem(subject, levels);
    expect(problem && [problem.field, problem.key]).toEqual(expected);
  });
});

describe('maturity result', () => {
  it('counts requirements at or above their minimum and their target', () => {
    const requirements = [
      { id: 'a', minimumLevel: 3, targetLevel: 4 },
      { id: 'b', minimumLevel: 3, targetLevel: 4 },
      { id: 'c', minimumLevel: 3 },
      { id: 'd', minimumLevel: 2 },
    ];
    expect(
      maturityResult(requirements, [
        { requirementId: 'a', level: 4 },
        { requirementId: 'b', level: 3 },
        { requirementId: 'c', level: 2 },
      ]),
    ).toEqual({ minimumMet: 2, targetMet: 1, requirementTotal: 4 });
  });
});
