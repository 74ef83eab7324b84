// Incidents over HTTP: a vendor's report reaches exactly the boards with an ACTIVE
// agreement in force on its products, each board sees only its own notice, sector
// bodies see counts, and the privacy officer's acknowledgement is timed.
import { addDays, AgreementStatus, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { seedAgreement } from '../support/agreements-seed';
import { createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';

const INCIDENT_FIELDS = `id title description severity personalDataInvolved discoveredAt reportedAt
  status resolvedAt affectedBoardCount acknowledgedCount vendor { id } products { id }
  notices { board { id } notifiedAt acknowledgedAt secondsToAcknowledge authorityDeadline acknowledgedBy { id name } }
  updates { id body createdAt author { id name } }`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const UPDATE = `mutation ($input: AddIncidentUpdateInput!) { addIncidentUpdate(input: $input) { ${INCIDENT_FIELDS} } }`;
const ACK = `mutation ($input: AcknowledgeIncidentInput!) { acknowledgeIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const RESOLVE = `mutation ($id: ID!) { resolveIncident(id: $id) { ${INCIDENT_FIELDS} } }`;
const INCIDENT = `query ($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`;
const INCIDENTS = `query ($status: IncidentStatus, $first: Int, $after: String) {
  incidents(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id affectedBoardCount notices { board { id } } } }
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 100) { totalCount edges { node { kind title body link } } } }`;

type Person = Awaited<ReturnType<typeof signUp>>;

describe('incidents', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let ds: DataSource;
  let vendor: string;
  let otherVendor: string;
  let editor: Person;
  let otherEditor: Person;
  let p1: string;
  let p2: string;
  let p3: string;
  let foreign: string;
  const boards: Record<string, string> = {};
  const fg: Record<string, Person> = {};
  let adminA: Person;
  let procurementA: Person;
  let sectorReviewer: Person;
  let incidentId: string;

  const report = (token: string, overrides: Record<string, unknown> = {}) =>
    app.graphql(
      REPORT,
      {
        input: {
          vendorId: vendor,
          productIds: [p1, p2],
          title: 'Onbevoegde toegang tot cijferadministratie',
          description: 'Een API-sleutel van een beheerder is uitgelekt en misbruikt.',
          severity: 'HIGH',
          personalDataInvolved: true,
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
          ...overrides,
        },
      },
      { token },
    );
  const kinds = async (person: Person) =>
    (
      (await app.graphql(NOTIFICATIONS, {}, { token: person.token })).data!.notifications.edges as {
        node: { kind: string };
      }[]
    ).map((e) => e.node.kind);
  const incidentCount = async () =>
    Number((await ds.query('SELECT count(*) AS n FROM incident'))[0].n);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    ds = app.running.app.get(DataSource);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwolk' });
    otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    otherEditor = await signUp(app, { organisationId: otherVendor, roles: [Role.ADMIN] });
    p1 = await createProduct(app, vendor, 'Leerwolk Cijfers');
    p2 = await createProduct(app, vendor, 'Leerwolk Rooster');
    p3 = await createProduct(app, vendor, 'Leerwolk Portfolio');
    foreign = await createProduct(app, otherVendor);
    const today = amsterdamDate();
    // A: ACTIVE on p1; B: ACTIVE on p2; C: DRAFT on p1; D: ACTIVE on p1 but ended
    // yesterday; E: ACTIVE on p3 only; F: ACTIVE on another vendor's product; G:
    // ACTIVE on p1 but terminated as of yesterday.
    for (const key of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
      boards[key] = await createOrganisation(app, { kind: OrganisationKind.BOARD });
      fg[key] = await signUp(app, {
        organisationId: boards[key],
        roles: [Role.PRIVACY_OFFICER],
        email: `fg-${key.toLowerCase()}@board.example.nl`,
      });
    }
    adminA = await signUp(app, { organisationId: boards.A, roles: [Role.ADMIN] });
    procurementA = await signUp(app, { organisationId: boards.A, roles: [Role.PROCUREMENT] });
    const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    sectorReviewer = await signUp(app, { organisationId: sectorBody, roles: [Role.REVIEWER] });
    await seedAgreement(app, { boardId: boards.A, vendorId: vendor, productIds: [p1, p3] });
    await seedAgreement(app, { boardId: boards.B, vendorId: vendor, productIds: [p2] });
    await seedAgreement(app, {
      boardId: boards.C,
      vendorId: vendor,
      productIds: [p1],
      status: AgreementStatus.DRAFT,
    });
    await seedAgreement(app, {
      boardId: boards.D,
      vendorId: vendor,
      productIds: [p1],
      validUntil: addDays(today, -1),
    });
    await seedAgreement(app, { boardId: boards.E, vendorId: vendor, productIds: [p3] });
    await seedAgreement(app, { boardId: boards.F, vendorId: otherVendor, productIds: [foreign] });
    await seedAgreement(app, {
      boardId: boards.G,
      vendorId: vendor,
      productIds: [p1],
      terminationDate: addDays(today, -1),
    });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('refuses another vendor’s product, naming the field, and writes nothing', async () => {
    const mixed = await report(editor.token, { productIds: [p1, foreign] });
    expect(mixed.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(mixed.errors![0].extensions.fields).toEqual([
      { field: 'input.productIds.1', message: expect.any(String) },
    ]);
    // Acting for one's own vendor with someone else's products is the same mistake.
    const theirs = await report(otherEditor.token, { vendorId: otherVendor, productIds: [p1] });
    expect(theirs.errors![0].extensions.fields![0].field).toBe('input.productIds.0');
    const empty = await report(editor.token, { productIds: [] });
    expect(empty.errors![0].extensions.fields![0].field).toBe('input.productIds');
    const future = await report(editor.token, {
      discoveredAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.errors![0].extensions.fields![0].field).toBe('input.discoveredAt');
    expect(await incidentCount()).toBe(0);
  });

  it('lets only the vendor’s editors report', async () => {
    expect((await report(fg.A.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await report(otherEditor.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await incidentCount()).toBe(0);
  });

  it('notifies exactly the boards with an ACTIVE agreement in force on the products', async () => {
    const res = await report(editor.token);
    expect(res.errors).toBeUndefined();
    const incident = res.data!.reportIncident;
    incidentId = incident.id;
    expect(incident).toMatchObject({
      status: 'OPEN',
      severity: 'HIGH',
      affectedBoardCount: 2,
      acknowledgedCount: 0,
      vendor: { id: vendor },
    });
    expect(incident.products.map((p: { id: string }) => p.id).sort()).toEqual([p1, p2].sort());
    const noticed = incident.notices.map((n: { board: { id: string } }) => n.board.id).sort();
    expect(noticed).toEqual([boards.A, boards.B].sort());
    // The 72-hour deadline is the board's own to see; the vendor reads none.
    expect(
      incident.notices.map((n: { authorityDeadline: unknown }) => n.authorityDeadline),
    ).toEqual([null, null]);
    const own = (await app.graphql(INCIDENT, { id: incidentId }, { token: fg.A.token })).data!
      .incident.notices[0];
    expect(Date.parse(own.authorityDeadline) - Date.parse(own.notifiedAt)).toBe(72 * 3_600_000);

    // The affected boards' privacy officers and admins, nobody else.
    expect(await kinds(fg.A)).toEqual(['INCIDENT_REPORTED']);
    expect(await kinds(adminA)).toEqual(['INCIDENT_REPORTED']);
    expect(await kinds(fg.B)).toEqual(['INCIDENT_REPORTED']);
    for (const person of [procurementA, fg.C, fg.D, fg.E, fg.F, fg.G, editor])
      expect(await kinds(person)).toEqual([]);
    const [mail] = await eventually(
      () => (smtp.to(fg.B.email).length ? smtp.to(fg.B.email) : undefined),
      "board B's privacy officer's e-mail",
    );
    expect(mail.parsed.subject).toBe(
      'Incident bij Leerwolk: Onbevoegde toegang tot cijferadministratie',
    );
    expect(mail.parsed.text).toContain('Leerwolk Cijfers, Leerwolk Rooster');
    // The severity and the yes/no in words, addressed as "je".
    expect(mail.parsed.text).toContain('(ernst: hoog)');
    expect(mail.parsed.text).toContain('Persoonsgegevens betrokken: ja.');
    expect(mail.parsed.text).toContain('bij een datalek heb je 72 uur');
    expect(mail.parsed.text).not.toMatch(/HIGH|\buw\b|\bu\b/);
    expect(mail.parsed.text).toContain(`https://regie.test/incidents/${incidentId}`);

    const audit = await ds.query('SELECT action, party_ids FROM audit_event WHERE entity_id = $1', [
      incidentId,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('incident.reported');
    expect([...audit[0].party_ids].sort()).toEqual([vendor, boards.A, boards.B].sort());
  });

  it('shows a board only its own notice, a sector body only counts, others nothing', async () => {
    const a = (await app.graphql(INCIDENT, { id: incidentId }, { token: fg.A.token })).data!
      .incident;
    expect(a.notices.map((n: { board: { id: string } }) => n.board.id)).toEqual([boards.A]);
    expect(a.affectedBoardCount).toBe(2);

    const sector = (
      await app.graphql(INCIDENT, { id: incidentId }, { token: sectorReviewer.token })
    ).data!.incident;
    expect(sector).toMatchObject({ affectedBoardCount: 2, acknowledgedCount: 0, notices: [] });
    const sectorList = (await app.graphql(INCIDENTS, {}, { token: sectorReviewer.token })).data!
      .incidents;
    expect(sectorList.totalCount).toBe(1);
    expect(sectorList.edges[0].node.notices).toEqual([]);

    for (const outsider of [otherEditor, fg.C, fg.E, fg.F]) {
      expect(
        (await app.graphql(INCIDENT, { id: incidentId }, { token: outsider.token })).data!.incident,
      ).toBeNull();
      expect(
        (await app.graphql(INCIDENTS, {}, { token: outsider.token })).data!.incidents.totalCount,
      ).toBe(0);
    }
    const vendorList = (await app.graphql(INCIDENTS, { status: 'OPEN' }, { token: editor.token }))
      .data!.incidents;
    expect(vendorList.edges[0].node.notices).toHaveLength(2);
  });

  it("keeps the time to each board's acknowledgement by its privacy officer", async () => {
    // Acknowledging for a board one is not privacy officer of.
    const forOther = await app.graphql(
      ACK,
      { input: { incidentId, boardId: boards.B } },
      { token: fg.A.token },
    );
    expect(forOther.errors![0].extensions.code).toBe('FORBIDDEN');
    const byAdmin = await app.graphql(
      ACK,
      { input: { incidentId, boardId: boards.A } },
      { token: adminA.token },
    );
    expect(byAdmin.errors![0].extensions.code).toBe('FORBIDDEN');
    const unaffected = await app.graphql(
      ACK,
      { input: { incidentId, boardId: boards.E } },
      { token: fg.E.token },
    );
    expect(unaffected.errors![0].extensions.code).toBe('NOT_FOUND');

    const res = await app.graphql(
      ACK,
      { input: { incidentId, boardId: boards.A } },
      { token: fg.A.token },
    );
    expect(res.errors).toBeUndefined();
    const notice = res.data!.acknowledgeIncident.notices[0];
    expect(notice.acknowledgedBy).toEqual({ id: fg.A.userId, name: expect.any(String) });
    expect(notice.secondsToAcknowledge).toBeGreaterThanOrEqual(0);
    expect(notice.secondsToAcknowledge).toBe(
      Math.round((Date.parse(notice.acknowledgedAt) - Date.parse(notice.notifiedAt)) / 1000),
    );
    expect(res.data!.acknowledgeIncident.acknowledgedCount).toBe(1);

    const again = await app.graphql(
      ACK,
      { input: { incidentId, boardId: boards.A } },
      { token: fg.A.token },
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });

    // The vendor sees who acknowledged and when; B is still open.
    const seen = (await app.graphql(INCIDENT, { id: incidentId }, { token: editor.token })).data!
      .incident;
    const byBoard = Object.fromEntries(
      seen.notices.map((n: { board: { id: string } }) => [n.board.id, n]),
    );
    expect(byBoard[boards.A].acknowledgedAt).toBe(notice.acknowledgedAt);
    expect(byBoard[boards.B].acknowledgedAt).toBeNull();
  });

  it('tells the boards of each update, and of the resolution', async () => {
    const foreignUpdate = await app.graphql(
      UPDATE,
      { input: { incidentId, body: 'Niets aan de hand.' } },
      { token: otherEditor.token },
    );
    expect(foreignUpdate.errors![0].extensions.code).toBe('NOT_FOUND');
    const byBoard = await app.graphql(
      UPDATE,
      { input: { incidentId, body: 'Niets aan de hand.' } },
      { token: fg.A.token },
    );
    expect(byBoard.errors![0].extensions.code).toBe('FORBIDDEN');
    const blank = await app.graphql(
      UPDATE,
      { input: { incidentId, body: '  ' } },
      { token: editor.token },
    );
    expect(blank.errors![0].extensions.fields![0].field).toBe('input.body');

    const res = await app.graphql(
      UPDATE,
      { input: { incidentId, body: 'De sleutel is ingetrokken; 412 leerlingen geraakt.' } },
      { token: editor.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addIncidentUpdate.updates).toEqual([
      {
        id: expect.any(String),
        body: 'De sleutel is ingetrokken; 412 leerlingen geraakt.',
        createdAt: expect.any(String),
        author: { id: editor.userId, name: expect.any(String) },
      },
    ]);
    expect(await kinds(fg.B)).toEqual(['INCIDENT_UPDATED', 'INCIDENT_REPORTED']);
    expect(await kinds(fg.E)).toEqual([]);

    expect(
      (await app.graphql(RESOLVE, { id: incidentId }, { token: otherEditor.token })).errors![0]
        .extensions.code,
    ).toBe('NOT_FOUND');
    const resolved = await app.graphql(RESOLVE, { id: incidentId }, { token: editor.token });
    expect(resolved.data!.resolveIncident).toMatchObject({ status: 'RESOLVED' });
    expect(resolved.data!.resolveIncident.resolvedAt).not.toBeNull();
    expect((await kinds(adminA))[0]).toBe('INCIDENT_RESOLVED');
    const late = await app.graphql(
      UPDATE,
      { input: { incidentId, body: 'Nog iets.' } },
      { token: editor.token },
    );
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(
      (await app.graphql(INCIDENTS, { status: 'OPEN' }, { token: editor.token })).data!.incidents
        .totalCount,
    ).toBe(0);

    const actions = (
      await ds.query('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq', [
        incidentId,
      ])
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual([
      'incident.reported',
      'incident.acknowledged',
      'incident.updated',
      'incident.resolved',
    ]);
  });

  it('pages the list newest first', async () => {
    const second = await report(editor.token, { productIds: [p3], severity: 'LOW' });
    expect(second.data!.reportIncident.affectedBoardCount).toBe(2); // A and E
    const first = await app.graphql(INCIDENTS, { first: 1 }, { token: editor.token });
    const page = first.data!.incidents;
    expect(page.totalCount).toBe(2);
    expect(page.edges[0].node.id).toBe(second.data!.reportIncident.id);
    const next = await app.graphql(
      INCIDENTS,
      { first: 1, after: page.pageInfo.endCursor },
      { token: editor.token },
    );
    expect(next.data!.incidents.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      incidentId,
    ]);
  });
});
