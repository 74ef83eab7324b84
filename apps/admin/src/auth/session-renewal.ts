// Keeping a person at work signed in: shortly before the access token ends, the admin asks
// the API for a new one (refreshAccessToken), but only if the person used the page recently.
// A tab left open on a shared school computer still ends after half an hour without use, and
// the API ends every sign-in 12 hours after it began, renewals or not.
import { RefreshAccessTokenDocument } from '@regie/graphql-client';
import { useEffect } from 'react';
import { useClient } from 'urql';
import { getSession, startSession, type Session } from './session';

/** Renew once the token has this little left. */
export const RENEW_BEFORE_MS = 5 * 60_000;
/** Without a key press or pointer use for this long, the sign-in is left to end. */
export const IDLE_LIMIT_MS = 30 * 60_000;
const CHECK_EVERY_MS = 30_000;

/** Whether to renew now: the token nearly over, and the person active since the idle limit. */
export function renewalDue(session: Session, lastActivity: number, now: number): boolean {
  const end = Date.parse(session.expiresAt);
  return end - now <= RENEW_BEFORE_MS && end > now && now - lastActivity < IDLE_LIMIT_MS;
}

/** Renews the session while the signed-in frame is shown. */
export function useSessionRenewal(): void {
  const client = useClient();
  useEffect(() => {
    let lastActivity = Date.now();
    let busy = false;
    const active = () => {
      lastActivity = Date.now();
    };
    const check = async () => {
      const session = getSession();
      if (busy || !session || !renewalDue(session, lastActivity, Date.now())) return;
      busy = true;
      try {
        const result = await client.mutation(RefreshAccessTokenDocument, {}).toPromise();
        const renewed = result.data?.refreshAccessToken;
        // Only if the person is still the one signed in (not signed out meanwhile).
        if (renewed && getSession() === session) startSession(renewed);
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    window.addEventListener('keydown', active, { capture: true, passive: true });
    window.addEventListener('pointerdown', active, { capture: true, passive: true });
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', active, { capture: true });
      window.removeEventListener('pointerdown', active, { capture: true });
    };
  }, [client]);
}
