import {
  afterFailure,
  isPermanentRefusal,
  MAX_ATTEMPTS_WHEN_REFUSED,
  RETRY_CAP_MS,
  retryDelayMs,
} from './outbox-retry';

describe('the outbox retry schedule', () => {
  it('waits the base after the first failure and doubles the wait after each next one', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 60_000))).toEqual([
      60_000, 120_000, 240_000, 480_000, 960_000,
    ]);
  });

  it('never waits longer than an hour, however many attempts failed', () => {
    expect(retryDelayMs(7, 60_000)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(40, 60_000)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(5_000, 60_000)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(3, 1_000, 2_500)).toBe(2_500);
  });

  it('keeps retrying an e-mail while the server is down or answers "try later"', () => {
    expect(afterFailure(1_000, false, 60_000)).toEqual({ retryInMs: RETRY_CAP_MS });
  });

  it('gives up on a message the server refuses for good, after the last attempt only', () => {
    expect(afterFailure(MAX_ATTEMPTS_WHEN_REFUSED - 1, true, 1_000)).toHaveProperty('retryInMs');
    expect(afterFailure(MAX_ATTEMPTS_WHEN_REFUSED, true, 1_000)).toEqual({ giveUp: true });
  });

  it('reads a 5xx on the recipient or content as permanent, and nothing else', () => {
    expect(isPermanentRefusal({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
    expect(isPermanentRefusal({ code: 'EMESSAGE', responseCode: 554 })).toBe(true);
    expect(isPermanentRefusal({ code: 'EENVELOPE', responseCode: 451 })).toBe(false);
    expect(isPermanentRefusal({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isPermanentRefusal({ code: 'ECONNECTION' })).toBe(false);
    expect(isPermanentRefusal(new Error('socket hang up'))).toBe(false);
    expect(isPermanentRefusal(undefined)).toBe(false);
  });
});
