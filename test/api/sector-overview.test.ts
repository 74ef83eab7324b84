// sectorOverview (issue #16 item 4) and its CSV/XLSX: exact figures on a small sector, for a
// product standard and a board standard, with and without a sector; a sector of fewer than 10
// boards refused; who may ask; a draft standard is no standard.
import {
  addDays,
  AgreementStatus,
  amsterdamDate,
  AssessmentStatus,
  AttestationType,
  ComplianceAnswer,
  OrganisationKind,
  Role,
  Sector,
} from '@regie/domain';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import ExcelJS from 'exceljs';
import { seedAgreement, seedAttestation } from '../support/agreements-seed';
import { issueApiToken } from '../support/api-tokens';
import { createOrganisation, signUp } from '../support/identity';
import { must, publishedStandard } from '../support/procurement';
import { seedVendor } from '../support/products';
import {
  download,
  OVERVIEW,
  seedBoardAssessment,
  seedBoardStandard,
  seedProductAssessment,
} from '../support/sector-overview';
import { startTestApp, type TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely
type Loose = Record<string, any>;

const { MEETS, PARTIAL, DOES_NOT_MEET } = ComplianceAnswer;

let app: TestApp;
let negotiator: string;
let sectorBody: string;
let people: Record<string, string>;
let productStandard: Loose;
let draftStandard: string;
let boardStandard: Awaited<ReturnType<typeof seedBoardStandard>>;
const P: Record<string, string> = {};
const today = amsterdamDate();

beforeAll(async () => {
  app = await startTestApp();
  sectorBody = await createOrganisation(app, {
    kind: OrganisationKind.SECTOR_BODY,
    name: 'Sectorraad',
  });
  negotiator = (await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] })).token;

  // Twelve primary boards and three secondary ones.
  const po: string[] = [];
  const vo: string[] = [];
  for (let i = 1; i <= 12; i++)
    po.push(
      await createOrganisation(app, {
        kind: OrganisationKind.BOARD,
        name: `Bestuur PO ${i}`,
        sectors: [Sector.PO],
      }),
    );
  for (let i = 1; i <= 3; i++)
    vo.push(
      await createOrganisation(app, {
        kind: OrganisationKind.BOARD,
        name: `Bestuur VO ${i}`,
        sectors: [Sector.VO],
      }),
    );
  const supervisor = await createOrganisation(app, {
    kind: OrganisationKind.SUPERVISOR,
    name: 'Inspectie',
  });
  const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
  const x = await seedVendor(app, { name: 'Leverancier X', products: 4 });
  const y = await seedVendor(app, { name: 'Leverancier Y', products: 1, productName: 'Y-Toets' });
  [P.p1, P.p2, P.p3, P.p4] = x.products.map((p) => p.id);
  P.p5 = y.products[0].id;
  const person = async (organisationId: string, role: Role) =>
    (await signUp(app, { organisationId, roles: [role] })).token;
  people = {
    boardViewer: await person(po[0], Role.VIEWER),
    boardFg: await person(po[0], Role.PRIVACY_OFFICER),
    boardToken: await issueApiToken(app, po[0]),
    sectorCert: await person(sectorBody, Role.CERT),
    sectorViewer: await person(sectorBody, Role.VIEWER),
    inspector: await person(supervisor, Role.INSPECTOR),
    supervisorViewer: await person(supervisor, Role.VIEWER),
    supervisorAdmin: await person(supervisor, Role.ADMIN),
    supervisorToken: await issueApiToken(app, supervisor),
    vendorEditor: await person(x.vendorId, Role.VENDOR_EDITOR),
    vendorAdmin: await person(x.vendorId, Role.ADMIN),
    vendorToken: await issueApiToken(app, x.vendorId),
    platformAdmin: await person(platform, Role.PLATFORM_ADMIN),
  };

  // The product standard: ISO (mandatory, ISO 27001 as evidence), EER (mandatory), TOE.
  productStandard = await publishedStandard(app, negotiator, sectorBody);
  const [iso, eer, toe] = productStandard.requirements.map((r: Loose) => r.id as string);
  draftStandard = must(
    await app.graphql(
      `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { id } }`,
      {
        input: {
          sectorBodyId: sectorBody,
          name: 'Concept',
          version: '0.1',
          requirements: [{ code: 'A', title: 'A', description: 'A', mandatory: true }],
        },
      },
      { token: negotiator },
    ),
    'createMinimumStandard',
  ).id;
  const validIso = await seedAttestation(app, {
    vendorId: x.vendorId,
    productIds: [P.p1],
    type: AttestationType.ISO27001,
    validUntil: addDays(today, 200),
  });
  const expiredIso = await seedAttestation(app, {
    vendorId: x.vendorId,
    productIds: [P.p3],
    type: AttestationType.ISO27001,
    validUntil: addDays(today, -1),
  });
  const yIso = await seedAttestation(app, {
    vendorId: y.vendorId,
    productIds: [P.p5],
    type: AttestationType.ISO27001,
    validUntil: addDays(today, 30),
  });
  const assess = (
    productId: string,
    vendorId: string,
    answers: [ComplianceAnswer, string[]][],
    extra: { status?: AssessmentStatus; daysAgo?: number } = {},
  ) =>
    seedProductAssessment(app, {
      productId,
      vendorId,
      standardId: productStandard.id,
      answers: Object.fromEntries(
        [iso, eer, toe].map((id, i) => [id, { answer: answers[i][0], evidenceIds: answers[i][1] }]),
      ),
      ...extra,
    });
  // p1 meets every mandatory requirement; a newer draft does not count.
  await assess(P.p1, x.vendorId, [
    [MEETS, [validIso]],
    [MEETS, []],
    [DOES_NOT_MEET, []],
  ]);
  await assess(
    P.p1,
    x.vendorId,
    [
      [DOES_NOT_MEET, []],
      [DOES_NOT_MEET, []],
      [DOES_NOT_MEET, []],
    ],
    { status: AssessmentStatus.DRAFT },
  );
  // p2 met them once, but its newest assessment is PARTIAL on EER.
  await assess(
    P.p2,
    x.vendorId,
    [
      [MEETS, [validIso]],
      [MEETS, []],
      [MEETS, []],
    ],
    { daysAgo: 10 },
  );
  await assess(P.p2, x.vendorId, [
    [MEETS, [validIso]],
    [PARTIAL, []],
    [MEETS, []],
  ]);
  // p3's evidence expired yesterday; p5 meets them and no board uses it; p4 is not assessed.
  await assess(
    P.p3,
    x.vendorId,
    [
      [MEETS, [expiredIso]],
      [MEETS, []],
      [MEETS, []],
    ],
    { status: AssessmentStatus.REVIEWED },
  );
  await assess(P.p5, y.vendorId, [
    [MEETS, [yIso]],
    [MEETS, []],
    [MEETS, []],
  ]);

  const agree = (board: string, productIds: string[], extra: Loose = {}) =>
    seedAgreement(app, { boardId: board, vendorId: x.vendorId, productIds, ...extra });
  for (const b of po.slice(0, 5)) await agree(b, [P.p1]);
  await agree(po[5], [P.p1, P.p4]);
  for (const b of po.slice(0, 2)) await agree(b, [P.p2]);
  for (const b of [...po.slice(0, 8), ...vo]) await agree(b, [P.p4]);
  await agree(po[6], [P.p3]);
  // Not in force: expired yesterday, still a draft.
  await agree(po[8], [P.p1], { validUntil: addDays(today, -1), activatedDaysAgo: 400 });
  await agree(po[9], [P.p1], { status: AgreementStatus.DRAFT });

  // The board standard: R1 minimum 3, target 4; R2 minimum 3, no development line; R3 2 → 3.
  boardStandard = await seedBoardStandard(app, sectorBody, [
    { minimumLevel: 3, targetLevel: 4, targetDate: '2028-08-01' },
    { minimumLevel: 3 },
    { minimumLevel: 2, targetLevel: 3 },
  ]);
  const [r1, r2, r3] = boardStandard.requirements.map((r) => r.id);
  const levels = {
    r1: [3, 3, 3, 4, 4, 4, 5, 5, 5, 5],
    r2: [1, 1, 1, 3, 3, 3, 3, 5, 5, 5],
    r3: [2, 2, 2, 2, 3, 3, 3, 4, 4, 4],
  };
  for (let i = 0; i < 10; i++)
    await seedBoardAssessment(app, {
      boardId: po[i],
      standardId: boardStandard.id,
      levels: { [r1]: levels.r1[i], [r2]: levels.r2[i], [r3]: levels.r3[i] },
    });
  // An older submitted assessment and a newer draft do not count.
  await seedBoardAssessment(app, {
    boardId: po[0],
    standardId: boardStandard.id,
    levels: { [r1]: 1, [r2]: 1, [r3]: 1 },
    daysAgo: 30,
  });
  await seedBoardAssessment(app, {
    boardId: po[1],
    standardId: boardStandard.id,
    levels: { [r1]: 1, [r2]: 1, [r3]: 1 },
    status: AssessmentStatus.DRAFT,
  });
  await seedBoardAssessment(app, {
    boardId: po[11],
    standardId: boardStandard.id,
    levels: { [r1]: 1, [r2]: 1, [r3]: 1 },
    status: AssessmentStatus.DRAFT,
  });
  for (const b of vo)
    await seedBoardAssessment(app, {
      boardId: b,
      standardId: boardStandard.id,
      levels: { [r1]: 5, [r2]: 3, [r3]: 3 },
    });
}, 120_000);

