import { describe, expect, it } from 'vitest';
import { lifecycleSteps } from './lifecycle-steps';

describe('the lifecycle picture', () => {
  it('marks the steps before the status done and the status current', () => {
    expect(lifecycleSteps('APPROVED', 'DIRECT')).toEqual([
      { status: 'DRAFT', state: 'done' },
      { status: 'IN_REVIEW', state: 'done' },
      { status: 'APPROVED', state: 'current' },
      { status: 'ACTIVE', state: 'todo' },
    ]);
  });

  it('shows changes requested in the place of review', () => {
    expect(lifecycleSteps('CHANGES_REQUESTED', 'DIRECT')[1]).toEqual({
      status: 'CHANGES_REQUESTED',
      state: 'current',
    });
  });

  it('skips the draft of a general offer and ends with how an agreement ended', () => {
    const steps = lifecycleSteps('TERMINATED', 'GENERAL_OFFER');
    expect(steps.map((s) => s.status)).toEqual(['IN_REVIEW', 'APPROVED', 'ACTIVE', 'TERMINATED']);
    expect(steps.every((s) => s.state === 'done')).toBe(true);
  });
});
