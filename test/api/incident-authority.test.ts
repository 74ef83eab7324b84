// A board's record of a breach (art. 33(5) GDPR) over HTTP: its privacy officer records the
// effects, the remedial action and the decision on notifying the supervisory authority, as
// often as it learns more, each version kept and audited; the 72-hour clock runs only for
// personal data and only the board sees it; the board's breach log comes as CSV and XLSX.
import { OrganisationKind, Role } from '@regie/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { seedAgreement } from '../support/agreements-seed';
import { createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;

const NOTICE = `board { id } notifiedAt authorityDecision authorityReportedAt authorityReference
  authorityDecisionReason effects remedialAction authorityDeadline authorityClockRunning
  authorityOverdue authorityRecordedAt authorityRecordedBy { name }
  authorityDecisionHistory { version decision reportedAt reference reason effects remedialAction
    recordedAt recordedBy { name } }`;
const INCIDENT = `query ($id: ID!) { incident(id: $id) { id personalDataInvolved notices { ${NOTICE} } } }`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordAuthorityDecisionInput!) {
  recordAuthorityDecision(input: $input) { id notices { ${NOTICE} } } }`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const HOUR = 3_600_000;

describe("a board's record of a breach and its decision on notifying the authority", () => {
  let app: TestApp;
  let ds: DataSource;
  let vendor: string;
  let board: string;
  let otherBoard: string;
  let editor: Person;
  let fg: Person;
  let boardAdmin: Person;
  let boardViewer: Person;
  let otherFg: Person;
  let platformAdmin: Person;
  let breach: string;
  let noPersonalData: string;

  const report = async (personalDataInvolved: boolean, title: string) => {
    const res = await app.graphql(
      REPORT,
      {
        input: {
          vendorId: vendor,
          productIds: [productA, productB],
          title,
          description: 'Een beheerder klikte op een phishinglink;\nde sessie is misbruikt.',
          severity: 'HIGH',
          personalDataInvolved,
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        },
      },
      { token: editor.token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.reportIncident.id as string;
  };
  let productA: string;
  let productB: string;

  const record = (person: Person, input: Record<string, unknown>) =>
    app.graphql(
      RECORD,
      { input: { incidentId: breach, boardId: board, ...input } },
      {
        token: person.token,
      },
    );
  const noticeFor = async (person: Person, id: string) => {
    const res = await app.graphql(INCIDENT, { id }, { token: person.token });
    expect(res.errors).toBeUndefined();
    return res.data!.incident.notices.find((n: { board: { id: string } }) => n.board.id === board);
  };
  const stored = async () =>
    (
      await ds.query(
        `SELECT count(*)::int AS n FROM incident_authority_record WHERE incident_id = $1`,
        [breach],
      )
    )[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwolk' });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    productA = await createProduct(app, vendor, 'Leerwolk Cijfers');
    productB = await createProduct(app, vendor, 'Leerwolk Rooster');
    board = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Rivierenland',
    });
    otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    fg = await signUp(app, {
      organisationId: board,
      roles: [Role.PRIVACY_OFFICER],
      name: 'Fatima de Groot',
    });
    boardAdmin = await signUp(app, { organisationId: board, roles: [Role.ADMIN] });
    boardViewer = await signUp(app, { organisationId: board, roles: [Role.VIEWER] });
    otherFg = await signUp(app, { organisationId: otherBoard, roles: [Role.PRIVACY_OFFICER] });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    await seedAgreement(app, { boardId: board, vendorId: vendor, productIds: [productA] });
    await seedAgreement(app, { boardId: otherBoard, vendorId: vendor, productIds: [productB] });
    breach = await report(true, 'Phishing bij de beheerder');
    noPersonalData = await report(false, 'Storing van de roosterdienst');
  });
  afterAll(() => app.close());

  it('runs the 72-hour clock for a breach of personal data, for the board only', async () => {
    const notice = await noticeFor(fg, breach);
    expect(Date.parse(notice.authorityDeadline) - Date.parse(notice.notifiedAt)).toBe(72 * HOUR);
    expect(notice).toMatchObject({
      authorityDecision: null,
      authorityClockRunning: true,
      authorityOverdue: false,
      authorityDecisionHistory: [],
    });
    // Past its deadline the clock still runs, and shows overdue.
    await ds.query(
      `UPDATE incident_notice SET notified_at = now() - interval '73 hours' WHERE incident_id = $1 AND board_id = $2`,
      [breach, board],
    );
    expect(await noticeFor(boardViewer, breach)).toMatchObject({
      authorityClockRunning: true,
      authorityOverdue: true,
    });
  });

  it('runs no clock for an incident without personal data', async () => {
    expect(await noticeFor(fg, noPersonalData)).toMatchObject({
      authorityDeadline: null,
      authorityClockRunning: false,
      authorityOverdue: false,
    });
  });

  it('refuses a decision without what art. 33(5) asks, naming the field, and keeps nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ decision: 'REPORTED' }, 'input.reportedAt'],
      [{ decision: 'REPORTED', reportedAt: null, reason: 'Toch gemeld' }, 'input.reportedAt'],
      [
        { decision: 'REPORTED', reportedAt: new Date(Date.now() + 2 * HOUR).toISOString() },
        'input.reportedAt',
      ],
      [{ decision: 'NOT_REPORTED' }, 'input.reason'],
      [
        { decision: 'NOT_REPORTED', reason: '   ', reportedAt: new Date().toISOString() },
        'input.reason',
      ],
    ];
    for (const [input, field] of cases) {
      const res = await record(fg, input);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field, message: expect.any(String) }],
      });
      expect(res.data).toBeNull();
    }
    const english = await app.graphql(
      RECORD,
      { input: { incidentId: breach, boardId: board, decision: 'NOT_REPORTED' } },
      { token: fg.token, headers: { 'accept-language': 'en' } },
    );
    expect(english.errors?.[0].extensions.fields).toEqual([
      {
        field: 'input.reason',
        message: 'Say why the board does not notify the supervisory authority.',
      },
    ]);
    expect(await stored()).toBe(0);
  });

  it("lets only the board's privacy officer record it; another organisation's incident is not found", async () => {
    const input = { decision: 'NOT_REPORTED', reason: 'Geen risico' };
    expect((await record(boardAdmin, input)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await record(editor, input)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // The other board's FG: the incident reaches its board, but this notice is not its own.
    const forBoard = await record(otherFg, input);
    expect(forBoard.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const own = await app.graphql(
      RECORD,
      { input: { incidentId: breach, boardId: otherBoard, ...input } },
      { token: otherFg.token },
    );
    // Its own notice of the breach is its own to record (product B reaches it).
    expect(own.errors).toBeUndefined();
    // An incident that does not reach a board is, to its FG, as if it did not exist.
    const lonely = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const lonelyFg = await signUp(app, { organisationId: lonely, roles: [Role.PRIVACY_OFFICER] });
    for (const incidentId of [breach, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await app.graphql(
        RECORD,
        { input: { incidentId, boardId: lonely, ...input } },
        { token: lonelyFg.token },
      );
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('records the decision, stops the clock, and keeps every version, newest first', async () => {
    const reportedAt = new Date(Date.now() - HOUR).toISOString();
    const first = await record(fg, {
      decision: 'REPORTED',
      reportedAt,
      reference: 'AP-2026-0412',
      reason: 'niet bewaard bij een melding',
      effects: 'Cijfers van 40 leerlingen waren een uur in te zien.',
      remedialAction: 'Sessies ingetrokken; ouders geïnformeerd.',
    });
    expect(first.errors).toBeUndefined();
    const notice = first.data!.recordAuthorityDecision.notices.find(
      (n: { board: { id: string } }) => n.board.id === board,
    );
    expect(notice).toMatchObject({
      authorityDecision: 'REPORTED',
      authorityReportedAt: reportedAt,
      authorityReference: 'AP-2026-0412',
      authorityDecisionReason: null,
      effects: 'Cijfers van 40 leerlingen waren een uur in te zien.',
      remedialAction: 'Sessies ingetrokken; ouders geïnformeerd.',
      authorityClockRunning: false,
      authorityOverdue: false,
      authorityRecordedBy: { name: 'Fatima de Groot' },
    });
    expect(notice.authorityDecisionHistory).toHaveLength(1);

    // It learns more: the decision is recorded again, as a second version.
    const second = await record(fg, {
      decision: 'NOT_REPORTED',
      reportedAt,
      reason: 'Na onderzoek: de gegevens waren versleuteld, geen risico voor betrokkenen.',
      effects: 'Geen: de gegevens waren versleuteld.',
    });
    expect(second.errors).toBeUndefined();
    const now = await noticeFor(boardViewer, breach);
    expect(now).toMatchObject({
      authorityDecision: 'NOT_REPORTED',
      authorityReportedAt: null,
      authorityReference: null,
      authorityDecisionReason:
        'Na onderzoek: de gegevens waren versleuteld, geen risico voor betrokkenen.',
      effects: 'Geen: de gegevens waren versleuteld.',
      remedialAction: null,
      authorityClockRunning: false,
    });
    expect(
      now.authorityDecisionHistory.map((v: { version: number; decision: string }) => [
        v.version,
        v.decision,
      ]),
    ).toEqual([
      [2, 'NOT_REPORTED'],
      [1, 'REPORTED'],
    ]);
    expect(now.authorityDecisionHistory[1]).toMatchObject({
      reportedAt,
      reference: 'AP-2026-0412',
      remedialAction: 'Sessies ingetrokken; ouders geïnformeerd.',
      recordedBy: { name: 'Fatima de Groot' },
    });

    // Each version audited, for the board alone: the vendor is no party to it.
    const audit = await ds.query(
      `SELECT before, after, party_ids, organisation_id FROM audit_event
        WHERE entity_id = $1 AND action = 'incident.authorityDecisionRecorded' AND organisation_id = $2
        ORDER BY seq`,
      [breach, board],
    );
    expect(audit).toHaveLength(2);
    expect(audit.map((e: { party_ids: string[] }) => e.party_ids)).toEqual([[board], [board]]);
    expect(audit[0].before).toBeNull();
    expect(audit[0].after).toMatchObject({ version: 1, decision: 'REPORTED', reportedAt });
    expect(audit[1].before).toMatchObject({ version: 1, decision: 'REPORTED' });
    expect(audit[1].after).toMatchObject({ version: 2, decision: 'NOT_REPORTED' });
  });

  it('shows the record to no one outside the board, the vendor included', async () => {
    const res = await app.graphql(INCIDENT, { id: breach }, { token: editor.token });
    const notices = res.data!.incident.notices as Record<string, unknown>[];
    expect(notices).toHaveLength(2);
    for (const n of notices)
      expect(n).toMatchObject({
        authorityDecision: null,
        authorityReportedAt: null,
        authorityReference: null,
        authorityDecisionReason: null,
        effects: null,
        remedialAction: null,
        authorityDeadline: null,
        authorityClockRunning: null,
        authorityOverdue: null,
        authorityRecordedAt: null,
        authorityRecordedBy: null,
        authorityDecisionHistory: [],
      });
    expect(JSON.stringify(res.data)).not.toContain('versleuteld');
    // The other affected board sees only its own notice, with nothing of this board's.
    const other = await app.graphql(INCIDENT, { id: breach }, { token: otherFg.token });
    expect(JSON.stringify(other.data)).not.toContain('versleuteld');
    expect(other.data!.incident.notices.map((n: { board: { id: string } }) => n.board.id)).toEqual([
      otherBoard,
    ]);
  });

  const fetchLog = (path: string, token?: string, lang?: string) =>
    fetch(`${app.url}${path}`, {
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(lang ? { 'accept-language': lang } : {}),
      },
    });

  it.each(['nl', 'en'] as const)(
    "exports the board's breach log as CSV (%s): words, not codes, and no ids",
    async (lang) => {
      const res = await fetchLog(`/api/boards/${board}/breach-log.csv`, boardViewer.token, lang);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        lang === 'en'
          ? /^attachment; filename="breach-log-/
          : /^attachment; filename="register-datalekken-/,
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).not.toMatch(UUID);
      for (const code of ['NOT_REPORTED', 'HIGH', 'OPEN', 'true', 'false'])
        expect(text).not.toContain(code);
      const rows: Record<string, string>[] = parse(bytes, {
        bom: true,
        delimiter: ';',
        record_delimiter: '\r\n',
        columns: true,
      });
      // Oldest notice first: the breach, then the outage.
      expect(rows).toHaveLength(2);
      const [first, second] = rows;
      if (lang === 'nl') {
        expect(first).toMatchObject({
          Leverancier: 'Leerwolk',
          Producten: 'Leerwolk Cijfers\nLeerwolk Rooster',
          Incident: 'Phishing bij de beheerder',
          Omschrijving: 'Een beheerder klikte op een phishinglink;\nde sessie is misbruikt.',
          Ernst: 'Hoog',
          'Persoonsgegevens betrokken': 'ja',
          Status: 'Open',
          'Besluit over melding aan de AP': 'Niet gemeld',
          'Gemeld aan de AP op': '',
          'Reden om niet te melden':
            'Na onderzoek: de gegevens waren versleuteld, geen risico voor betrokkenen.',
          'Gevolgen voor betrokkenen': 'Geen: de gegevens waren versleuteld.',
          'Vastgelegd door': 'Fatima de Groot',
        });
        expect(first['Uiterste melddatum AP (72 uur)']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
        expect(first['Vastgelegd op']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
        expect(second).toMatchObject({
          Incident: 'Storing van de roosterdienst',
          'Persoonsgegevens betrokken': 'nee',
          'Uiterste melddatum AP (72 uur)': 'niet van toepassing: geen persoonsgegevens',
          'Besluit over melding aan de AP': 'nog geen besluit',
        });
      } else {
        expect(first).toMatchObject({
          Vendor: 'Leerwolk',
          Severity: 'High',
          'Personal data involved': 'yes',
          'Decision on notifying the authority': 'Not reported',
          'Recorded by': 'Fatima de Groot',
        });
        expect(second).toMatchObject({
          'Deadline for the authority (72 hours)': 'not applicable: no personal data',
          'Decision on notifying the authority': 'no decision yet',
        });
      }
    },
  );

  it('exports the breach log as a workbook with a frozen, filtered heading and sized columns', async () => {
    const res = await fetchLog(`/api/boards/${board}/breach-log.xlsx`, fg.token, 'nl');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Register datalekken');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + headers.length)}3`);
    const column = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRow(2).getCell(column('Incident')).value).toBe('Phishing bij de beheerder');
    expect(sheet.getRow(2).getCell(column('Producten')).value).toBe(
      'Leerwolk Cijfers\nLeerwolk Rooster',
    );
    // Moments are real date cells; the column fits its longest line.
    const recordedAt = sheet.getRow(2).getCell(column('Vastgelegd op'));
    expect(recordedAt.value).toBeInstanceOf(Date);
    expect(recordedAt.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getColumn(column('Incident')).width).toBe(
      'Storing van de roosterdienst'.length + 2,
    );
    for (let c = 1; c <= headers.length; c++)
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(10);
  });

  it("gives the breach log to the board's members only", async () => {
    expect((await fetchLog(`/api/boards/${board}/breach-log.csv`)).status).toBe(401);
    for (const [person, path] of [
      [otherFg, `/api/boards/${board}/breach-log.csv`],
      [editor, `/api/boards/${board}/breach-log.xlsx`],
      [platformAdmin, `/api/boards/${board}/breach-log.csv`],
      [fg, `/api/boards/00000000-0000-4000-8000-000000000000/breach-log.csv`],
      [fg, `/api/boards/not-a-uuid/breach-log.xlsx`],
      [editor, `/api/boards/${vendor}/breach-log.csv`],
    ] as const) {
      const res = await fetchLog(path, person.token, 'en');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        status: 404,
        statusMessage: 'This does not exist or you may not see it.',
      });
    }
    // The other board's log holds its own notice, without this board's record.
    const other = await fetchLog(`/api/boards/${otherBoard}/breach-log.csv`, otherFg.token);
    const text = await other.text();
    expect(text).toContain('Phishing bij de beheerder');
    expect(text).not.toContain('versleuteld');
  });
});
