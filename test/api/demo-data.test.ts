import { Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

/** Signs in as a viewer of an existing sector body, or of a new platform organisation. */
async function signIn(app: TestApp): Promise<void> {
  const ds = app.running.app.get(DataSource);
  const [existing] = await ds.query(
    `SELECT id FROM organisation WHERE kind = 'SECTOR_BODY' LIMIT 1`,
  );
  const organisationId: string =
    existing?.id ??
    (
      await ds.query(
        `INSERT INTO organisation (kind, name) VALUES ('SECTOR_BODY', 'Test') RETURNING id`,
      )
    )[0].id;
  app.useToken((await signUp(app, { organisationId, roles: [Role.VIEWER] })).token);
}

const COUNT = `{
  boards: organisations(kind: BOARD) { totalCount edges { node { sectors studentCount } } }
  vendors: organisations(kind: VENDOR) { totalCount }
  sectorBodies: organisations(kind: SECTOR_BODY) { totalCount }
  platform: organisations(kind: PLATFORM) { totalCount }
}`;

describe('demo data', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('is loaded into a new database: three boards of different sectors and sizes, four vendors, a sector body, the platform', async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '1' } });
    // Sixteen more boards without accounts assess their maturity (demo-board-maturity.ts); the
    // supervisor is one more.
    expect(app.running.demo).toMatchObject({ organisations: 9 + 16 + 1, products: 7 });
    await signIn(app);
    const res: any = await app.graphql(COUNT);
    expect(res.data.vendors.totalCount).toBe(4);
    expect(res.data.sectorBodies.totalCount).toBe(1);
    expect(res.data.platform.totalCount).toBe(1);
    expect(res.data.boards.totalCount).toBe(3 + 16);
    const boards = res.data.boards.edges
      .map((e: any) => e.node)
      .filter((b: any) => [5200, 8900, 640].includes(b.studentCount));
    expect(boards).toHaveLength(3);
    expect(new Set(boards.map((b: any) => b.sectors.join()))).toHaveProperty('size', 3);
    expect(new Set(boards.map((b: any) => b.studentCount))).toHaveProperty('size', 3);
  });

  it('is not loaded with REGIE_DEMO=0', async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '0' } });
    expect(app.running.demo).toBeUndefined();
    await signIn(app);
    const res: any = await app.graphql(COUNT);
    expect(res.data.vendors.totalCount).toBe(0);
  });

  it('is not loaded into a database that existed before', async () => {
    app = await startTestApp({ env: { REGIE_DEMO: '1' } });
    expect(app.running.demo).toBeUndefined();
    await signIn(app);
    const res: any = await app.graphql(COUNT);
    expect(res.data.vendors.totalCount).toBe(0);
  });

  it('has an account for every role of every organisation, each able to sign in', async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '1' } });
    const accounts = app.running.demo!.accounts;
    // Boards 6 roles × 3, vendors 4 × 4, the sector body 5, the platform 1, the supervisor 3.
    expect(accounts).toHaveLength(18 + 16 + 5 + 1 + 3);
    expect(accounts.map((a) => a.email)).toContain('inspecteur@inspectie.example.nl');
    const fg = accounts.find((a) => a.email === 'fg@rivierenland.example.nl')!;
    const res: any = await app.graphql(
      'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { user { memberships { roles organisation { name } } } } }',
      { e: fg.email, p: app.running.demo!.password },
    );
    expect(res.data.login.user.memberships).toEqual([
      {
        roles: ['PRIVACY_OFFICER'],
        organisation: { name: 'Stichting Openbaar Primair Onderwijs Rivierenland' },
      },
    ]);
  });

  it('gives every demo product a published leaflet, one product two versions and a draft, and flags a transfer without safeguards', async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '1' } });
    const login = async (email: string) => {
      const res: any = await app!.graphql(
        'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
        { e: email, p: app!.running.demo!.password },
      );
      return res.data.login.accessToken as string;
    };
    const PAGE = `{ vendors(first: 10) { edges { node { name products {
      name
      currentLeaflet { version dataOutsideEea transferWithoutSafeguards usesPersonalNumbers
        subprocessors { country transferMechanism transferWithoutSafeguards } }
      leaflets { version status }
    } } } } }`;
    const products = async (token: string) => {
      const res: any = await app!.graphql(PAGE, {}, { token });
      expect(res.errors).toBeUndefined();
      return res.data.vendors.edges.flatMap((e: any) => e.node.products);
    };
    const fg = await products(await login('fg@rivierenland.example.nl'));
    expect(fg).toHaveLength(7);
    for (const p of fg) expect(p.currentLeaflet).not.toBeNull();
    const lvs = fg.find((p: any) => p.name === 'Kompas Leerlingvolgsysteem');
    expect(lvs.leaflets).toEqual([
      { version: 2, status: 'PUBLISHED' },
      { version: 1, status: 'PUBLISHED' },
    ]);
    expect(lvs.currentLeaflet).toMatchObject({ version: 2, usesPersonalNumbers: true });
    const subprocessors = fg.flatMap((p: any) => p.currentLeaflet.subprocessors);
    expect(subprocessors).toContainEqual({
      country: 'US',
      transferMechanism: 'STANDARD_CONTRACTUAL_CLAUSES',
      transferWithoutSafeguards: false,
    });
    expect(subprocessors).toContainEqual(
      expect.objectContaining({ transferMechanism: 'NONE', transferWithoutSafeguards: true }),
    );
    expect(fg.filter((p: any) => p.currentLeaflet.transferWithoutSafeguards)).toHaveLength(1);

    const own = await products(await login('lezer@schoolkompas.example.nl'));
    expect(own.find((p: any) => p.name === 'Kompas Leerlingvolgsysteem').leaflets).toEqual([
      { version: 3, status: 'DRAFT' },
      { version: 2, status: 'PUBLISHED' },
      { version: 1, status: 'PUBLISHED' },
    ]);
  });

  it('creates the bootstrap platform admin of the environment, once', async () => {
    const env = {
      REGIE_BOOTSTRAP_ADMIN_EMAIL: 'Ops@Example.nl',
      REGIE_BOOTSTRAP_ADMIN_PASSWORD: 'a strong operator passphrase',
    };
    app = await startTestApp({ env });
    const res: any = await app.graphql(
      'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { user { email memberships { roles } } } }',
      { e: 'ops@example.nl', p: env.REGIE_BOOTSTRAP_ADMIN_PASSWORD },
    );
    expect(res.data.login.user).toEqual({
      email: 'ops@example.nl',
      memberships: [{ roles: ['PLATFORM_ADMIN'] }],
    });
  });
});
