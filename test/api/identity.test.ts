import { createHmac } from 'node:crypto';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { SIGNING_SECRET } from '../../apps/api/src/auth/secrets';
import { createOrganisation, signUp, TEST_PASSWORD } from '../support/identity';
import { statementsDuring } from '../support/sql-statements';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken user { email memberships { roles organisation { id } } } }
}`;
const ME = '{ me { id email memberships { roles organisation { id kind } } } }';
const INVITE = `mutation ($organisationId: ID!, $email: String!, $roles: [Role!]!) {
  inviteMember(input: { organisationId: $organisationId, email: $email, roles: $roles }) { id token email roles expiresAt }
}`;
const ACCEPT = `mutation ($token: String!, $name: String, $password: String) {
  acceptInvitation(input: { token: $token, name: $name, password: $password }) { accessToken user { email } }
}`;
const MEMBERS =
  'query ($id: ID!) { members(organisationId: $id) { person { id name } email roles } }';

describe('identity, roles and tenancy', () => {
  let app: TestApp;
  let boardA: string;
  let boardB: string;
  let vendor: string;
  let platform: string;
  let adminA: Awaited<ReturnType<typeof signUp>>;
  let adminB: Awaited<ReturnType<typeof signUp>>;
  let platformAdmin: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    app = await startTestApp();
    boardA = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Bestuur A' });
    boardB = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Bestuur B' });
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leverancier' });
    platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM, name: 'Regie' });
    adminA = await signUp(app, {
      organisationId: boardA,
      roles: [Role.ADMIN],
      email: 'admin@a.example.nl',
    });
    adminB = await signUp(app, { organisationId: boardB, roles: [Role.ADMIN] });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
  });
  afterAll(() => app.close());

  const auditCount = async (action: string) =>
    Number(
      (
        await app.running.app
          .get(DataSource)
          .query('SELECT count(*) AS n FROM audit_event WHERE action = $1', [action])
      )[0].n,
    );

  describe('signing in', () => {
    it('signs in with the right password and shows the memberships', async () => {
      const res = await app.graphql(LOGIN, {
        email: 'ADMIN@a.example.nl',
        password: TEST_PASSWORD,
      });
      expect(res.data?.login.user).toEqual({
        email: 'admin@a.example.nl',
        memberships: [{ roles: ['ADMIN'], organisation: { id: boardA } }],
      });
      const me = await app.graphql(ME, {}, { token: res.data!.login.accessToken });
      expect(me.data?.me.email).toBe('admin@a.example.nl');
    });

    it('answers a wrong password and an unknown address alike', async () => {
      const wrong = await app.graphql(LOGIN, {
        email: 'admin@a.example.nl',
        password: 'not the password',
      });
      const unknown = await app.graphql(LOGIN, {
        email: 'nobody@a.example.nl',
        password: 'not the password',
      });
      expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
      expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
    });

    it('refuses tampered, expired, unsigned and foreign tokens with UNAUTHENTICATED', async () => {
      const [header, payload] = adminA.token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const none = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      const tampered = `${header}.${b64({ ...claims, sub: adminB.userId })}.${adminA.token.split('.')[2]}`;
      const foreignKey = (body: object) => {
        const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(body)}`;
        return `${unsigned}.${createHmac('sha256', 'some-other-secret-of-32-characters!!').update(unsigned).digest('base64url')}`;
      };
      const expired = foreignKey({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 });
      for (const token of [none, tampered, foreignKey(claims), expired, 'garbage']) {
        const res = await app.graphql(ME, {}, { token });
        expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      expect((await app.graphql(ME)).data).toEqual({ me: null });
    });

    it('refuses a token made with the real key that never expires, lasts too long, or is not HS256', async () => {
      const key = app.running.app.get<string>(SIGNING_SECRET);
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const sign = (claims: object, alg: 'HS256' | 'HS512' | 'none' = 'HS256') => {
        const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
        if (alg === 'none') return `${unsigned}.`;
        const hash = alg === 'HS256' ? 'sha256' : 'sha512';
        return `${unsigned}.${createHmac(hash, key).update(unsigned).digest('base64url')}`;
      };
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: adminA.userId, typ: 'access', auth: now, iat: now, exp: now + 1800 };
      const code = async (token: string) =>
        (await app.graphql(ME, {}, { token })).errors?.[0].extensions.code;

      // Made the way Regie makes them, a token works: the refusals below are for what differs.
      expect((await app.graphql(ME, {}, { token: sign(claims) })).data!.me.id).toBe(adminA.userId);
      const { exp: _exp, ...forever } = claims;
      expect(await code(sign(forever))).toBe('UNAUTHENTICATED');
      expect(await code(sign({ ...claims, exp: now + 1801 }))).toBe('UNAUTHENTICATED');
      // Within 30 minutes of its issue, but past the 12 hours of its sign-in.
      expect(await code(sign({ ...claims, auth: now - 12 * 3600 }))).toBe('UNAUTHENTICATED');
      const { iat: _iat, ...undated } = claims;
      expect(await code(sign(undated))).toBe('UNAUTHENTICATED');
      expect(await code(sign(claims, 'none'))).toBe('UNAUTHENTICATED');
      expect(await code(sign(claims, 'HS512'))).toBe('UNAUTHENTICATED');
    });

    it('renews a sign-in for the same person, within the day it began, and never for an API token', async () => {
      const REFRESH = 'mutation { refreshAccessToken { accessToken expiresAt user { id } } }';
      const renewed = await app.graphql(REFRESH, {}, { token: adminA.token });
      const payload = renewed.data!.refreshAccessToken;
      expect(payload.user.id).toBe(adminA.userId);
      expect(Date.parse(payload.expiresAt)).toBeGreaterThan(Date.now() + 29 * 60 * 1000);
      // The new token works, and is A's: it reads A's members and not B's.
      const me = await app.graphql(ME, {}, { token: payload.accessToken });
      expect(me.data!.me.id).toBe(adminA.userId);
      const others = await app.graphql(MEMBERS, { id: boardB }, { token: payload.accessToken });
      expect(others.errors?.[0].extensions.code).toBe('FORBIDDEN');

      // A sign-in that began 12 hours ago is not renewed: the person signs in again.
      const tokens = app.running.app.get(AccessTokensService);
      const lateDay = await tokens.issue(
        adminA.userId,
        Math.floor(Date.now() / 1000) - 12 * 3600 + 30,
      );
      expect((await app.graphql(ME, {}, { token: lateDay.accessToken })).data!.me.id).toBe(
        adminA.userId,
      );
      const refused = await app.graphql(REFRESH, {}, { token: lateDay.accessToken });
      expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      // Renewals never stretch a token past the end of its sign-in's day.
      const evening = await tokens.issue(
        adminA.userId,
        Math.floor(Date.now() / 1000) - 12 * 3600 + 600,
      );
      expect(Date.parse(evening.expiresAt.toISOString())).toBeLessThanOrEqual(Date.now() + 600_000);

      expect((await app.graphql(REFRESH)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const apiToken = await app.graphql(
        'mutation ($o: ID!) { createApiToken(input: { organisationId: $o, name: "koppeling" }) { token } }',
        { o: boardA },
        { token: adminA.token },
      );
      const byApiToken = await app.graphql(
        REFRESH,
        {},
        { token: apiToken.data!.createApiToken.token },
      );
      expect(byApiToken.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('needs a sign-in for everything but signing in', async () => {
      const res = await app.graphql('{ organisations { totalCount } }');
      expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('invitations', () => {
    it('lets an admin invite, shows the token once, and lets a new person join with a name and password', async () => {
      const before = await auditCount('invitation.created');
      const invited = await app.graphql(
        INVITE,
        { organisationId: boardA, email: 'fg@a.example.nl', roles: ['PRIVACY_OFFICER'] },
        { token: adminA.token },
      );
      const { token, id } = invited.data!.inviteMember;
      expect(token).toMatch(/^regie_inv_/);
      expect(await auditCount('invitation.created')).toBe(before + 1);

      const listed = await app.graphql(
        'query ($id: ID!) { invitations(organisationId: $id) { id token } }',
        { id: boardA },
        { token: adminA.token },
      );
      expect(listed.data!.invitations).toContainEqual({ id, token: null });

      const accepted = await app.graphql(ACCEPT, {
        token,
        name: 'Fatima Guler',
        password: 'a long enough password',
      });
      expect(accepted.data!.acceptInvitation.user.email).toBe('fg@a.example.nl');
      const login = await app.graphql(LOGIN, {
        email: 'fg@a.example.nl',
        password: 'a long enough password',
      });
      expect(login.data!.login.user.memberships).toEqual([
        { roles: ['PRIVACY_OFFICER'], organisation: { id: boardA } },
      ]);

      const again = await app.graphql(ACCEPT, {
        token,
        name: 'Someone',
        password: 'a long enough password',
      });
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.token' }],
      });
    });

    it('refuses an expired or revoked invitation with a clear error', async () => {
      const expiring = await app.graphql(
        INVITE,
        { organisationId: boardA, email: 'late@a.example.nl', roles: ['VIEWER'] },
        { token: adminA.token },
      );
      await app.running.app
        .get(DataSource)
        .query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
          expiring.data!.inviteMember.id,
        ]);
      const late = await app.graphql(
        ACCEPT,
        {
          token: expiring.data!.inviteMember.token,
          name: 'Laat',
          password: 'a long enough password',
        },
        { headers: { 'accept-language': 'en' } },
      );
      expect(late.errors?.[0].extensions.fields).toEqual([
        { field: 'input.token', message: 'This invitation has expired; ask for a new one.' },
      ]);

      const revoking = await app.graphql(
        INVITE,
        { organisationId: boardA, email: 'gone@a.example.nl', roles: ['VIEWER'] },
        { token: adminA.token },
      );
      await app.graphql(
        'mutation ($id: ID!) { revokeInvitation(id: $id) { revokedAt } }',
        { id: revoking.data!.inviteMember.id },
        { token: adminA.token },
      );
      const revoked = await app.graphql(ACCEPT, {
        token: revoking.data!.inviteMember.token,
        name: 'Weg',
        password: 'a long enough password',
      });
      expect(revoked.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a role that does not fit the kind of organisation, naming the field', async () => {
      const res = await app.graphql(
        INVITE,
        { organisationId: boardA, email: 'x@a.example.nl', roles: ['VIEWER', 'NEGOTIATOR'] },
        { token: adminA.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.roles.1' }],
      });
    });
  });

  describe('another organisation', () => {
    it("cannot read or change board A's members, invitations or tokens", async () => {
      for (const [query, vars] of [
        [MEMBERS, { id: boardA }],
        ['query ($id: ID!) { invitations(organisationId: $id) { id } }', { id: boardA }],
        ['query ($id: ID!) { apiTokens(organisationId: $id) { id } }', { id: boardA }],
        [INVITE, { organisationId: boardA, email: 'intruder@b.example.nl', roles: ['ADMIN'] }],
        [
          'mutation ($o: ID!, $u: ID!) { removeMember(organisationId: $o, userId: $u) }',
          { o: boardA, u: adminA.userId },
        ],
        [
          'mutation ($o: ID!, $u: ID!) { setMemberRoles(input: { organisationId: $o, userId: $u, roles: [VIEWER] }) { roles } }',
          { o: boardA, u: adminA.userId },
        ],
        [
          'mutation ($o: ID!) { createApiToken(input: { organisationId: $o, name: "steal" }) { token } }',
          { o: boardA },
        ],
      ] as const) {
        const res = await app.graphql(query, vars, { token: adminB.token });
        expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
      const members = await app.graphql(MEMBERS, { id: boardA }, { token: adminA.token });
      expect(members.data!.members.find((m: any) => m.person.id === adminA.userId).roles).toEqual([
        'ADMIN',
      ]);
    });

    it('finds no invitation or token of board A to revoke', async () => {
      const invited = await app.graphql(
        INVITE,
        { organisationId: boardA, email: 'keep@a.example.nl', roles: ['VIEWER'] },
        { token: adminA.token },
      );
      const res = await app.graphql(
        'mutation ($id: ID!) { revokeInvitation(id: $id) { id } }',
        { id: invited.data!.inviteMember.id },
        { token: adminB.token },
      );
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('members', () => {
    it('never removes or demotes the last ADMIN', async () => {
      const demote = await app.graphql(
        'mutation ($o: ID!, $u: ID!) { setMemberRoles(input: { organisationId: $o, userId: $u, roles: [VIEWER] }) { roles } }',
        { o: boardB, u: adminB.userId },
        { token: adminB.token },
      );
      expect(demote.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
      const remove = await app.graphql(
        'mutation ($o: ID!, $u: ID!) { removeMember(organisationId: $o, userId: $u) }',
        { o: boardB, u: adminB.userId },
        { token: adminB.token },
      );
      expect(remove.errors?.[0].extensions.code).toBe('CONFLICT');
    });

    it('takes a change of roles and a removal into account on the very next request', async () => {
      const member = await signUp(app, { organisationId: boardA, roles: [Role.VIEWER] });
      const read = (query: string) => app.graphql(query, { id: boardA }, { token: member.token });
      const TOKENS = 'query ($id: ID!) { apiTokens(organisationId: $id) { id } }';
      expect((await read(MEMBERS)).errors).toBeUndefined();
      // The sign-in is kept: the next request reads no person or membership.
      const again = await statementsDuring(app, async () => {
        expect((await read(MEMBERS)).errors).toBeUndefined();
      });
      expect(again.filter((sql) => sql.includes('app_user u'))).toEqual([]);
      expect((await read(TOKENS)).errors?.[0].extensions.code).toBe('FORBIDDEN');

      const promote = await app.graphql(
        'mutation ($o: ID!, $u: ID!) { setMemberRoles(input: { organisationId: $o, userId: $u, roles: [ADMIN] }) { roles } }',
        { o: boardA, u: member.userId },
        { token: adminA.token },
      );
      expect(promote.errors).toBeUndefined();
      expect((await read(TOKENS)).errors).toBeUndefined();

      const remove = await app.graphql(
        'mutation ($o: ID!, $u: ID!) { removeMember(organisationId: $o, userId: $u) }',
        { o: boardA, u: member.userId },
        { token: adminA.token },
      );
      expect(remove.errors).toBeUndefined();
      expect((await read(MEMBERS)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('takes a change made straight in the database into account on the next request', async () => {
      const member = await signUp(app, { organisationId: boardA, roles: [Role.VIEWER] });
      const read = () => app.graphql(MEMBERS, { id: boardA }, { token: member.token });
      expect((await read()).errors).toBeUndefined();
      const db = app.running.app.get(DataSource);
      await db.query('DELETE FROM membership WHERE user_id = $1', [member.userId]);
      expect((await read()).errors?.[0].extensions.code).toBe('FORBIDDEN');
      await db.query('DELETE FROM app_user WHERE id = $1', [member.userId]);
      expect((await read()).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('shows other organisations only a Person: the type has no e-mail or memberships', async () => {
      const res = await app.graphql(
        '{ __type(name: "Person") { fields { name } } }',
        {},
        { token: adminB.token },
      );
      expect(res.data!.__type.fields.map((f: any) => f.name).sort()).toEqual(['id', 'name']);
    });
  });

  describe('API tokens', () => {
    it('reads with a new token, refuses every mutation, and stops at once when revoked', async () => {
      const created = await app.graphql(
        'mutation ($o: ID!) { createApiToken(input: { organisationId: $o, name: "Edu-V koppeling" }) { token apiToken { id } } }',
        { o: vendor },
        { token: platformAdmin.token },
      );
      const { token, apiToken } = created.data!.createApiToken;
      const read = await app.graphql(
        '{ organisations(kind: VENDOR) { totalCount } }',
        {},
        { token },
      );
      expect(read.data!.organisations.totalCount).toBe(1);
      const write = await app.graphql(
        'mutation { updateMe(input: { name: "x" }) { id } }',
        {},
        { token },
      );
      expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const update = await app.graphql(
        'mutation ($id: ID!) { updateOrganisation(id: $id, input: { name: "x" }) { id } }',
        { id: vendor },
        { token },
      );
      expect(update.errors?.[0].extensions.code).toBe('FORBIDDEN');

      const listed = await app.graphql(
        'query ($o: ID!) { apiTokens(organisationId: $o) { id lastUsedAt } }',
        { o: vendor },
        { token: platformAdmin.token },
      );
      expect(listed.data!.apiTokens[0].lastUsedAt).not.toBeNull();

      await app.graphql(
        'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
        { id: apiToken.id },
        { token: platformAdmin.token },
      );
      const after = await app.graphql('{ organisations { totalCount } }', {}, { token });
      expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('organisations', () => {
    it('lets only the platform admin create one, with identifiers checked', async () => {
      const create =
        'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind boardNumber } }';
      const byBoard = await app.graphql(
        create,
        { input: { kind: 'BOARD', name: 'Nieuw', boardNumber: '70001' } },
        { token: adminA.token },
      );
      expect(byBoard.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const bad = await app.graphql(
        create,
        { input: { kind: 'VENDOR', name: 'X', kvkNumber: '123', oin: '1', country: 'Nederland' } },
        { token: platformAdmin.token },
      );
      expect(bad.errors?.[0].extensions.fields!.map((f: any) => f.field).sort()).toEqual([
        'input.country',
        'input.kvkNumber',
        'input.oin',
      ]);
      const ok = await app.graphql(
        create,
        { input: { kind: 'BOARD', name: 'Nieuw bestuur', boardNumber: '70001' } },
        { token: platformAdmin.token },
      );
      expect(ok.data!.createOrganisation).toMatchObject({ kind: 'BOARD', boardNumber: '70001' });
      const twice = await app.graphql(
        create,
        { input: { kind: 'BOARD', name: 'Dubbel', boardNumber: '70001' } },
        { token: platformAdmin.token },
      );
      expect(twice.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.boardNumber' }],
      });
    });

    it("lets a board's ADMIN update its own profile and not another's", async () => {
      const mine = await app.graphql(
        'mutation ($id: ID!) { updateOrganisation(id: $id, input: { studentCount: 1234 }) { studentCount } }',
        { id: boardA },
        { token: adminA.token },
      );
      expect(mine.data!.updateOrganisation.studentCount).toBe(1234);
      const theirs = await app.graphql(
        'mutation ($id: ID!) { updateOrganisation(id: $id, input: { studentCount: 1 }) { studentCount } }',
        { id: boardB },
        { token: adminA.token },
      );
      expect(theirs.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
