import { describe, expect, it } from 'vitest';
import { IDLE_LIMIT_MS, RENEW_BEFORE_MS, renewalDue } from './session-renewal';

describe('renewalDue', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  const endingIn = (ms: number) => ({
    accessToken: 't',
    expiresAt: new Date(now + ms).toISOString(),
  });

  it('renews a nearly ended sign-in of a person who used the page recently', () => {
    expect(renewalDue(endingIn(RENEW_BEFORE_MS - 1000), now - 60_000, now)).toBe(true);
  });

  it('waits while the token has time left', () => {
    expect(renewalDue(endingIn(RENEW_BEFORE_MS + 1000), now, now)).toBe(false);
  });

  it('lets the sign-in of an idle tab end, as on a shared computer', () => {
    expect(renewalDue(endingIn(60_000), now - IDLE_LIMIT_MS, now)).toBe(false);
  });

  it('does not try with a token that has already ended', () => {
    expect(renewalDue(endingIn(-1000), now, now)).toBe(false);
  });
});
