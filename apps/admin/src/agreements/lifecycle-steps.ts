// The lifecycle as a row of steps for the status picture: which steps an agreement of this
// source goes through, and where it stands. Ending states (terminated, expired, superseded)
// come after ACTIVE as the last step.
import type { AgreementSource, AgreementStatus } from '@regie/domain';

export type StepState = 'done' | 'current' | 'todo';

export interface LifecycleStep {
  readonly status: AgreementStatus | `${AgreementStatus}`;
  readonly state: StepState;
}

const ENDED = ['TERMINATED', 'EXPIRED', 'SUPERSEDED'];

export function lifecycleSteps(
  status: AgreementStatus | `${AgreementStatus}`,
  source: AgreementSource | `${AgreementSource}`,
): LifecycleStep[] {
  // A framework agreement is created ACTIVE; a general offer's starts IN_REVIEW.
  const path: string[] =
    source === 'FRAMEWORK'
      ? ['ACTIVE']
      : source === 'GENERAL_OFFER'
        ? ['IN_REVIEW', 'APPROVED', 'ACTIVE']
        : ['DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE'];
  // Changes requested sits where review is: the agreement goes back to review from there.
  const shown = status === 'CHANGES_REQUESTED' ? 'IN_REVIEW' : status;
  if (ENDED.includes(status)) path.push(status);
  const at = path.indexOf(shown);
  return path.map((step, index) => ({
    status: (index === at ? status : step) as AgreementStatus,
    state:
      index < at ? 'done' : index === at ? (ENDED.includes(status) ? 'done' : 'current') : 'todo',
  }));
}
