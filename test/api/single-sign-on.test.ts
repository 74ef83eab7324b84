// Single sign-on against a real OpenID provider started here, driven the way a
// browser drives it: redirects followed by hand, cookies kept per site.
import { createHmac } from 'node:crypto';
import { OrganisationKind, Role } from '@regie/domain';
import { SIGNING_SECRET } from '../../apps/api/src/auth/secrets';
import { createOrganisation, signUp } from '../support/identity';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startTestApp, type TestApp } from '../support/test-app';

/** A browser's cookie jar, per origin; enough for two sites on 127.0.0.1. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** Follows redirects from `url` until one leads to a page of the admin app. */
  visit(url: string, appUrl: string): Promise<URL> {
    const app = new URL(appUrl).origin;
    return this.follow(url, (next) => next.origin === app && !next.pathname.startsWith('/auth/'));
  }

  /** Fetches `url` and the redirects after it; returns the first address `until` names, unvisited. */
  async follow(url: string, until: (next: URL) => boolean): Promise<URL> {
    let next = new URL(url);
    for (let hop = 0; hop < 15; hop++) {
      const jar = this.jar(next.origin);
      const res = await fetch(next, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const header of res.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        if (value && !/expires=Thu, 01 Jan 1970/i.test(header)) jar.set(name, value);
        else jar.delete(name);
      }
      const location = res.headers.get('location');
      if (!location) throw new Error(`${next} answered ${res.status} without a redirect`);
      next = new URL(location, next);
      if (until(next)) return next;
    }
    throw new Error('too many redirects');
  }

  cookies(origin: string): Map<string, string> {
    return this.jar(origin);
  }

  private jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }
}

const ME = `{ me { id email memberships { organisation { id } roles } } }`;

