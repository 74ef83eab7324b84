// Single sign-on through the API's OpenID Connect endpoints. The contract:
//   GET /auth/oidc/status                  → {"enabled": boolean}
//   GET /auth/oidc/login?returnTo=<path>   → redirect to the provider
//   afterwards the API redirects to /sign-in/complete#accessToken=…&expiresAt=…&returnTo=…
//   or to /sign-in?error=<code> (the codes below).
import type { MessageKey } from '../i18n';
import { safeReturnTo } from '../auth/return-to';

export const ssoErrorCodes = ['sso_no_account', 'sso_unverified_email', 'sso_failed'] as const;
export type SsoErrorCode = (typeof ssoErrorCodes)[number];

/** The sign-in page's message for an `error` parameter; an unknown code reads as a failure. */
export function ssoErrorMessage(code: string | null): MessageKey | null {
  if (!code) return null;
  switch (code) {
    case 'sso_no_account':
      return 'signIn.sso.noAccount';
    case 'sso_unverified_email':
      return 'signIn.sso.unverifiedEmail';
    default:
      return 'signIn.sso.failed';
  }
}

export async function fetchSsoEnabled(signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch('/auth/oidc/status', {
      headers: { Accept: 'application/json' },
      signal,
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return (
      typeof body === 'object' && body !== null && (body as { enabled?: unknown }).enabled === true
    );
  } catch {
    // No SSO endpoint (yet), or no answer: the password form is still there.
    return false;
  }
}

export function ssoLoginUrl(returnTo: string): string {
  return `/auth/oidc/login?${new URLSearchParams({ returnTo: safeReturnTo(returnTo) })}`;
}

export interface SsoResult {
  readonly accessToken: string;
  readonly expiresAt: string;
  readonly returnTo: string;
}

/** Reads the fragment the API's callback redirect carries; null when it is not complete. */
export function parseSsoFragment(hash: string): SsoResult | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const accessToken = params.get('accessToken');
  const expiresAt = params.get('expiresAt');
  if (!accessToken || !expiresAt || Number.isNaN(Date.parse(expiresAt))) return null;
  return { accessToken, expiresAt, returnTo: safeReturnTo(params.get('returnTo')) };
}
