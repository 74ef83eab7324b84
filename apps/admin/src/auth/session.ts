// The signed-in session: the access token and when it ends, kept in sessionStorage.
//
// Why sessionStorage and not localStorage: the API's access tokens last 30 minutes (renewed
// while the person works: session-renewal.ts), so keeping them past the tab buys little, while
// many of our users work on shared school computers where a token left in localStorage would
// outlive the person's visit.
// sessionStorage survives a reload (and the SSO redirect, which stays in the tab) and is gone
// when the tab closes. The cost: a second tab asks to sign in again.
//
// Like the locale, the session is a small external store, so that the GraphQL client (outside
// React) and the screens read the same value and every subscriber hears a change at once.
import { useSyncExternalStore } from 'react';

export interface Session {
  readonly accessToken: string;
  /** ISO instant after which the API refuses the token. */
  readonly expiresAt: string;
}

/** Why the last session ended: the sign-in page says so. */
export type EndReason = 'signedOut' | 'expired';

export const sessionStorageKey = 'regie.session';

/** A token this close to its end is treated as ended: a request with it would fail mid-way. */
const expiryMarginMs = 5_000;

export function isExpired(session: Session, now = Date.now()): boolean {
  const end = Date.parse(session.expiresAt);
  return Number.isNaN(end) || end - expiryMarginMs <= now;
}

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as Session).accessToken === 'string' &&
      typeof (value as Session).expiresAt === 'string'
    ) {
      return {
        accessToken: (value as Session).accessToken,
        expiresAt: (value as Session).expiresAt,
      };
    }
  } catch {
    // A damaged entry is as good as none.
  }
  return null;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be disabled; the session then lasts as long as the page.
    return null;
  }
}

const listeners = new Set<() => void>();
let current: Session | null = null;
let endReason: EndReason | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

function publish(): void {
  listeners.forEach((notify) => notify());
}

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  if (!current) return;
  // setTimeout overflows beyond 2^31-1 ms; a token that long-lived is re-checked then.
  const delay = Math.min(Date.parse(current.expiresAt) - expiryMarginMs - Date.now(), 2 ** 31 - 1);
  expiryTimer = setTimeout(
    () => {
      if (current && isExpired(current)) endSession('expired');
      else scheduleExpiry();
    },
    Math.max(delay, 0),
  );
}

/** Reads the stored session (at start-up, and in tests); an expired one is dropped as expired. */
export function loadSession(): Session | null {
  const stored = parse(storage()?.getItem(sessionStorageKey) ?? null);
  if (stored && isExpired(stored)) {
    storage()?.removeItem(sessionStorageKey);
    current = null;
    endReason = 'expired';
  } else {
    current = stored;
  }
  scheduleExpiry();
  return current;
}

export function getSession(): Session | null {
  return current;
}

/** The token to send, or null: never one that has already ended. */
export function getAccessToken(): string | null {
  if (current && isExpired(current)) {
    endSession('expired');
    return null;
  }
  return current?.accessToken ?? null;
}

export function startSession(session: Session): void {
  current = { accessToken: session.accessToken, expiresAt: session.expiresAt };
  endReason = null;
  try {
    storage()?.setItem(sessionStorageKey, JSON.stringify(current));
  } catch {
    // Not persisted (storage full or disabled): the session holds until a reload.
  }
  scheduleExpiry();
  publish();
}

export function endSession(reason: EndReason): void {
  if (!current) return;
  current = null;
  endReason = reason;
  clearTimeout(expiryTimer);
  storage()?.removeItem(sessionStorageKey);
  publish();
}

/** Why the last session ended, if it did in this page's life. */
export function lastEndReason(): EndReason | null {
  return endReason;
}

export function subscribeSession(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession);
}

loadSession();
