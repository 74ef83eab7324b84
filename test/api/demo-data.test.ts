import { startTestApp, type TestApp } from '../support/test-app';

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
    expect(app.running.demo).toMatchObject({ organisations: 9, products: 7 });
    const res: any = await app.graphql(COUNT);
    expect(res.data.vendors.totalCount).toBe(4);
    expect(res.data.sectorBodies.totalCount).toBe(1);
    expect(res.data.platform.totalCount).toBe(1);
    const boards = res.data.boards.edges.map((e: any) => e.node);
    expect(boards).toHaveLength(3);
    expect(new Set(boards.map((b: any) => b.sectors.join()))).toHaveProperty('size', 3);
    expect(new Set(boards.map((b: any) => b.studentCount))).toHaveProperty('size', 3);
  });

  it('is not loaded with REGIE_DEMO=0', async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '0' } });
    expect(app.running.demo).toBeUndefined();
    const res: any = await app.graphql(COUNT);
    expect(res.data.vendors.totalCount).toBe(0);
  });

  it('is not loaded into a database that existed before', async () => {
    app = await startTestApp({ env: { REGIE_DEMO: '1' } });
    expect(app.running.demo).toBeUndefined();
    const res: any = await app.graphql(COUNT);
    expect(res.data.vendors.totalCount).toBe(0);
  });
});
