// Password guessing and oversized documents: what an attacker meets at /graphql.
import { OrganisationKind, Role } from '@regie/domain';
import { createOrganisation, signUp, TEST_PASSWORD } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken }
}`;

const LOCKOUT_SECONDS = 2;

function aliasedLogins(count: number, email: string, password: string): string {
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `a${i}: login(input: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} }) { accessToken }`,
  );
  return `mutation { ${fields.join('\n')} }`;
}

function codes(res: { errors?: { extensions: { code: string } }[] }): string[] {
  return (res.errors ?? []).map((e) => e.extensions.code);
}

describe('sign-in throttling', () => {
  let app: TestApp;
  let organisationId: string;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        REGIE_LOGIN_MAX_ATTEMPTS: '3',
        REGIE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '12',
        // Long enough that a slow machine finishes each test inside one window.
        REGIE_LOGIN_LOCKOUT_SECONDS: '120',
        // As behind a reverse proxy on this host: its X-Forwarded-For names the client.
        REGIE_TRUST_PROXY: 'loopback',
      },
    });
    organisationId = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
  });
  afterAll(() => app.close());

  it('lets aliases in one request try no more passwords than separate requests could', async () => {
    const { email } = await signUp(app, { organisationId, roles: [Role.VIEWER] });
    // Ten guesses per document, five documents: however the server runs them, no
    // more than three passwords are checked, and then the right one is refused too.
    const found: string[] = [];
    for (let i = 0; i < 5; i++) {
      found.push(...codes(await app.graphql(aliasedLogins(10, email, `Guess number ${i}`))));
    }
    expect(found.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(found).toContain('RATE_LIMITED');
    expect(codes(await app.graphql(LOGIN, { email, password: TEST_PASSWORD }))).toEqual([
      'RATE_LIMITED',
    ]);
  });

  it('answers an unknown address exactly like a wrong password, and throttles it the same', async () => {
    const { email } = await signUp(app, { organisationId, roles: [Role.VIEWER] });
    const unknown = await app.graphql(LOGIN, {
      email: 'nobody-here@example.nl',
      password: 'some password!',
    });
    const wrong = await app.graphql(LOGIN, { email, password: 'some password!' });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(codes(unknown)).toEqual(codes(wrong));
    for (let i = 0; i < 2; i++)
      await app.graphql(LOGIN, { email: 'nobody-here@example.nl', password: 'x'.repeat(12) });
    expect(
      codes(
        await app.graphql(LOGIN, { email: 'nobody-here@example.nl', password: 'y'.repeat(12) }),
      ),
    ).toEqual(['RATE_LIMITED']);
  });

  it('locks a network address that sprays guesses over many accounts', async () => {
    // Through the local proxy (REGIE_TRUST_PROXY=loopback), the client's own address counts.
    const SPRAYER = { 'x-forwarded-for': '203.0.113.7' };
    const victims = await Promise.all(
      Array.from({ length: 7 }, () => signUp(app, { organisationId, roles: [Role.VIEWER] })),
    );
    // Two misses per account stay under the account limit, but add up per address.
    const results: string[] = [];
    for (const victim of victims) {
      for (let i = 0; i < 2; i++) {
        results.push(
          ...codes(
            await app.graphql(
              LOGIN,
              { email: victim.email, password: `guess ${i} !!!!!` },
              { headers: SPRAYER },
            ),
          ),
        );
      }
    }
    expect(results.slice(0, 12).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(results.slice(12).every((c) => c === 'RATE_LIMITED')).toBe(true);
    // A successful sign-in from the same address is refused until the lockout ends.
    expect(
      codes(
        await app.graphql(
          LOGIN,
          { email: victims[0].email, password: TEST_PASSWORD },
          { headers: SPRAYER },
        ),
      ),
    ).toEqual(['RATE_LIMITED']);
    // Another client behind the same proxy has a count of its own.
    const neighbour = await app.graphql(
      LOGIN,
      { email: victims[1].email, password: TEST_PASSWORD },
      { headers: { 'x-forwarded-for': '198.51.100.20' } },
    );
    expect(neighbour.errors).toBeUndefined();
  });
});

describe('X-Forwarded-For with no proxy configured (the default)', () => {
  let app: TestApp;
  let organisationId: string;
  beforeAll(async () => {
    app = await startTestApp({
      env: { REGIE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '4', REGIE_LOGIN_LOCKOUT_SECONDS: '120' },
    });
    organisationId = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
  });
  afterAll(() => app.close());

  it('counts the connection, so a made-up forwarded address per request buys no fresh count', async () => {
    const people = await Promise.all(
      Array.from({ length: 5 }, () => signUp(app, { organisationId, roles: [Role.VIEWER] })),
    );
    for (const [i, person] of people.slice(0, 4).entries()) {
      const miss = await app.graphql(
        LOGIN,
        { email: person.email, password: 'a wrong guess!!' },
        { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } },
      );
      expect(codes(miss)).toEqual(['UNAUTHENTICATED']);
    }
    // Four misses from this connection: the fifth attempt is refused under any name.
    const spoofed = await app.graphql(
      LOGIN,
      { email: people[4].email, password: TEST_PASSWORD },
      { headers: { 'x-forwarded-for': '198.51.100.99' } },
    );
    expect(codes(spoofed)).toEqual(['RATE_LIMITED']);
  });
});

describe('a sign-in lockout', () => {
  let app: TestApp;
  let organisationId: string;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        REGIE_LOGIN_MAX_ATTEMPTS: '3',
        REGIE_LOGIN_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
      },
    });
    organisationId = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
  });
  afterAll(() => app.close());

  it('locks an account after repeated misses, refuses even the right password, then opens by itself', async () => {
    const { email } = await signUp(app, { organisationId, roles: [Role.VIEWER] });
    for (let i = 0; i < 3; i++) {
      expect(codes(await app.graphql(LOGIN, { email, password: `wrong guess ${i}!!` }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const locked = await app.graphql(LOGIN, { email, password: TEST_PASSWORD });
    expect(codes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors![0].extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // The message is in the caller's language.
    const english = await app.graphql(
      LOGIN,
      { email, password: TEST_PASSWORD },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.errors![0].message).toMatch(/too many attempts/i);

    await new Promise((r) => setTimeout(r, LOCKOUT_SECONDS * 1000 + 200));
    const after = await app.graphql(LOGIN, { email, password: TEST_PASSWORD });
    expect(after.errors).toBeUndefined();
    expect(after.data!.login.accessToken).toEqual(expect.any(String));
  });
});

describe('document limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const organisationId = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    app.useToken((await signUp(app, { organisationId, roles: [Role.ADMIN] })).token);
  });
  afterAll(() => app.close());

  it('refuses a document of more tokens than the limit, and a malformed one, with HTTP 400', async () => {
    const huge = `{ ${'__typename '.repeat(5_001)}}`;
    const res = await app.graphql(huge);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/5000 tokens/);
    expect((await app.graphql('{ __typename ')).status).toBe(400);
  });

  it('refuses a document nested deeper than the limit with HTTP 400, before running it', async () => {
    // organisations → products → vendor → products → … : the schema has cycles.
    const nest = (levels: number) => {
      let inner = 'id';
      for (let i = 0; i < levels; i++) inner = `products { vendor { ${inner} } }`;
      return `{ organisations(first: 1) { edges { node { ${inner} } } } }`;
    };
    expect((await app.graphql(nest(2))).status).toBe(200);
    const res = await app.graphql(nest(6));
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/depth/i);
  });

  it('refuses more aliases than the limit with HTTP 400', async () => {
    const many = `{ ${Array.from({ length: 16 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    const res = await app.graphql(many);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/aliases/i);
    const allowed = `{ ${Array.from({ length: 15 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    expect((await app.graphql(allowed)).status).toBe(200);
  });
});
