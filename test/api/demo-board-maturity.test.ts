/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely in tests */
// The demo's standard for boards (apps/api/src/demo/demo-board-maturity.ts): the sector
// body's norms for information security and privacy as a published BOARD standard, and
// the boards' own submitted assessments, enough for a sector overview above the
// small-count rule; the demo's accounts see their own board's assessments only.
import { Sector } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { startTestApp, type TestApp, DEMO_START_MS } from '../support/test-app';

const ASSESSMENT = `id status submittedAt minimumMet targetMet requirementTotal
  answers { requirement { code } level plannedLevel plannedBy }`;

describe('demo board maturity', () => {
  let app: TestApp;
  let ds: DataSource;
  const tokenOf = async (email: string) => {
    const [user] = await ds.query('SELECT id FROM app_user WHERE email = $1', [email]);
    return (await app.running.app.get(AccessTokensService).issue(user.id)).accessToken;
  };
  const boardId = async (boardNumber: string) =>
    (await ds.query('SELECT id FROM organisation WHERE board_number = $1', [boardNumber]))[0]
      .id as string;

  beforeAll(async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '1' } });
    ds = app.running.app.get(DataSource);
  }, DEMO_START_MS);
  afterAll(() => app.close());

  it('publishes the norms as a BOARD standard: twelve requirements, minimum 3, a line to 4 on five', async () => {
    const res: any = await app.graphql(
      `{ minimumStandards { name subject status sectorBody { name }
          requirements { code title minimumLevel targetLevel targetDate } } }`,
      {},
      { token: await tokenOf('fg@horizon.example.nl') },
    );
    const board = res.data.minimumStandards.filter((s: any) => s.subject === 'BOARD');
    expect(board).toHaveLength(1);
    const [standard] = board;
    expect(standard).toMatchObject({
      status: 'PUBLISHED',
      sectorBody: { name: 'Coöperatie Samen Digitaal Onderwijs' },
    });
    expect(standard.requirements).toHaveLength(12);
    expect(standard.requirements.every((r: any) => r.minimumLevel === 3)).toBe(true);
    const lines = standard.requirements.filter((r: any) => r.targetLevel !== null);
    expect(lines.map((r: any) => [r.targetLevel, r.targetDate])).toEqual(
      Array(5).fill([4, '2028-09-01']),
    );
    // The product standard stays a product standard.
    expect(res.data.minimumStandards.some((s: any) => s.subject === 'PRODUCT')).toBe(true);
  });

  it('has submitted assessments of at least ten boards in PO and in VO, with varied levels', async () => {
    const rows: { sectors: string; levels: string[] }[] = await ds.query(
      `SELECT o.sectors::text AS sectors, array_agg(DISTINCT (x->>'level')) AS levels
         FROM board_assessment a JOIN organisation o ON o.id = a.board_id,
              jsonb_array_elements(a.answers) x
        WHERE a.status = 'SUBMITTED' GROUP BY a.board_id, o.sectors`,
    );
    const inSector = (s: Sector) => rows.filter((r) => r.sectors.includes(s)).length;
    expect(rows.length).toBeGreaterThanOrEqual(16);
    expect(inSector(Sector.PO)).toBeGreaterThanOrEqual(10);
    expect(inSector(Sector.VO)).toBeGreaterThanOrEqual(8);
    const levels = new Set(rows.flatMap((r) => r.levels));
    expect([...levels].sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it("shows Rivierenland's FG its own two assessments, newest first, with plans", async () => {
    const token = await tokenOf('fg@rivierenland.example.nl');
    const res: any = await app.graphql(
      `query ($boardId: ID!) { boardAssessments(boardId: $boardId) { ${ASSESSMENT} } }`,
      { boardId: await boardId('41001') },
      { token },
    );
    const [newest, older] = res.data.boardAssessments;
    expect(res.data.boardAssessments).toHaveLength(2);
    expect(newest.submittedAt > older.submittedAt).toBe(true);
    expect(newest).toMatchObject({ status: 'SUBMITTED', requirementTotal: 12 });
    expect(newest.minimumMet).toBeGreaterThan(older.minimumMet);
    expect(newest.minimumMet).toBeLessThan(12);
    const planned = newest.answers.filter((a: any) => a.plannedLevel !== null);
    expect(planned.length).toBeGreaterThan(0);
    for (const a of planned) expect(a.plannedLevel).toBeGreaterThan(a.level);
    // Another board's FG is refused them.
    const other: any = await app.graphql(
      `query ($boardId: ID!) { boardAssessments(boardId: $boardId) { id } }`,
      { boardId: await boardId('41001') },
      { token: await tokenOf('fg@zuidwest.example.nl') },
    );
    expect(other.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('leaves De Horizon without an assessment, for its FG to make', async () => {
    const res: any = await app.graphql(
      `query ($boardId: ID!) { boardAssessments(boardId: $boardId) { id } }`,
      { boardId: await boardId('41003') },
      { token: await tokenOf('fg@horizon.example.nl') },
    );
    expect(res.data.boardAssessments).toEqual([]);
  });
});
