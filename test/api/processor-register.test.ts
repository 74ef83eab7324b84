import {
  addDays,
  AgreementStatus,
  amsterdamDate,
  AttestationType,
  DataSubject,
  DeviationAssessment,
  LeafletStatus,
  OrganisationKind,
  PersonalDataCategory,
  Role,
  TransferMechanism,
} from '@regie/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { PrivacyLeafletEntity } from '../../apps/api/src/products/privacy-leaflet.entity';
import { ProductEntity } from '../../apps/api/src/products/product.entity';
import { seedAgreement, seedAttestation } from '../support/agreements-seed';
import { issueApiToken } from '../support/api-tokens';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { statementsDuring } from '../support/sql-statements';
import { startTestApp, type TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is read loosely
type Loose = Record<string, any>;

const REGISTER = `query ($b: ID!) { processorRegister(boardId: $b) {
  vendor { id name } products { id name } purposes dataSubjects dataCategories
  retention { category period } subprocessors { name service country transferMechanism inEea }
  locations { country activity inEea } dataOutsideEea validUntil attestationTypes
  expiredAttestationCount openDeviations agreement { id status inForce } } }`;

const HEADERS = {
  nl: [
    'Leverancier',
    'Producten',
    'Doeleinden',
    'Betrokkenen',
    'Categorieën persoonsgegevens',
    'Persoonsgebonden nummers (BSN, PGN)',
    'Bewaartermijnen',
    'Subverwerkers',
    'Locaties',
    'Doorgiftegrondslagen',
    'Gegevens buiten de EER',
    'Geldig vanaf',
    'Geldig tot en met',
    'Geldige attestaties',
    'Verlopen attestaties',
    'Open afwijkingen',
  ],
  en: [
    'Vendor',
    'Products',
    'Purposes',
    'Data subjects',
    'Categories of personal data',
    'Personal numbers (BSN, PGN)',
    'Retention',
    'Sub-processors',
    'Locations',
    'Transfer mechanisms',
    'Data outside the EEA',
    'Valid from',
    'Valid until',
    'Valid attestations',
    'Expired attestations',
    'Open deviations',
  ],
};

// The words an FG reads for the codes these tests use, written out here rather than taken
// from the code under test.
const WORDS: Record<'nl' | 'en', Record<string, string>> = {
  nl: {
    STUDENT: 'Leerlingen',
    STAFF: 'Medewerkers',
    CONTACT_DETAILS: 'Contactgegevens',
    STUDY_PROGRESS: 'Studievoortgang en resultaten',
    PERSONAL_NUMBER: 'Persoonsgebonden nummer (BSN, PGN)',
    STANDARD_CONTRACTUAL_CLAUSES: 'Standaardcontractbepalingen',
    NOT_APPLICABLE: 'Niet van toepassing (binnen de EER)',
    ISO27001: 'ISO/IEC 27001',
    NEN7510: 'NEN 7510',
    US: 'Verenigde Staten',
    NL: 'Nederland',
  },
  en: {
    STUDENT: 'Students',
    STAFF: 'Staff',
    CONTACT_DETAILS: 'Contact details',
    STUDY_PROGRESS: 'Study progress and results',
    PERSONAL_NUMBER: 'Personal number (BSN, PGN)',
    STANDARD_CONTRACTUAL_CLAUSES: 'Standard contractual clauses',
    NOT_APPLICABLE: 'Not applicable (inside the EEA)',
    ISO27001: 'ISO/IEC 27001',
    NEN7510: 'NEN 7510',
    US: 'United States',
    NL: 'Netherlands',
  },
};

/** A register entry as a spreadsheet row says it, in words. */
function expectedRow(e: Loose, validFrom: string, lang: 'nl' | 'en'): (string | number)[] {
  const w = (code: string) => {
    const text = WORDS[lang][code];
    if (!text) throw new Error(`no word in the test for ${code}`);
    return text;
  };
  const yes = (b: boolean) => (lang === 'en' ? (b ? 'yes' : 'no') : b ? 'ja' : 'nee');
  const none = lang === 'en' ? 'none' : 'geen';
  const lines = (xs: string[]) => xs.join('\n');
  const mechanisms = [
    ...new Set(
      e.subprocessors
        .map((s: Loose) => s.transferMechanism)
        .filter((m: string) => m !== 'NOT_APPLICABLE'),
    ),
  ] as string[];
  return [
    e.vendor.name,
    lines(e.products.map((p: Loose) => p.name)),
    lines(e.purposes),
    lines(e.dataSubjects.map(w)),
    lines(e.dataCategories.map(w)),
    yes(e.dataCategories.includes('PERSONAL_NUMBER')),
    lines(e.retention.map((r: Loose) => `${w(r.category)}: ${r.period}`)),
    lines(
      e.subprocessors.map(
        (s: Loose) => `${s.name}: ${s.service} (${w(s.country)}; ${w(s.transferMechanism)})`,
      ),
    ),
    lines(e.locations.map((l: Loose) => `${w(l.country)}: ${l.activity}`)),
    mechanisms.length ? lines(mechanisms.map(w)) : none,
    yes(e.dataOutsideEea),
    validFrom,
    e.validUntil ?? (lang === 'en' ? 'until terminated' : 'tot opzegging'),
    e.attestationTypes.length ? lines(e.attestationTypes.map(w)) : none,
    e.expiredAttestationCount,
    e.openDeviations,
  ];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('processor register (art. 30 GDPR)', () => {
  let app: TestApp;
  const today = amsterdamDate();
  let board: string;
  let otherBoard: string;
  let member: Awaited<ReturnType<typeof signUp>>;
  let otherMember: Awaited<ReturnType<typeof signUp>>;
  let vendorEditor: Awaited<ReturnType<typeof signUp>>;
  let platformAdmin: Awaited<ReturnType<typeof signUp>>;
  let v1: Awaited<ReturnType<typeof seedVendor>>;
  let v2: Awaited<ReturnType<typeof seedVendor>>;
  let agreementV1: string;
  let agreementV2: string;
  let fixedLeafletP1: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { REGIE_MAIL_INTERVAL_MS: '0' } }); // no outbox polls among counted statements
    const ds = app.running.app.get(DataSource);
    board = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Noord',
    });
    otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    member = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    otherMember = await signUp(app, { organisationId: otherBoard, roles: [Role.ADMIN] });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    v1 = await seedVendor(app, { name: 'Aap Leermiddelen', products: 3 });
    v2 = await seedVendor(app, { name: 'Zebra Toetsen', products: 1, outsideEea: true });
    vendorEditor = await signUp(app, { organisationId: v1.vendorId, roles: [Role.VENDOR_EDITOR] });
    const [p1, p2, p3] = v1.products;

    // P1's leaflet version 2 as fixed with the agreement: personal numbers, a US sub-processor.
    const leaflets = ds.getRepository(PrivacyLeafletEntity);
    const fixed = await leaflets.save({
      productId: p1.id,
      version: 2,
      status: LeafletStatus.PUBLISHED,
      locations: [{ country: 'NL', activity: 'opslag' }],
      breachNotificationHours: 24,
      privacyContactEmail: null,
      publishedAt: new Date(),
      purposes: ['Toetsen afnemen', 'Voortgang volgen'],
      dataSubjects: [DataSubject.STUDENT, DataSubject.STAFF],
      dataCategories: [PersonalDataCategory.PERSONAL_NUMBER, PersonalDataCategory.STUDY_PROGRESS],
      retention: [
        { category: PersonalDataCategory.STUDY_PROGRESS, period: '2 jaar na uitschrijving' },
      ],
      subprocessors: [
        {
          name: 'Cloud Inc.',
          service: 'hosting',
          country: 'US',
          transferMechanism: TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
        },
      ],
      dataOutsideEea: true,
    });
    fixedLeafletP1 = fixed.id;
    // A newer version published since: the register keeps what was signed.
    const v2Leaflet = await leaflets.save({
      productId: p1.id,
      version: 3,
      status: LeafletStatus.PUBLISHED,
      purposes: ['Iets nieuws'],
      dataSubjects: [DataSubject.PARENT],
      dataCategories: [PersonalDataCategory.RELIGION],
      retention: [],
      subprocessors: [],
      locations: [{ country: 'NL', activity: 'opslag' }],
      dataOutsideEea: false,
      breachNotificationHours: 24,
      privacyContactEmail: null,
      publishedAt: new Date(),
    });
    await ds.getRepository(ProductEntity).update(p1.id, { currentLeafletId: v2Leaflet.id });

    agreementV1 = await seedAgreement(app, {
      boardId: board,
      vendorId: v1.vendorId,
      productIds: [p1.id, p2.id],
      leafletIds: [fixedLeafletP1, p2.leafletId!],
      validUntil: addDays(today, 200),
      deviations: [null, DeviationAssessment.UNACCEPTABLE, DeviationAssessment.ACCEPTABLE],
    });
    // Made before leaflets were fixed: the products' current leaflets stand in.
    agreementV2 = await seedAgreement(app, {
      boardId: board,
      vendorId: v2.vendorId,
      productIds: [v2.products[0].id],
      noFixedLeaflets: true,
      terminationDate: addDays(today, 10),
      validUntil: addDays(today, 300),
    });
    // Not in the register: a draft, an expired, a terminated, a superseded, a future
    // one, and another board's.
    const q = v2.products[0].id;
    await seedAgreement(app, {
      boardId: board,
      vendorId: v2.vendorId,
      productIds: [q],
      status: AgreementStatus.DRAFT,
    });
    await seedAgreement(app, {
      boardId: board,
      vendorId: v1.vendorId,
      productIds: [p3.id],
      validUntil: addDays(today, -1),
    });
    await seedAgreement(app, {
      boardId: board,
      vendorId: v1.vendorId,
      productIds: [p3.id],
      terminationDate: addDays(today, -1),
    });
    await seedAgreement(app, {
      boardId: board,
      vendorId: v1.vendorId,
      productIds: [p3.id],
      supersededOn: today,
    });
    await seedAgreement(app, {
      boardId: board,
      vendorId: v1.vendorId,
      productIds: [p3.id],
      validFrom: addDays(today, 1),
    });
    await seedAgreement(app, { boardId: otherBoard, vendorId: v1.vendorId, productIds: [p3.id] });

    // V1's attestations: a valid ISO 27001 on P1; an expired pentest on P2 (counts);
    // an expired NEN 7510 renewed by a valid one (the old one does not count); a SOC 2
    // on P3 only (not these products).
    await seedAttestation(app, {
      vendorId: v1.vendorId,
      productIds: [p1.id],
      type: AttestationType.ISO27001,
      validUntil: addDays(today, 400),
    });
    await seedAttestation(app, {
      vendorId: v1.vendorId,
      productIds: [p2.id],
      type: AttestationType.PENTEST,
      validUntil: addDays(today, -1),
    });
    const old = await seedAttestation(app, {
      vendorId: v1.vendorId,
      productIds: [p1.id, p2.id],
      type: AttestationType.NEN7510,
      validUntil: addDays(today, -5),
    });
    await seedAttestation(app, {
      vendorId: v1.vendorId,
      productIds: [p1.id, p2.id],
      type: AttestationType.NEN7510,
      validUntil: today,
      supersedesId: old,
    });
    await seedAttestation(app, {
      vendorId: v1.vendorId,
      productIds: [p3.id],
      type: AttestationType.SOC2_TYPE2,
      validUntil: addDays(today, 400),
    });
  });
  afterAll(() => app.close());

  const register = async (token: string, boardId = board) =>
    app.graphql(REGISTER, { b: boardId }, { token });

  it('lists each agreement in force today, by vendor, with the leaflets signed on', async () => {
    const res = await register(member.token);
    expect(res.errors).toBeUndefined();
    const entries = res.data!.processorRegister as Loose[];
    expect(entries.map((e) => e.vendor.name)).toEqual(['Aap Leermiddelen', 'Zebra Toetsen']);
    expect(entries.map((e) => e.agreement)).toEqual([
      { id: agreementV1, status: 'ACTIVE', inForce: true },
      { id: agreementV2, status: 'ACTIVE', inForce: true },
    ]);
    const [first, second] = entries;
    expect(first.products.map((p: Loose) => p.id).sort()).toEqual(
      [v1.products[0].id, v1.products[1].id].sort(),
    );
    // P1's fixed version 2 and P2's leaflet, not P1's newer version 3.
    expect(first.purposes).toEqual(['Toetsen afnemen', 'Voortgang volgen', 'Onderwijs']);
    expect(first.dataSubjects).toEqual(['STUDENT', 'STAFF']);
    expect(first.dataCategories).toEqual(['CONTACT_DETAILS', 'STUDY_PROGRESS', 'PERSONAL_NUMBER']);
    expect(first.retention).toEqual([
      { category: 'STUDY_PROGRESS', period: '2 jaar na uitschrijving' },
    ]);
    expect(first.subprocessors).toEqual([
      {
        name: 'Cloud Inc.',
        service: 'hosting',
        country: 'US',
        transferMechanism: 'STANDARD_CONTRACTUAL_CLAUSES',
        inEea: false,
      },
    ]);
    expect(first.locations).toEqual([{ country: 'NL', activity: 'opslag', inEea: true }]);
    expect(first.dataOutsideEea).toBe(true);
    expect(first.validUntil).toBe(addDays(today, 200));
    expect(first.attestationTypes).toEqual(['ISO27001', 'NEN7510']);
    expect(first.expiredAttestationCount).toBe(1);
    expect(first.openDeviations).toBe(2);

    // No leaflets fixed: the current one; terminated in 10 days: that is its last day.
    expect(second.locations).toEqual([{ country: 'US', activity: 'opslag', inEea: false }]);
    expect(second.dataOutsideEea).toBe(true);
    expect(second.validUntil).toBe(addDays(today, 10));
    expect(second.attestationTypes).toEqual([]);
    expect(second.openDeviations).toBe(0);
  });

  it("is the board's own: others are refused, the platform admin and the board's API token read it", async () => {
    for (const token of [otherMember.token, vendorEditor.token]) {
      const res = await register(token);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const admin = await register(platformAdmin.token);
    expect(admin.data!.processorRegister).toHaveLength(2);
    const api = await register(await issueApiToken(app, board));
    expect(api.data!.processorRegister).toHaveLength(2);
    // The other board's own register holds only its own agreement.
    const own = await register(otherMember.token, otherBoard);
    expect(own.data!.processorRegister.map((e: Loose) => e.vendor.name)).toEqual([
      'Aap Leermiddelen',
    ]);
  });

  const fetchFile = (path: string, token?: string, lang?: string) =>
    fetch(`${app.url}${path}`, {
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(lang ? { 'accept-language': lang } : {}),
      },
    });

  it.each(['nl', 'en'] as const)(
    'exports a CSV (%s) that reads back as the query’s entries',
    async (lang) => {
      const entries = (await register(member.token)).data!.processorRegister as Loose[];
      const validFroms = [addDays(today, -30), addDays(today, -30)];
      const res = await fetchFile(`/api/boards/${board}/register.csv`, member.token, lang);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(
          `^attachment; filename="${lang === 'en' ? 'processor-register' : 'verwerkersregister'}-\\d{5}-${today}\\.csv"$`,
        ),
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      // Records end in CRLF; a bare line feed only inside a quoted, multi-line cell.
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text).toContain('"Toetsen afnemen\nVoortgang volgen\nOnderwijs"');
      // No internal ids, no codes.
      expect(text).not.toMatch(UUID);
      for (const code of [
        'STUDENT',
        'CONTACT_DETAILS',
        'NOT_APPLICABLE',
        'SOC2_TYPE2',
        'STANDARD_CONTRACTUAL_CLAUSES',
      ])
        expect(text).not.toContain(code);
      const rows: string[][] = parse(bytes, {
        bom: true,
        delimiter: ';',
        record_delimiter: '\r\n',
        relax_column_count: false,
      });
      expect(rows[0]).toEqual(HEADERS[lang]);
      expect(rows).toHaveLength(3);
      expect(rows.slice(1)).toEqual(
        entries.map((e, i) => expectedRow(e, validFroms[i], lang).map(String)),
      );
    },
  );

  it.each(['nl', 'en'] as const)(
    'exports an XLSX workbook (%s) that reads back as the query’s entries',
    async (lang) => {
      const entries = (await register(member.token)).data!.processorRegister as Loose[];
      const validFroms = [addDays(today, -30), addDays(today, -30)];
      const res = await fetchFile(`/api/boards/${board}/register.xlsx`, member.token, lang);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers.get('content-disposition')).toMatch(/\.xlsx"$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const sheet = workbook.worksheets[0];
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      // Filters on every column of the heading row, over every row.
      expect(sheet.autoFilter).toBe('A1:P3');
      // Each column as wide as its longest line needs, within bounds.
      const subprocessorLine = `Cloud Inc.: hosting (${WORDS[lang].US}; ${WORDS[lang].STANDARD_CONTRACTUAL_CLAUSES})`;
      expect(sheet.getColumn(8).width).toBe(Math.min(60, subprocessorLine.length + 2));
      expect(sheet.getColumn(1).width).toBe('Aap Leermiddelen'.length + 2);
      for (let c = 1; c <= HEADERS[lang].length; c++) {
        expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(10);
        expect(sheet.getColumn(c).width).toBeLessThanOrEqual(60);
      }
      expect(sheet.getRow(2).getCell(2).alignment).toMatchObject({ wrapText: true });
      const values = (r: number) =>
        HEADERS[lang].map((_, c) => {
          const v = sheet.getRow(r).getCell(c + 1).value;
          return v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? '');
        });
      expect(values(1)).toEqual(HEADERS[lang]);
      expect(sheet.rowCount).toBe(3);
      expect([values(2), values(3)]).toEqual(
        entries.map((e, i) => expectedRow(e, validFroms[i], lang)),
      );
      // The validity is a real date cell, formatted as a date.
      const until = sheet.getRow(2).getCell(13);
      expect(until.value).toBeInstanceOf(Date);
      expect(until.numFmt).toBe('yyyy-mm-dd');
    },
  );

  it('answers 401 without credentials and 404 for a board the caller may not see', async () => {
    const none = await fetchFile(`/api/boards/${board}/register.csv`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ status: 401, statusMessage: expect.any(String) });
    for (const path of [
      `/api/boards/${board}/register.csv`,
      `/api/boards/${board}/register.xlsx`,
      `/api/boards/00000000-0000-4000-8000-000000000000/register.csv`,
      `/api/boards/not-a-uuid/register.xlsx`,
    ]) {
      const res = await fetchFile(path, otherMember.token, 'en');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        status: 404,
        statusMessage: 'This does not exist or you may not see it.',
      });
    }
    // A vendor is no board: its own members get no register of it.
    const vendorOwn = await fetchFile(
      `/api/boards/${v1.vendorId}/register.csv`,
      vendorEditor.token,
    );
    expect(vendorOwn.status).toBe(404);
    const admin = await fetchFile(`/api/boards/${board}/register.csv`, platformAdmin.token);
    expect(admin.status).toBe(200);
  });
  // Runs last: it adds agreements to the board.
  it('reads the register in the same number of statements, however many agreements', async () => {
    const before = await statementsDuring(app, () => register(member.token));
    for (let i = 0; i < 4; i++) {
      const more = await seedVendor(app, { products: 2 });
      await seedAgreement(app, {
        boardId: board,
        vendorId: more.vendorId,
        productIds: more.products.map((p) => p.id),
        deviations: [null],
      });
      await seedAttestation(app, {
        vendorId: more.vendorId,
        productIds: [more.products[0].id],
        type: AttestationType.ISO27001,
        validUntil: addDays(today, 30),
      });
    }
    let entries: Loose[] = [];
    const after = await statementsDuring(app, async () => {
      entries = (await register(member.token)).data!.processorRegister;
    });
    expect(entries).toHaveLength(6);
    expect(after.length).toBe(before.length);
  });
});
