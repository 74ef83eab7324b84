import { SubprocessorChangeStatus as S, TransferMechanism as T } from './enums';
import {
  addsOrReplacesSubprocessor,
  earliestEffectiveOn,
  lastObjectionDay,
  leafletPublicationRefusal,
  SUBPROCESSOR_CHANGE_ACTIONS,
  subprocessorChangeTransition,
  subprocessorDiff,
  subprocessorKey,
  type SubprocessorChangeAction,
} from './subprocessor-change-lifecycle';

const hosting = {
  name: 'Hosting B.V.',
  service: 'hosting',
  country: 'NL',
  transferMechanism: T.NOT_APPLICABLE,
};
const mail = {
  name: 'Mailer Inc.',
  service: 'e-mail',
  country: 'US',
  transferMechanism: T.STANDARD_CONTRACTUAL_CLAUSES,
};
const support = {
  name: 'Helpdesk Ltd.',
  service: 'support',
  country: 'IN',
  transferMechanism: T.NONE,
};

describe('a subprocessor and what a leaflet changes of them', () => {
  it('is its name, service, country and transfer mechanism together; spacing and case are no change', () => {
    expect(subprocessorKey({ ...hosting, name: '  hosting  b.v. ', country: 'nl' })).toBe(
      subprocessorKey(hosting),
    );
    for (const other of [
      { ...hosting, name: 'Hosting 2 B.V.' },
      { ...hosting, service: 'backup' },
      { ...hosting, country: 'DE' },
      { ...hosting, transferMechanism: T.ADEQUACY_DECISION },
    ])
      expect(subprocessorKey(other)).not.toBe(subprocessorKey(hosting));
  });

  it('lists what is added and removed; a replacement is one of each', () => {
    expect(subprocessorDiff([hosting], [hosting, mail])).toEqual({ added: [mail], removed: [] });
    expect(subprocessorDiff([hosting, mail], [hosting])).toEqual({ added: [], removed: [mail] });
    const moved = { ...hosting, country: 'US', transferMechanism: T.STANDARD_CONTRACTUAL_CLAUSES };
    expect(subprocessorDiff([hosting, mail], [moved, mail])).toEqual({
      added: [moved],
      removed: [hosting],
    });
    expect(subprocessorDiff([], [support, support])).toEqual({ added: [support], removed: [] });
    expect(subprocessorDiff([mail, hosting], [hosting, mail])).toEqual({ added: [], removed: [] });
  });

  it('needs an announcement for an addition or a replacement, never for a removal alone', () => {
    expect(addsOrReplacesSubprocessor([hosting], [hosting, mail])).toBe(true);
    expect(addsOrReplacesSubprocessor([hosting], [{ ...hosting, service: 'opslag' }])).toBe(true);
    expect(addsOrReplacesSubprocessor([hosting, mail], [mail])).toBe(false);
    expect(addsOrReplacesSubprocessor([hosting], [hosting])).toBe(false);
  });

  it('takes effect 30 days after the announcement at the earliest; objections until the day before', () => {
    expect(earliestEffectiveOn('2027-01-31')).toBe('2027-03-02');
    expect(earliestEffectiveOn('2028-02-01')).toBe('2028-03-02');
    expect(lastObjectionDay('2027-03-01')).toBe('2027-02-28');
  });
});

describe('the lifecycle of a subprocessor change', () => {
  const effectiveOn = '2027-03-01';
  const BEFORE = '2027-02-28';
  const ON = '2027-03-01';
  const AFTER = '2027-03-09';
  const DAYS = { BEFORE, ON, AFTER };
  type Day = keyof typeof DAYS;
  type Outcome = S | 'INVALID_TRANSITION' | 'DEADLINE_PASSED' | 'DEADLINE_NOT_PASSED';

  /** Every status × action × day, and what it gives. */
  const EXPECTED: Record<S, Record<SubprocessorChangeAction, Record<Day, Outcome>>> = {
    [S.ANNOUNCED]: {
      withdraw: { BEFORE: S.WITHDRAWN, ON: S.WITHDRAWN, AFTER: S.WITHDRAWN },
      object: { BEFORE: S.ANNOUNCED, ON: 'DEADLINE_PASSED', AFTER: 'DEADLINE_PASSED' },
      takeEffect: { BEFORE: 'DEADLINE_NOT_PASSED', ON: S.IN_EFFECT, AFTER: S.IN_EFFECT },
    },
    [S.IN_EFFECT]: {
      withdraw: {
        BEFORE: 'INVALID_TRANSITION',
        ON: 'INVALID_TRANSITION',
        AFTER: 'INVALID_TRANSITION',
      },
      object: { BEFORE: 'DEADLINE_PASSED', ON: 'DEADLINE_PASSED', AFTER: 'DEADLINE_PASSED' },
      takeEffect: {
        BEFORE: 'INVALID_TRANSITION',
        ON: 'INVALID_TRANSITION',
        AFTER: 'INVALID_TRANSITION',
      },
    },
    [S.WITHDRAWN]: {
      withdraw: {
        BEFORE: 'INVALID_TRANSITION',
        ON: 'INVALID_TRANSITION',
        AFTER: 'INVALID_TRANSITION',
      },
      object: {
        BEFORE: 'INVALID_TRANSITION',
        ON: 'INVALID_TRANSITION',
        AFTER: 'INVALID_TRANSITION',
      },
      takeEffect: {
        BEFORE: 'INVALID_TRANSITION',
        ON: 'INVALID_TRANSITION',
        AFTER: 'INVALID_TRANSITION',
      },
    },
  };

  for (const status of Object.values(S))
    for (const action of SUBPROCESSOR_CHANGE_ACTIONS)
      for (const day of Object.keys(DAYS) as Day[])
        it(`${status} × ${action} on the day ${day.toLowerCase()} effectiveOn: ${EXPECTED[status][action][day]}`, () => {
          const result = subprocessorChangeTransition({ status, effectiveOn }, action, DAYS[day]);
          const expected = EXPECTED[status][action][day];
          expect(result).toEqual(
            Object.values(S).includes(expected as S)
              ? { ok: true, next: expected }
              : { ok: false, refusal: expected },
          );
        });
});

describe('publishing a leaflet around a change of subprocessors', () => {
  const today = '2027-03-01';
  const refusal = (facts: Partial<Parameters<typeof leafletPublicationRefusal>[0]>) =>
    leafletPublicationRefusal({
      addsOrReplaces: false,
      boardsInForce: false,
      announced: null,
      today,
      ...facts,
    });

  it('is free for a draft that adds or replaces nobody, or while no agreement is in force', () => {
    expect(refusal({ boardsInForce: true })).toBeNull();
    expect(refusal({ addsOrReplaces: true })).toBeNull();
  });

  it('needs an announced change whose date has come when boards have agreements in force', () => {
    expect(refusal({ addsOrReplaces: true, boardsInForce: true })).toBe(
      'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED',
    );
    expect(
      refusal({ addsOrReplaces: true, boardsInForce: true, announced: { effectiveOn: today } }),
    ).toBeNull();
    expect(
      refusal({
        addsOrReplaces: true,
        boardsInForce: true,
        announced: { effectiveOn: '2027-03-02' },
      }),
    ).toBe('SUBPROCESSOR_CHANGE_NOT_ANNOUNCED');
  });

  it('keeps an announced draft frozen until its date, agreements in force or not', () => {
    expect(refusal({ announced: { effectiveOn: '2027-03-02' } })).toBe(
      'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED',
    );
    expect(refusal({ announced: { effectiveOn: '2027-02-01' } })).toBeNull();
  });
});
