import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSsoEnabled, parseSsoFragment, ssoErrorMessage, ssoLoginUrl } from './oidc';

describe('single sign-on', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the token, its end and the way back from the callback’s fragment', () => {
    expect(
      parseSsoFragment(
        '#accessToken=abc.def.ghi&expiresAt=2026-11-22T10%3A00%3A00.000Z&returnTo=%2Fprofile',
      ),
    ).toEqual({
      accessToken: 'abc.def.ghi',
      expiresAt: '2026-11-22T10:00:00.000Z',
      returnTo: '/profile',
    });
  });

  it('refuses an incomplete fragment and a returnTo off this site', () => {
    expect(parseSsoFragment('#accessToken=abc')).toBeNull();
    expect(parseSsoFragment('#accessToken=abc&expiresAt=soon')).toBeNull();
    expect(
      parseSsoFragment(
        '#accessToken=a&expiresAt=2026-11-22T10:00:00Z&returnTo=https://evil.example',
      )?.returnTo,
    ).toBe('/');
  });

  it('explains each error code of the callback', () => {
    expect(ssoErrorMessage('sso_no_account')).toBe('signIn.sso.noAccount');
    expect(ssoErrorMessage('sso_unverified_email')).toBe('signIn.sso.unverifiedEmail');
    expect(ssoErrorMessage('sso_failed')).toBe('signIn.sso.failed');
    expect(ssoErrorMessage('something_new')).toBe('signIn.sso.failed');
    expect(ssoErrorMessage(null)).toBeNull();
  });

  it('shows the button only when the API says SSO is enabled', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ enabled: true })),
    );
    expect(await fetchSsoEnabled()).toBe(true);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ enabled: false })),
    );
    expect(await fetchSsoEnabled()).toBe(false);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    expect(await fetchSsoEnabled()).toBe(false);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await fetchSsoEnabled()).toBe(false);
  });

  it('passes the way back to the login endpoint', () => {
    expect(ssoLoginUrl('/organisations/1')).toBe('/auth/oidc/login?returnTo=%2Forganisations%2F1');
  });
});
