// What the maturity pages show of an assessment, computed once: per requirement today's level
// against the minimum and the development line, the plan, and the gap ("4 van 12 eisen onder
// het minimum"). Pure, so that the figures the chart, the table and the summary show agree.
export interface LeveledRequirement {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly minimumLevel?: number | null;
  readonly targetLevel?: number | null;
  readonly targetDate?: string | null;
}

export interface MaturityAnswerView {
  readonly requirement: { readonly id: string };
  readonly level: number;
  readonly plannedLevel?: number | null;
  readonly plannedBy?: string | null;
}

export type Standing = 'below' | 'minimum' | 'target';

export interface MaturityRow {
  readonly requirement: LeveledRequirement;
  /** Null: not answered (a draft). */
  readonly level: number | null;
  readonly minimum: number | null;
  readonly target: number | null;
  readonly targetDate: string | null;
  readonly plannedLevel: number | null;
  readonly plannedBy: string | null;
  readonly standing: Standing | null;
}

export interface MaturitySummary {
  readonly rows: readonly MaturityRow[];
  readonly total: number;
  readonly answered: number;
  /** Answered requirements below their minimum. */
  readonly below: number;
  /** Requirements with a development line, and those answered at or above its level. */
  readonly lines: number;
  readonly targetMet: number;
}

export const LEVELS = [1, 2, 3, 4, 5] as const;

export function maturitySummary(
  requirements: readonly LeveledRequirement[],
  answers: readonly MaturityAnswerView[],
): MaturitySummary {
  const byId = new Map(answers.map((a) => [a.requirement.id, a]));
  const rows = requirements.map((requirement): MaturityRow => {
    const answer = byId.get(requirement.id);
    const level = answer?.level ?? null;
    const minimum = requirement.minimumLevel ?? null;
    const target = requirement.targetLevel ?? null;
    let standing: Standing | null = null;
    if (level !== null) {
      if (minimum !== null && level < minimum) standing = 'below';
      else if (target !== null && level >= target) standing = 'target';
      else standing = 'minimum';
    }
    return {
      requirement,
      level,
      minimum,
      target,
      targetDate: requirement.targetDate ?? null,
      plannedLevel: answer?.plannedLevel ?? null,
      plannedBy: answer?.plannedBy ?? null,
      standing,
    };
  });
  return {
    rows,
    total: rows.length,
    answered: rows.filter((r) => r.level !== null).length,
    below: rows.filter((r) => r.standing === 'below').length,
    lines: rows.filter((r) => r.target !== null).length,
    targetMet: rows.filter((r) => r.target !== null && r.level !== null && r.level >= r.target)
      .length,
  };
}

/** Where on a 0-5 scale a level lies, as a share of the chart's width. */
export const share = (level: number) => Math.max(0, Math.min(5, level)) / 5;