afterAll(() => app?.close());

async function overview(token: string, standardId: string, sector: Sector | null = null) {
  return app.graphql(OVERVIEW, { standardId, sector }, { token });
}

/** The product rows by product id, without the nested objects. */
function productFigures(o: Loose) {
  return Object.fromEntries(
    o.products.map((p: Loose) => [
      Object.entries(P).find(([, id]) => id === p.product.id)![0],
      { compliant: p.compliant, boards: p.boardsInForce, assessed: p.assessment !== null },
    ]),
  );
}

describe('a product standard', () => {
  it('lists every assessed or used product with its result and the boards in force, small counts withheld', async () => {
    const res = await overview(people.boardFg, productStandard.id);
    expect(res.errors).toBeUndefined();
    const o = res.data!.sectorOverview;
    expect(o.standard).toEqual({
      id: productStandard.id,
      name: 'Minimale standaard leerplatforms',
    });
    expect(o.sector).toBeNull();
    expect(productFigures(o)).toEqual({
      p1: { compliant: true, boards: 6, assessed: true },
      p2: { compliant: false, boards: null, assessed: true },
      p3: { compliant: false, boards: null, assessed: true },
      p4: { compliant: false, boards: 11, assessed: false },
      p5: { compliant: true, boards: 0, assessed: true },
    });
    // Ordered by vendor and product name.
    expect(o.products.map((p: Loose) => p.product.name)).toEqual([
      'Product 1',
      'Product 2',
      'Product 3',
      'Product 4',
      'Y-Toets',
    ]);
    expect(o.products.map((p: Loose) => p.product.vendor.name)).toEqual([
      ...Array(4).fill('Leverancier X'),
      'Leverancier Y',
    ]);
    const p1 = o.products[0];
    expect(p1.assessment).toMatchObject({
      status: 'SUBMITTED',
      mandatoryMet: 2,
      mandatoryTotal: 2,
    });
    expect(p1.validAttestationTypes).toEqual(['ISO27001']);
    // p3's only attestation has expired.
    expect(o.products[2].validAttestationTypes).toEqual([]);
    // 20 agreements in force (the expired and the draft one are not); 6 rest on p1 or p5.
    expect(o.agreementsInForce).toBe(20);
    expect(o.agreementsOnCompliantProducts).toBe(6);
    expect(o.boardsAssessed).toBeNull();
    expect(o.boardsAtMinimum).toBeNull();
    expect(o.requirements).toEqual([]);
    expect(Date.parse(o.generatedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('narrows the boards to one sector', async () => {
    const o = must(
      await overview(people.inspector, productStandard.id, Sector.PO),
      'sectorOverview',
    );
    expect(o.sector).toBe('PO');
    expect(productFigures(o)).toEqual({
      p1: { compliant: true, boards: 6, assessed: true },
      p2: { compliant: false, boards: null, assessed: true },
      p3: { compliant: false, boards: null, assessed: true },
      p4: { compliant: false, boards: 8, assessed: false },
      p5: { compliant: true, boards: 0, assessed: true },
    });
    expect(o.agreementsInForce).toBe(17);
    expect(o.agreementsOnCompliantProducts).toBe(6);
  });
});

describe('a board standard', () => {
  it('spreads the boards over the levels per requirement, with the minimum and the target', async () => {
    const o = must(await overview(people.sectorCert, boardStandard.id), 'sectorOverview');
    expect(o.products).toEqual([]);
    expect(o.agreementsInForce).toBeNull();
    expect(o.agreementsOnCompliantProducts).toBeNull();
    // 13 boards: 10 primary and 3 secondary; three primary ones are below R2's minimum.
    expect(o.boardsAssessed).toBe(13);
    expect(o.boardsAtMinimum).toBe(10);
    expect(o.requirements.map((r: Loose) => ({ ...r, requirement: r.requirement.code }))).toEqual([
      {
        requirement: 'N001',
        boardsAssessed: 13,
        boardsAtMinimum: 13,
        boardsAtTarget: 10,
        levelCounts: [0, 0, 3, 3, 7],
      },
      {
        requirement: 'N002',
        boardsAssessed: 13,
        boardsAtMinimum: 10,
        boardsAtTarget: null,
        levelCounts: [3, 0, 7, 0, 3],
      },
      {
        requirement: 'N003',
        boardsAssessed: 13,
        boardsAtMinimum: 13,
        boardsAtTarget: 9,
        levelCounts: [0, 4, 6, 3, 0],
      },
    ]);
  });

  it('narrows the boards to one sector', async () => {
    const o = must(
      await overview(people.platformAdmin, boardStandard.id, Sector.PO),
      'sectorOverview',
    );
    expect(o.boardsAssessed).toBe(10);
    expect(o.boardsAtMinimum).toBe(7);
    expect(
      o.requirements.map((r: Loose) => [
        r.boardsAssessed,
        r.boardsAtMinimum,
        r.boardsAtTarget,
        r.levelCounts,
      ]),
    ).toEqual([
      [10, 10, 7, [0, 0, 3, 3, 4]],
      [10, 7, null, [3, 0, 4, 0, 3]],
      [10, 10, 6, [0, 4, 3, 3, 0]],
    ]);
  });
});

describe('refusals', () => {
  it('refuses a sector with fewer than 10 boards, naming sector', async () => {
    for (const [sector, lang, text] of [
      [Sector.VO, 'nl', /minder dan 10 besturen/],
      [Sector.HO, 'en', /fewer than 10 boards/],
    ] as const) {
      const res = await app.graphql(
        OVERVIEW,
        { standardId: boardStandard.id, sector },
        { token: people.inspector, headers: { 'accept-language': lang } },
      );
      expect(res.data?.sectorOverview ?? null).toBeNull();
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields).toEqual([
        { field: 'sector', message: expect.stringMatching(text) },
      ]);
    }
  });

  it('answers null for a draft standard, for its own sector body too, and for an unknown one', async () => {
    for (const token of [negotiator, people.platformAdmin, people.inspector, people.boardFg]) {
      for (const id of [draftStandard, '00000000-0000-4000-8000-000000000000', 'nope']) {
        const res = await overview(token, id);
        expect(res.errors).toBeUndefined();
        expect(res.data!.sectorOverview).toBeNull();
      }
    }
    const file = await download(app, `/api/standards/${draftStandard}/overview.csv`, negotiator);
    expect(file.status).toBe(404);
  });

  it('lets members of boards and sector bodies, inspectors and the platform admin ask, and no one else', async () => {
    for (const who of [
      'boardViewer',
      'boardFg',
      'boardToken',
      'sectorCert',
      'sectorViewer',
      'inspector',
      'platformAdmin',
    ]) {
      const res = await overview(people[who], productStandard.id);
      expect([who, res.errors]).toEqual([who, undefined]);
      expect(res.data!.sectorOverview.agreementsInForce).toBe(20);
      const csv = await download(
        app,
        `/api/standards/${productStandard.id}/overview.csv`,
        people[who],
      );
      expect([who, csv.status]).toEqual([who, 200]);
    }
    for (const who of [
      'supervisorViewer',
      'supervisorAdmin',
      'supervisorToken',
      'vendorEditor',
      'vendorAdmin',
      'vendorToken',
    ]) {
      const res = await overview(people[who], productStandard.id);
      expect([who, res.errors?.[0].extensions.code]).toEqual([who, 'FORBIDDEN']);
      expect(res.data?.sectorOverview ?? null).toBeNull();
      const csv = await download(
        app,
        `/api/standards/${productStandard.id}/overview.csv`,
        people[who],
      );
      expect([who, csv.status]).toEqual([who, 403]);
    }
    const anonymous = await app.graphql(OVERVIEW, { standardId: productStandard.id });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download(app, `/api/standards/${productStandard.id}/overview.csv`)).status).toBe(
      401,
    );
  });
});

describe('the files', () => {
  const rows = async (path: string, token: string, lang: 'nl' | 'en' = 'nl') => {
    const res = await download(app, path, token, lang);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return {
      res,
      rows: parse(bytes.toString('utf8').slice(1), { delimiter: ';' }) as string[][],
    };
  };

  it('writes the product overview as CSV, with withheld counts in words', async () => {
    const { res, rows: csv } = await rows(
      `/api/standards/${productStandard.id}/overview.csv?sector=PO`,
      people.inspector,
    );
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="sectorbeeld-po-${today}.csv"`,
    );
    expect(csv[0]).toEqual([
      'Leverancier',
      'Product',
      'Beoordeling ingediend op',
      'Voldoet aan alle verplichte eisen',
      'Besturen met een overeenkomst van kracht',
      'Overeenkomsten van kracht',
      'Overeenkomsten op producten die voldoen',
      'Geldige attesten',
    ]);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      ['Totaal', '', '', '', '17', '6', ''],
      ['Leverancier X', 'Product 1', 'ja', '6', '', '', 'ISO/IEC 27001'],
      ['Leverancier X', 'Product 2', 'nee', 'afgeschermd', '', '', ''],
      ['Leverancier X', 'Product 3', 'nee', 'afgeschermd', '', '', ''],
      ['Leverancier X', 'Product 4', 'niet beoordeeld', '8', '', '', ''],
      ['Leverancier Y', 'Y-Toets', 'ja', '0', '', '', 'ISO/IEC 27001'],
    ]);
    expect(csv[1][2]).toBe('');
    expect(csv[2][2]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('writes the board overview as CSV and XLSX, in English when asked', async () => {
    const { rows: csv } = await rows(
      `/api/standards/${boardStandard.id}/overview.csv`,
      people.boardViewer,
      'en',
    );
    expect(csv).toEqual([
      [
        'Code',
        'Requirement',
        'Minimum level',
        'Target level',
        'Target date',
        'Boards assessed',
        'Boards at or above the minimum',
        'Boards at or above the target',
        'Level 1',
        'Level 2',
        'Level 3',
        'Level 4',
        'Level 5',
      ],
      ['Every requirement', '', '', '', '', '13', '10', '', '', '', '', '', ''],
      ['N001', 'Norm 1', '3', '4', '2028-08-01', '13', '13', '10', '0', '0', '3', '3', '7'],
      ['N002', 'Norm 2', '3', '', '', '13', '10', '', '3', '0', '7', '0', '3'],
      ['N003', 'Norm 3', '2', '3', '2028-08-01', '13', '13', '9', '0', '4', '6', '3', '0'],
    ]);
    const res = await download(
      app,
      `/api/standards/${boardStandard.id}/overview.xlsx?sector=PO`,
      people.sectorViewer,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="sectorbeeld-po-${today}.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sectorbeeld')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Alle eisen', ...Array(4), 10, 7]);
    expect((sheet.getRow(3).values as unknown[]).slice(6)).toEqual([10, 10, 7, 0, 0, 3, 3, 4]);
  });

  it('refuses an unknown sector and a small one', async () => {
    const path = `/api/standards/${boardStandard.id}/overview.csv`;
    expect((await download(app, `${path}?sector=XX`, people.inspector)).status).toBe(400);
    const small = await download(app, `${path}?sector=VO`, people.inspector, 'en');
    expect(small.status).toBe(400);
    expect(await small.json()).toEqual({
      status: 400,
      statusMessage: 'This sector has fewer than 10 boards: choose all boards or another sector.',
    });
  });
});

describe('the stored summary', () => {
  let stored: TestApp;
  beforeAll(async () => {
    stored = await startTestApp({ env: { REGIE_SECTOR_OVERVIEW_REFRESH_SECONDS: '300' } });
  });
  afterAll(() => stored?.close());

  /** A sector body's published product standard, and a reader of its overviews. */
  async function standardAndReader() {
    const body = await createOrganisation(stored, { kind: OrganisationKind.SECTOR_BODY });
    const maker = (await signUp(stored, { organisationId: body, roles: [Role.NEGOTIATOR] })).token;
    const reader = (await signUp(stored, { organisationId: body, roles: [Role.VIEWER] })).token;
    return { standard: await publishedStandard(stored, maker, body), reader };
  }

  it('answers from the summary until it is older than the setting, then computes it again', async () => {
    const { standard, reader } = await standardAndReader();
    const vendor = await seedVendor(stored, { products: 1 });
    const boards: string[] = [];
    for (let i = 0; i < 4; i++)
      boards.push(await createOrganisation(stored, { kind: OrganisationKind.BOARD }));
    for (const board of boards.slice(0, 3))
      await seedAgreement(stored, {
        boardId: board,
        vendorId: vendor.vendorId,
        productIds: [vendor.products[0].id],
      });
    const read = async () =>
      must(
        await stored.graphql(OVERVIEW, { standardId: standard.id }, { token: reader }),
        'sectorOverview',
      );
    const first = await read();
    expect(first.products[0].boardsInForce).toBe(3);
    await seedAgreement(stored, {
      boardId: boards[3],
      vendorId: vendor.vendorId,
      productIds: [vendor.products[0].id],
    });
    // Within the setting: the summary as it was, and when it was made.
    const second = await read();
    expect(second.products[0].boardsInForce).toBe(3);
    expect(second.generatedAt).toBe(first.generatedAt);
    // Older than the setting: answered as it was once more, and made again meanwhile.
    await stored.running.app.get(DataSource).query(
      `UPDATE sector_overview_summary SET generated_at = now() - interval '10 minutes'
            WHERE standard_id = $1`,
      [standard.id],
    );
    const stale = await read();
    expect(stale.products[0].boardsInForce).toBe(3);
    let fresh = stale;
    for (let i = 0; i < 50 && fresh.products[0].boardsInForce === 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await read();
    }
    expect(fresh.products[0].boardsInForce).toBe(4);
    expect(Date.parse(fresh.generatedAt)).toBeGreaterThan(Date.parse(first.generatedAt));
  });

  it("shows an assessment's mandatoryMet as the summary judged it, in step with compliant", async () => {
    const { standard, reader } = await standardAndReader();
    const [iso, eer, toe] = standard.requirements.map((r: Loose) => r.id as string);
    const vendor = await seedVendor(stored, { name: 'Leverancier Z', products: 1 });
    const productId = vendor.products[0].id;
    const attestation = await seedAttestation(stored, {
      vendorId: vendor.vendorId,
      productIds: [productId],
      type: AttestationType.ISO27001,
      validUntil: addDays(today, 10),
    });
    const assessmentId = await seedProductAssessment(stored, {
      productId,
      vendorId: vendor.vendorId,
      standardId: standard.id,
      answers: {
        [iso]: { answer: MEETS, evidenceIds: [attestation] },
        [eer]: { answer: MEETS },
        [toe]: { answer: DOES_NOT_MEET },
      },
    });
    const read = async () =>
      must(
        await stored.graphql(OVERVIEW, { standardId: standard.id }, { token: reader }),
        'sectorOverview',
      ).products.find((p: Loose) => p.product.id === productId);
    const first = await read();
    expect(first).toMatchObject({
      product: { vendor: { name: 'Leverancier Z' } },
      compliant: true,
      assessment: { id: assessmentId, mandatoryMet: 2, mandatoryTotal: 2 },
    });
    // The evidence lapses after the summary was made: the assessment itself says so at once,
    // the overview row keeps both figures of its generatedAt together.
    await stored.running.app
      .get(DataSource)
      .query(`UPDATE attestation SET valid_until = $2 WHERE id = $1`, [
        attestation,
        addDays(today, -1),
      ]);
    const live = must(
      await stored.graphql(
        `query ($id: ID!) { assessment(id: $id) { mandatoryMet mandatoryTotal } }`,
        { id: assessmentId },
        { token: reader },
      ),
      'assessment',
    );
    expect(live).toEqual({ mandatoryMet: 1, mandatoryTotal: 2 });
    const later = await read();
    expect(later).toMatchObject({
      compliant: true,
      assessment: { mandatoryMet: 2, mandatoryTotal: 2 },
    });
  });
});