describe('single sign-on with OpenID Connect', () => {
  let provider: TestOidcProvider;
  let app: TestApp;
  let organisationId: string;
  let adminToken: string;

  beforeAll(async () => {
    provider = await startOidcProvider();
    app = await startTestApp({
      env: {
        REGIE_OIDC_ISSUER: provider.issuer,
        REGIE_OIDC_CLIENT_ID: provider.clientId,
        REGIE_OIDC_CLIENT_SECRET: provider.clientSecret,
        REGIE_OIDC_NAME: 'SURFconext',
      },
    });
    await provider.serve(`${app.url}/auth/oidc/callback`);
    organisationId = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    adminToken = (await signUp(app, { organisationId, roles: [Role.ADMIN] })).token;
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('tells the sign-in page that single sign-on is there, and under which name', async () => {
    const res = await fetch(`${app.url}/auth/oidc/status`);
    expect(await res.json()).toEqual({ enabled: true, name: 'SURFconext' });
  });

  it('signs in an existing user by verified e-mail and returns to where they were going', async () => {
    const person = await signUp(app, { organisationId, roles: [Role.PRIVACY_OFFICER] });
    provider.signInAs({ sub: 'surf-1', email: person.email.toUpperCase(), email_verified: true });
    const landed = await new Browser().visit(
      `${app.url}/auth/oidc/login?returnTo=${encodeURIComponent('/agreements?status=IN_REVIEW')}`,
      app.url,
    );
    expect(landed.pathname).toBe('/sign-in/complete');
    const fragment = new URLSearchParams(landed.hash.slice(1));
    expect(fragment.get('returnTo')).toBe('/agreements?status=IN_REVIEW');
    expect(new Date(fragment.get('expiresAt')!).getTime()).toBeGreaterThan(Date.now());
    const me = await app.graphql(ME, {}, { token: fragment.get('accessToken')! });
    expect(me.data!.me).toMatchObject({
      id: person.userId,
      memberships: [{ organisation: { id: organisationId }, roles: ['PRIVACY_OFFICER'] }],
    });
  });

  it('lets an invited person in without granting the membership; the invitation token does that', async () => {
    const invited = await app.graphql(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { organisationId, email: 'nieuwe.fg@example.nl', roles: ['PRIVACY_OFFICER'] } },
      { token: adminToken },
    );
    expect(invited.errors).toBeUndefined();
    provider.signInAs({
      sub: 'surf-2',
      email: 'nieuwe.fg@example.nl',
      email_verified: true,
      name: 'Nieuwe FG',
    });
    const landed = await new Browser().visit(`${app.url}/auth/oidc/login`, app.url);
    expect(landed.pathname).toBe('/sign-in/complete');
    const token = new URLSearchParams(landed.hash.slice(1)).get('accessToken')!;
    const before = await app.graphql(ME, {}, { token });
    expect(before.data!.me).toMatchObject({ email: 'nieuwe.fg@example.nl', memberships: [] });

    const accepted = await app.graphql(
      `mutation ($token: String!) { acceptInvitation(input: { token: $token }) { user { memberships { roles } } } }`,
      { token: invited.data!.inviteMember.token },
      { token },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user.memberships).toEqual([
      { roles: ['PRIVACY_OFFICER'] },
    ]);
  });

  it('turns away an address that has no account and no invitation, creating nobody', async () => {
    provider.signInAs({ sub: 'surf-3', email: 'onbekend@example.nl', email_verified: true });
    const landed = await new Browser().visit(`${app.url}/auth/oidc/login`, app.url);
    expect(landed.pathname).toBe('/sign-in');
    expect(landed.searchParams.get('error')).toBe('sso_no_account');
    const members = await app.graphql(
      `query ($id: ID!) { members(organisationId: $id) { email } }`,
      { id: organisationId },
      { token: adminToken },
    );
    expect(members.data!.members.map((m: { email: string }) => m.email)).not.toContain(
      'onbekend@example.nl',
    );
  });

  it('does not trust an e-mail address the provider has not verified', async () => {
    const person = await signUp(app, { organisationId, roles: [Role.VIEWER] });
    provider.signInAs({ sub: 'surf-4', email: person.email, email_verified: false });
    const landed = await new Browser().visit(`${app.url}/auth/oidc/login`, app.url);
    expect(landed.searchParams.get('error')).toBe('sso_unverified_email');
    expect(landed.hash).toBe('');
  });

  it('refuses a callback that this browser did not start (no state cookie)', async () => {
    const person = await signUp(app, { organisationId, roles: [Role.VIEWER] });
    provider.signInAs({ sub: 'surf-5', email: person.email, email_verified: true });
    const victim = new Browser();
    // The attacker starts a sign-in and hands the provider's answer to someone else.
    const start = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    const authorizeUrl = start.headers.get('location')!;
    let next = new URL(authorizeUrl);
    const providerJar = victim.cookies(new URL(provider.issuer).origin);
    for (;;) {
      const res = await fetch(next, {
        redirect: 'manual',
        headers: { cookie: [...providerJar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const header of res.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const at = pair.indexOf('=');
        providerJar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      next = new URL(res.headers.get('location')!, next);
      if (next.origin === new URL(app.url).origin) break;
    }
    const landed = await victim.visit(next.href, app.url);
    expect(landed.pathname).toBe('/sign-in');
    expect(landed.searchParams.get('error')).toBe('sso_failed');
  });

  describe("the round trip's state and nonce", () => {
    const appOrigin = () => new URL(app.url).origin;
    /** Starts a sign-in in `browser`: the provider's authorization address, unvisited. */
    const authorizationRequest = (browser: Browser) =>
      browser.follow(
        `${app.url}/auth/oidc/login`,
        (next) => next.origin === new URL(provider.issuer).origin,
      );
    /** The provider's answer to an authorization request: the callback address, unvisited. */
    const answer = (browser: Browser, request: URL) =>
      browser.follow(
        request.href,
        (next) => next.origin === appOrigin() && next.pathname === '/auth/oidc/callback',
      );
    /** A browser holding only these cookies of Regie's (an attacker's copy). */
    const browserWith = (cookies: Map<string, string>) => {
      const browser = new Browser();
      for (const [name, value] of cookies) browser.cookies(appOrigin()).set(name, value);
      return browser;
    };
    const signIn = async () => {
      const person = await signUp(app, { organisationId, roles: [Role.VIEWER] });
      provider.signInAs({
        sub: `surf-${person.userId}`,
        email: person.email,
        email_verified: true,
      });
    };

    it('sends state, nonce and PKCE, new for every sign-in, and keeps them in the signed cookie', async () => {
      const [one, two] = [new Browser(), new Browser()];
      const first = await authorizationRequest(one);
      const second = await authorizationRequest(two);
      for (const request of [first, second]) {
        expect(request.searchParams.get('state')).toMatch(/^[\w-]{43,}$/);
        expect(request.searchParams.get('nonce')).toMatch(/^[\w-]{43,}$/);
        expect(request.searchParams.get('code_challenge_method')).toBe('S256');
      }
      expect(first.searchParams.get('state')).not.toBe(second.searchParams.get('state'));
      expect(first.searchParams.get('nonce')).not.toBe(second.searchParams.get('nonce'));
      const jar = one.cookies(appOrigin());
      expect(jar.get('regie_sso.sig')).toEqual(expect.any(String));
      const kept = JSON.parse(Buffer.from(jar.get('regie_sso')!, 'base64').toString());
      expect(kept.oidc).toMatchObject({
        state: first.searchParams.get('state'),
        nonce: first.searchParams.get('nonce'),
      });
    });

    it('refuses a callback whose state was changed, or that carries none', async () => {
      await signIn();
      for (const change of [
        (url: URL) => url.searchParams.set('state', 'x'.repeat(43)),
        (url: URL) => url.searchParams.delete('state'),
      ]) {
        const browser = new Browser();
        const callback = await answer(browser, await authorizationRequest(browser));
        change(callback);
        const landed = await browser.visit(callback.href, app.url);
        expect(landed.pathname).toBe('/sign-in');
        expect(landed.searchParams.get('error')).toBe('sso_failed');
        expect(landed.hash).toBe('');
      }
    });

    it('refuses an ID token the provider issued for another nonce', async () => {
      await signIn();
      const browser = new Browser();
      // The authorization request altered on its way to the provider: the provider puts
      // the nonce it was sent into the ID token, and it is not the one in the cookie.
      const request = await authorizationRequest(browser);
      request.searchParams.set('nonce', 'n'.repeat(43));
      const landed = await browser.visit((await answer(browser, request)).href, app.url);
      expect(landed.pathname).toBe('/sign-in');
      expect(landed.searchParams.get('error')).toBe('sso_failed');
    });

    it('takes a callback once: neither the same address again nor a copy of the cookie with a new code gets in', async () => {
      await signIn();
      const browser = new Browser();
      const request = await authorizationRequest(browser);
      const callback = await answer(browser, request);
      const copied = new Map(browser.cookies(appOrigin()));
      expect(copied.has('regie_sso')).toBe(true);

      const first = await browser.visit(callback.href, app.url);
      expect(first.pathname).toBe('/sign-in/complete');
      expect(browser.cookies(appOrigin()).has('regie_sso')).toBe(false);

      const replayed = await browserWith(copied).visit(callback.href, app.url);
      expect(replayed.searchParams.get('error')).toBe('sso_failed');
      // The same authorization request answered again: a new code for the same state,
      // nonce and code challenge, so only the spent state tells the copy apart.
      const again = await answer(browser, request);
      expect(again.searchParams.get('state')).toBe(callback.searchParams.get('state'));
      expect(again.searchParams.get('code')).not.toBe(callback.searchParams.get('code'));
      const copy = await browserWith(copied).visit(again.href, app.url);
      expect(copy.pathname).toBe('/sign-in');
      expect(copy.searchParams.get('error')).toBe('sso_failed');
    });

    it('refuses a sign-on cookie older than ten minutes or without a state, even signed with the right key', async () => {
      const key = app.running.app.get<string>(SIGNING_SECRET);
      // cookie-session's format: base64 JSON, and keygrip's HMAC-SHA1 of `name=value`.
      const encode = (session: object) => Buffer.from(JSON.stringify(session)).toString('base64');
      const signature = (value: string) =>
        createHmac('sha1', key).update(`regie_sso=${value}`).digest('base64url');
      await signIn();
      for (const change of [
        (session: { startedAt: number }) => ({
          ...session,
          startedAt: session.startedAt - 11 * 60_000,
        }),
        (session: { oidc: { state: string } }) => ({
          ...session,
          oidc: { ...session.oidc, state: undefined },
        }),
      ]) {
        const browser = new Browser();
        const callback = await answer(browser, await authorizationRequest(browser));
        const jar = browser.cookies(appOrigin());
        // Signed here as the app signs: the app's own cookie gets the same signature.
        expect(signature(jar.get('regie_sso')!)).toBe(jar.get('regie_sso.sig'));
        const value = encode(
          change(JSON.parse(Buffer.from(jar.get('regie_sso')!, 'base64').toString())),
        );
        jar.set('regie_sso', value);
        jar.set('regie_sso.sig', signature(value));
        const landed = await browser.visit(callback.href, app.url);
        expect(landed.searchParams.get('error')).toBe('sso_failed');
      }
    });
  });

  it('never sends the browser to another site after signing in', async () => {
    const person = await signUp(app, { organisationId, roles: [Role.VIEWER] });
    provider.signInAs({ sub: 'surf-6', email: person.email, email_verified: true });
    const landed = await new Browser().visit(
      `${app.url}/auth/oidc/login?returnTo=${encodeURIComponent('//evil.example/steal')}`,
      app.url,
    );
    expect(new URLSearchParams(landed.hash.slice(1)).get('returnTo')).toBe('/');
  });
});

describe('without single sign-on configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('hides the button and answers the sign-in address with 404', async () => {
    expect(await (await fetch(`${app.url}/auth/oidc/status`)).json()).toEqual({
      enabled: false,
      name: null,
    });
    const res = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404 });
  });
});
