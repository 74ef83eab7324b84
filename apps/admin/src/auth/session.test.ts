// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  endSession,
  getAccessToken,
  getSession,
  isExpired,
  lastEndReason,
  loadSession,
  sessionStorageKey,
  startSession,
  subscribeSession,
} from './session';

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('the session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sessionStorage.clear();
    endSession('signedOut');
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the token in sessionStorage, so that a reload finds it', () => {
    startSession({ accessToken: 'jwt-1', expiresAt: inMinutes(30) });
    expect(JSON.parse(sessionStorage.getItem(sessionStorageKey)!)).toMatchObject({
      accessToken: 'jwt-1',
    });
    expect(loadSession()?.accessToken).toBe('jwt-1');
    expect(getAccessToken()).toBe('jwt-1');
  });

  it('forgets the token on sign-out and says why it ended', () => {
    startSession({ accessToken: 'jwt-1', expiresAt: inMinutes(30) });
    endSession('signedOut');
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(sessionStorageKey)).toBeNull();
    expect(lastEndReason()).toBe('signedOut');
  });

  it('ends by itself when the token expires, and tells its subscribers', () => {
    const heard = vi.fn();
    const unsubscribe = subscribeSession(heard);
    startSession({ accessToken: 'jwt-1', expiresAt: inMinutes(30) });
    heard.mockClear();
    vi.advanceTimersByTime(30 * 60_000);
    expect(getSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
    expect(heard).toHaveBeenCalled();
    unsubscribe();
  });

  it('never hands out a token that has already expired', () => {
    startSession({ accessToken: 'jwt-1', expiresAt: inMinutes(30) });
    vi.setSystemTime(Date.now() + 31 * 60_000);
    expect(getAccessToken()).toBeNull();
    expect(lastEndReason()).toBe('expired');
  });

  it('drops an expired or damaged stored session at load', () => {
    sessionStorage.setItem(
      sessionStorageKey,
      JSON.stringify({ accessToken: 'old', expiresAt: inMinutes(-1) }),
    );
    expect(loadSession()).toBeNull();
    expect(lastEndReason()).toBe('expired');
    sessionStorage.setItem(sessionStorageKey, '{not json');
    expect(loadSession()).toBeNull();
  });

  it('treats a token in its last seconds as expired', () => {
    expect(
      isExpired({ accessToken: 'x', expiresAt: new Date(Date.now() + 2_000).toISOString() }),
    ).toBe(true);
    expect(isExpired({ accessToken: 'x', expiresAt: 'not a date' })).toBe(true);
    expect(isExpired({ accessToken: 'x', expiresAt: inMinutes(1) })).toBe(false);
  });
});
