import { agreementEndDate, agreementExitState, exitDueOn, EXIT_DUE_DAYS } from './agreement-exit';
import { AgreementStatus as S, ExitChoice } from './enums';

const ended = {
  status: S.ACTIVE,
  validUntil: '2026-12-31',
  terminationDate: null,
  supersededOn: null,
  exitChoice: null,
  exitChosenOn: null,
  exitConfirmedAt: null,
};

describe('agreementEndDate', () => {
  it('is the termination date or validUntil, the earlier; null when open-ended', () => {
    expect(agreementEndDate({ validUntil: '2026-12-31', terminationDate: '2026-06-30' })).toBe(
      '2026-06-30',
    );
    expect(agreementEndDate({ validUntil: '2026-12-31', terminationDate: null })).toBe(
      '2026-12-31',
    );
    expect(agreementEndDate({ validUntil: null, terminationDate: null })).toBeNull();
  });
});

describe('exitDueOn', () => {
  it('is 30 days after the later of the end date and the choice', () => {
    expect(EXIT_DUE_DAYS).toBe(30);
    expect(exitDueOn('2026-12-31', '2026-11-01')).toBe('2027-01-30');
    expect(exitDueOn('2026-12-31', '2027-02-01')).toBe('2027-03-03');
    expect(exitDueOn('2026-12-31', null)).toBeNull();
  });
});

describe('agreementExitState', () => {
  it('has no exit while the agreement runs with no end in sight', () => {
    expect(agreementExitState(ended, '2026-06-01')).toBeNull();
  });

  it('shows an expired agreement’s exit, waiting for the board’s choice', () => {
    expect(agreementExitState(ended, '2027-01-05')).toEqual({
      choice: null,
      endDate: '2026-12-31',
      dueOn: null,
      confirmed: false,
      overdue: false,
    });
  });

  it('shows a pending termination’s exit before the end date', () => {
    const terminating = { ...ended, validUntil: null, terminationDate: '2026-09-30' };
    expect(agreementExitState(terminating, '2026-08-01')).toMatchObject({
      endDate: '2026-09-30',
      choice: null,
    });
  });

  it('is overdue from the day after dueOn until the vendor confirms', () => {
    const chosen = { ...ended, exitChoice: ExitChoice.DELETE, exitChosenOn: '2027-01-02' };
    expect(agreementExitState(chosen, '2027-02-01')).toMatchObject({
      dueOn: '2027-02-01',
      overdue: false,
    });
    expect(agreementExitState(chosen, '2027-02-02')).toMatchObject({ overdue: true });
    expect(
      agreementExitState({ ...chosen, exitConfirmedAt: '2027-02-03T10:00:00Z' }, '2027-03-01'),
    ).toMatchObject({ confirmed: true, overdue: false });
  });

  it('has none for a superseded agreement: its successor holds the data', () => {
    expect(agreementExitState({ ...ended, supersededOn: '2026-10-01' }, '2027-01-05')).toBeNull();
  });
});
