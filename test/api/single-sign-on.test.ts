// Single sign-on against a real OpenID provider started here, driven the way a
// browser drives it: redirects followed by hand, cookies kept per site.
import { OrganisationKind, Role } from '@regie/domain';
import { createOrganisation, signUp } from '../support/identity';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startTestApp, type TestApp } from '../support/test-app';

/** A browser's cookie jar, per origin; enough for two sites on 127.0.0.1. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** Follows redirects from `url` until one leads to a page of the admin app. */
  async visit(url: string, appUrl: string): Promise<URL> {
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
      if (next.origin === new URL(appUrl).origin && !next.pathname.startsWith('/auth/')) {
        return next;
      }
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
