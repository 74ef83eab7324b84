// Security advisories over HTTP (DOMAIN.md "Security advisories"): a sector body's CERT
// publishes one, typed in or imported from a CSAF 2.0 document; it reaches exactly the
// boards with an agreement in force on a named product (their security contacts, or
// their FGs and admins when they have none); who reads it follows its TLP label; the
// boards answer, and others see the counts under the small-count rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgreementStatus, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { seedAgreement } from '../support/agreements-seed';
import { createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';

// The standard's own example documents (test/fixtures/csaf/SOURCE.md).
const EXAMPLES = join(__dirname, '../fixtures/csaf');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CSAF documents are edited loosely
const exampleJson = (name: string): any => JSON.parse(example(name));

const ADVISORY_FIELDS = `id title summary severity tlp csafTrackingId csafVersion cves publishedAt recommendedAction
  affectedBoardCount respondedCount publisher { id } products { id }
  responses { board { id } notifiedAt response note respondedAt respondedBy { id name } }`;
const PUBLISH = `mutation ($input: PublishAdvisoryInput!) { publishAdvisory(input: $input) { ${ADVISORY_FIELDS} } }`;
const IMPORT = `mutation ($input: ImportCsafAdvisoryInput!) { importCsafAdvisory(input: $input) { ${ADVISORY_FIELDS} } }`;
const RESPOND = `mutation ($input: RespondToAdvisoryInput!) { respondToAdvisory(input: $input) { ${ADVISORY_FIELDS} } }`;
const ADVISORY = `query ($id: ID!) { advisory(id: $id) { ${ADVISORY_FIELDS} } }`;
const ADVISORIES = `query ($first: Int, $after: String) {
  advisories(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id tlp responses { board { id } } } }
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 100) { totalCount edges { node { kind title body link } } } }`;

type Person = Awaited<ReturnType<typeof signUp>>;
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely

describe('security advisories', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let ds: DataSource;
  let sector: string;
  let otherSector: string;
  let cert: Person;
  let sectorViewer: Person;
  let negotiator: Person;
  let otherCert: Person;
  let vendor: string;
  let vendorEditor: Person;
  let otherVendorEditor: Person;
  let inspector: Person;
  let platformAdmin: Person;
  let p1: string;
  let p2: string;
  let converter: string;
  let ios: string;
  let evdProduct: string;
  let sso: string;
  const boards: Record<string, string> = {};
  const people: Record<string, Person> = {};

  const publish = (token: string, overrides: Record<string, unknown> = {}) =>
    app.graphql(
      PUBLISH,
      {
        input: {
          publisherId: sector,
          title: 'Kwetsbaarheid in Leerwolk Cijfers',
          summary: 'Een aanvaller kan zonder aanmelding cijfers lezen. Werk bij naar 4.2.1.',
          severity: 'HIGH',
          tlp: 'AMBER',
          cves: ['CVE-2026-12345'],
          productIds: [p1],
          ...overrides,
        },
      },
      { token },
    );
  const importCsaf = (token: string, document: string, overrides: Record<string, unknown> = {}) =>
    app.graphql(IMPORT, { input: { publisherId: sector, document, ...overrides } }, { token });
  const respond = (token: string, input: Record<string, unknown>) =>
    app.graphql(RESPOND, { input: { response: 'AFFECTED', ...input } }, { token });
  const read = async (person: Person, id: string) =>
    (await app.graphql(ADVISORY, { id }, { token: person.token })).data!.advisory as Loose | null;
  const notifications = async (person: Person) =>
    (
      (await app.graphql(NOTIFICATIONS, {}, { token: person.token })).data!.notifications.edges as {
        node: Loose;
      }[]
    ).map((e) => e.node);
  const advisoryCount = async () =>
    Number((await ds.query('SELECT count(*) AS n FROM security_advisory'))[0].n);
  const expectBadInput = (res: Loose, field: string) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields.map((f: { field: string }) => f.field)).toContain(
      field,
    );
  };

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    ds = app.running.app.get(DataSource);
    sector = await createOrganisation(app, {
      kind: OrganisationKind.SECTOR_BODY,
      name: 'SURF-CERT',
    });
    otherSector = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    cert = await signUp(app, { organisationId: sector, roles: [Role.CERT], name: 'Cert Persoon' });
    sectorViewer = await signUp(app, { organisationId: sector, roles: [Role.VIEWER] });
    negotiator = await signUp(app, { organisationId: sector, roles: [Role.NEGOTIATOR] });
    otherCert = await signUp(app, { organisationId: otherSector, roles: [Role.CERT] });
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwolk' });
    vendorEditor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    const otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    otherVendorEditor = await signUp(app, {
      organisationId: otherVendor,
      roles: [Role.VENDOR_EDITOR],
    });
    const supervisor = await createOrganisation(app, { kind: OrganisationKind.SUPERVISOR });
    inspector = await signUp(app, { organisationId: supervisor, roles: [Role.INSPECTOR] });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    p1 = await createProduct(app, vendor, 'Leerwolk Cijfers');
    p2 = await createProduct(app, vendor, 'Leerwolk Rooster');
    // The vendors and products the standard's example documents name.
    const csafTools = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'CSAF Tools',
    });
    converter = await createProduct(app, csafTools, 'CVRF-CSAF-Converter');
    const cisco = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Cisco' });
    ios = await createProduct(app, cisco, 'IOS');
    const exampleCompany = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Example Company',
    });
    evdProduct = await createProduct(app, exampleCompany, 'DEF');
    const redHat = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Red Hat',
    });
    sso = await createProduct(app, redHat, 'Single Sign-On (Keycloak)');

    // A: in force on p1 and the converter, has a security contact; B: in force on p1,
    // none; C: in force on p2, has one; D: a DRAFT on p1 only; E: in force on p2 and IOS.
    for (const key of ['A', 'B', 'C', 'D', 'E']) {
      boards[key] = await createOrganisation(app, {
        kind: OrganisationKind.BOARD,
        name: `Bestuur ${key}`,
      });
      for (const [role, label] of [
        [Role.PRIVACY_OFFICER, 'fg'],
        [Role.ADMIN, 'admin'],
        [Role.VIEWER, 'viewer'],
        [Role.PROCUREMENT, 'procurement'],
      ] as const)
        people[`${label}${key}`] = await signUp(app, {
          organisationId: boards[key],
          roles: [role],
          email: `${label}-${key.toLowerCase()}@bestuur.example.nl`,
        });
    }
    for (const key of ['A', 'C'])
      people[`sec${key}`] = await signUp(app, {
        organisationId: boards[key],
        roles: [Role.SECURITY_CONTACT],
        email: `sec-${key.toLowerCase()}@bestuur.example.nl`,
      });
    await seedAgreement(app, { boardId: boards.A, vendorId: vendor, productIds: [p1] });
    await seedAgreement(app, { boardId: boards.A, vendorId: csafTools, productIds: [converter] });
    await seedAgreement(app, { boardId: boards.B, vendorId: vendor, productIds: [p1] });
    await seedAgreement(app, { boardId: boards.C, vendorId: vendor, productIds: [p2] });
    await seedAgreement(app, {
      boardId: boards.D,
      vendorId: vendor,
      productIds: [p1],
      status: AgreementStatus.DRAFT,
    });
    await seedAgreement(app, { boardId: boards.E, vendorId: vendor, productIds: [p2] });
    await seedAgreement(app, { boardId: boards.E, vendorId: cisco, productIds: [ios] });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  describe('publishing', () => {
    it('refuses an advisory for no product, naming productIds, and a bad CVE; stores nothing', async () => {
      expectBadInput(await publish(cert.token, { productIds: [] }), 'input.productIds');
      expectBadInput(await publish(cert.token, { cves: ['CVE-12'] }), 'input.cves.0');
      expectBadInput(await publish(cert.token, { title: '  ' }), 'input.title');
      // TLP:RED is not a level Regie fans out: the contract has no such value.
      expect((await publish(cert.token, { tlp: 'RED' })).errors![0].extensions.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(await advisoryCount()).toBe(0);
    });

    it('lets only the sector body’s own CERT publish: a NEGOTIATOR or another CERT is FORBIDDEN', async () => {
      for (const person of [negotiator, sectorViewer, otherCert, people.secA, vendorEditor])
        expect((await publish(person.token)).errors![0].extensions.code).toBe('FORBIDDEN');
      // Another sector body's CERT acting for its own body but naming ours is just as wrong.
      expect(
        (await publish(cert.token, { publisherId: otherSector })).errors![0].extensions.code,
      ).toBe('FORBIDDEN');
      expect(await advisoryCount()).toBe(0);
    });

    it('fans out in the same transaction to the boards with an agreement in force: security contacts, else FGs and admins', async () => {
      const res = await publish(cert.token);
      expect(res.errors).toBeUndefined();
      const advisory = res.data!.publishAdvisory;
      expect(advisory).toMatchObject({
        severity: 'HIGH',
        tlp: 'AMBER',
        cves: ['CVE-2026-12345'],
        csafTrackingId: null,
        publisher: { id: sector },
        products: [{ id: p1 }],
        affectedBoardCount: 2,
        respondedCount: 0,
      });
      expect(advisory.responses.map((r: Loose) => r.board.id).sort()).toEqual(
        [boards.A, boards.B].sort(),
      );
      const kinds = async (person: Person) => (await notifications(person)).map((n) => n.kind);
      // A has a security contact: only they hear of it; B has none: its FG and admin.
      expect(await kinds(people.secA)).toEqual(['ADVISORY_PUBLISHED']);
      expect(await kinds(people.fgA)).toEqual([]);
      expect(await kinds(people.adminA)).toEqual([]);
      expect(await kinds(people.fgB)).toEqual(['ADVISORY_PUBLISHED']);
      expect(await kinds(people.adminB)).toEqual(['ADVISORY_PUBLISHED']);
      for (const person of [people.viewerB, people.procurementB, people.secC, people.fgD, cert])
        expect(await kinds(person)).toEqual([]);
      const [mail] = await eventually(
        () => (smtp.to(people.secA.email).length ? smtp.to(people.secA.email) : undefined),
        "board A's security contact's e-mail",
      );
      // Severity and TLP in words, the reader addressed as "je".
      expect(mail.parsed.subject).toBe(
        'Beveiligingsadvies van SURF-CERT (ernst hoog): Kwetsbaarheid in Leerwolk Cijfers',
      );
      expect(mail.parsed.text).toContain('dat jullie bestuur gebruikt');
      expect(mail.parsed.text).toContain('Delen: TLP:AMBER, deel het alleen binnen je organisatie');
      expect(mail.parsed.text).not.toMatch(/\buw\b|HIGH|AMBER_STRICT/);
      expect(mail.parsed.text).toContain('Leerwolk Cijfers');
      expect(mail.parsed.text).toContain(`/advisories/${advisory.id}`);

      const audit = await ds.query(
        'SELECT action, organisation_id, party_ids FROM audit_event WHERE entity_id = $1',
        [advisory.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].action).toBe('advisory.published');
      expect(audit[0].organisation_id).toBe(sector);
      expect([...audit[0].party_ids].sort()).toEqual([sector, boards.A, boards.B].sort());
    });
  });

  describe('TLP: who reads which level', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      for (const tlp of ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT']) {
        const res = await publish(cert.token, { tlp, title: `Advies ${tlp}` });
        expect(res.errors).toBeUndefined();
        ids[tlp] = res.data!.publishAdvisory.id;
      }
    });

    const readers = (): [string, Person, string[]][] => [
      // [who, person, the levels they read]
      ['the publisher’s CERT', cert, ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT']],
      ['a viewer of the publisher', sectorViewer, ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT']],
      [
        'an affected board’s security contact',
        people.secA,
        ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT'],
      ],
      ['an affected board’s FG', people.fgB, ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT']],
      ['an affected board’s admin', people.adminB, ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT']],
      ['an affected board’s viewer', people.viewerA, ['CLEAR', 'GREEN', 'AMBER']],
      ['an affected board’s procurement', people.procurementB, ['CLEAR', 'GREEN', 'AMBER']],
      ['an unaffected board’s security contact', people.secC, ['CLEAR', 'GREEN']],
      ['a board with only a draft', people.fgD, ['CLEAR', 'GREEN']],
      ['the vendor of the named product', vendorEditor, ['CLEAR', 'GREEN', 'AMBER']],
      ['another vendor', otherVendorEditor, ['CLEAR']],
      ['a supervisor’s inspector', inspector, ['CLEAR', 'GREEN']],
      ['another sector body’s CERT', otherCert, ['CLEAR', 'GREEN']],
      ['the platform admin', platformAdmin, ['CLEAR', 'GREEN', 'AMBER']],
    ];

    it('answers advisory(id) by the label, null to whoever may not read it', async () => {
      for (const [who, person, levels] of readers())
        for (const tlp of Object.keys(ids)) {
          const advisory = await read(person, ids[tlp]);
          expect([who, tlp, advisory?.id ?? null]).toEqual([
            who,
            tlp,
            levels.includes(tlp) ? ids[tlp] : null,
          ]);
        }
    });

    it('lists exactly what each reader may read', async () => {
      for (const [who, person, levels] of readers()) {
        const list = (await app.graphql(ADVISORIES, { first: 100 }, { token: person.token })).data!
          .advisories;
        const seen = list.edges
          .map((e: Loose) => e.node.id)
          .filter((id: string) => Object.values(ids).includes(id));
        expect([who, seen.sort()]).toEqual([who, levels.map((l) => ids[l]).sort()]);
      }
    });

    it('pages newest first', async () => {
      const first = (await app.graphql(ADVISORIES, { first: 2 }, { token: cert.token })).data!
        .advisories;
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = (
        await app.graphql(
          ADVISORIES,
          { first: 10, after: first.pageInfo.endCursor },
          { token: cert.token },
        )
      ).data!.advisories;
      expect(rest.edges).toHaveLength(3);
      expect(first.edges[0].node.id).toBe(ids.AMBER_STRICT);
      const bad = await app.graphql(ADVISORIES, { after: 'rommel' }, { token: cert.token });
      expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('answers', () => {
    let advisoryId: string;
    let clearId: string;
    beforeAll(async () => {
      // p1 and p2: boards A, B, C and E.
      const res = await publish(cert.token, { productIds: [p1, p2], tlp: 'GREEN' });
      expect(res.errors).toBeUndefined();
      advisoryId = res.data!.publishAdvisory.id;
      expect(res.data!.publishAdvisory.affectedBoardCount).toBe(4);
      clearId = (await publish(cert.token, { tlp: 'CLEAR', title: 'Voor iedereen' })).data!
        .publishAdvisory.id;
    });

    it('is FORBIDDEN for a board one does not belong to, or without a fitting role', async () => {
      expect(
        (await respond(people.secA.token, { advisoryId, boardId: boards.B })).errors![0].extensions
          .code,
      ).toBe('FORBIDDEN');
      for (const person of [people.viewerA, people.procurementA, cert, vendorEditor])
        expect(
          (await respond(person.token, { advisoryId, boardId: boards.A })).errors![0].extensions
            .code,
        ).toBe('FORBIDDEN');
    });

    it('is BAD_USER_INPUT for a visible advisory that does not concern the board', async () => {
      expectBadInput(
        await respond(people.secC.token, { advisoryId: clearId, boardId: boards.C }),
        'input.advisoryId',
      );
    });

    it('is NOT_FOUND for an advisory the board may not read, as for one that does not exist', async () => {
      const amber = (await publish(cert.token, { tlp: 'AMBER', productIds: [p2] })).data!
        .publishAdvisory.id;
      const hidden = await respond(people.fgA.token, { advisoryId: amber, boardId: boards.A });
      const missing = await respond(people.fgA.token, {
        advisoryId: '00000000-0000-4000-8000-000000000000',
        boardId: boards.A,
      });
      expect(hidden.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(missing.errors![0].extensions).toEqual(hidden.errors![0].extensions);
    });

    it('records an answer, lets the board change it, audits both, and shows each board only its own', async () => {
      const first = await respond(people.secA.token, {
        advisoryId,
        boardId: boards.A,
        response: 'AFFECTED',
        note: 'Bijwerken gepland voor vrijdag.',
      });
      expect(first.errors).toBeUndefined();
      const mine = first.data!.respondToAdvisory.responses;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        board: { id: boards.A },
        response: 'AFFECTED',
        note: 'Bijwerken gepland voor vrijdag.',
        respondedBy: { id: people.secA.userId },
      });
      const changed = await respond(people.fgA.token, {
        advisoryId,
        boardId: boards.A,
        response: 'MITIGATED',
        note: null,
      });
      expect(changed.data!.respondToAdvisory.responses[0]).toMatchObject({
        response: 'MITIGATED',
        note: null,
        respondedBy: { id: people.fgA.userId },
      });
      const audit = await ds.query(
        `SELECT action, organisation_id, before, after FROM audit_event
          WHERE entity_id = $1 AND action = 'advisory.responded' ORDER BY seq`,
        [advisoryId],
      );
      expect(audit.map((a: Loose) => [a.organisation_id, a.after.response])).toEqual([
        [boards.A, 'AFFECTED'],
        [boards.A, 'MITIGATED'],
      ]);
      expect(audit[1].before.response).toBe('AFFECTED');

      // Board B sees no answer of A's, and its own empty one.
      const b = await read(people.fgB, advisoryId);
      expect(b!.responses).toEqual([
        expect.objectContaining({ board: { id: boards.B }, response: null }),
      ]);
      // The publisher's CERT sees every board's answer; its other members none.
      const all = await read(cert, advisoryId);
      expect(all!.responses.map((r: Loose) => r.board.id).sort()).toEqual(
        [boards.A, boards.B, boards.C, boards.E].sort(),
      );
      expect((await read(sectorViewer, advisoryId))!.responses).toEqual([]);
      for (const person of [otherCert, inspector, platformAdmin, vendorEditor, people.fgD])
        expect((await read(person, advisoryId))!.responses).toEqual([]);
    });

    it('counts exactly for the publisher and under the small-count rule for everyone else', async () => {
      // 4 boards, 1 answered: the publisher's members see 4 and 1.
      for (const person of [cert, sectorViewer])
        expect(await read(person, advisoryId)).toMatchObject({
          affectedBoardCount: 4,
          respondedCount: 1,
        });
      // Others: 4 is shown, 1 answered is not (1 or 2), nor would 3 (1 short of 4).
      for (const person of [people.fgB, inspector, otherCert, platformAdmin, people.secA])
        expect(await read(person, advisoryId)).toMatchObject({
          affectedBoardCount: 4,
          respondedCount: null,
        });
      await respond(people.secC.token, { advisoryId, boardId: boards.C });
      await respond(people.fgB.token, { advisoryId, boardId: boards.B, response: 'NOT_AFFECTED' });
      expect(await read(inspector, advisoryId)).toMatchObject({
        affectedBoardCount: 4,
        respondedCount: null,
      });
      expect(await read(cert, advisoryId)).toMatchObject({ respondedCount: 3 });
      await respond(people.fgE.token, { advisoryId, boardId: boards.E, response: 'NOT_AFFECTED' });
      expect(await read(inspector, advisoryId)).toMatchObject({
        affectedBoardCount: 4,
        respondedCount: 4,
      });
      // Two affected boards: the total is null, and so its part.
      const first = (
        await app.graphql(ADVISORIES, { first: 100 }, { token: otherCert.token })
      ).data!.advisories.edges.at(-1).node.id;
      expect(await read(otherCert, first)).toMatchObject({
        affectedBoardCount: null,
        respondedCount: null,
      });
      expect(await read(cert, first)).toMatchObject({ affectedBoardCount: 2, respondedCount: 0 });
    });
  });

  describe('CSAF 2.0 import', () => {
    it('refuses a NEGOTIATOR and another sector body’s CERT', async () => {
      const doc = example('bsi-2022-0001.json');
      expect((await importCsaf(negotiator.token, doc)).errors![0].extensions.code).toBe(
        'FORBIDDEN',
      );
      expect((await importCsaf(otherCert.token, doc)).errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('imports the BSI example: TLP WHITE read as CLEAR, CVSS severity, title as summary, products matched', async () => {
      const res = await importCsaf(cert.token, example('bsi-2022-0001.json'));
      expect(res.errors).toBeUndefined();
      const advisory = res.data!.importCsafAdvisory;
      expect(advisory).toMatchObject({
        title: 'CVRF-CSAF-Converter: XML External Entities Vulnerability',
        summary: 'CVRF-CSAF-Converter: XML External Entities Vulnerability',
        severity: 'MEDIUM',
        tlp: 'CLEAR',
        cves: ['CVE-2022-27193'],
        csafTrackingId: 'BSI-2022-0001',
        csafVersion: '1',
        products: [{ id: converter }],
        affectedBoardCount: 1,
        // What to do: the document's remediation, with its link.
        recommendedAction:
          'Update to the latest version of the product. At least version 1.0.0-rc2\nhttps://github.com/csaf-tools/CVRF-CSAF-Converter/releases/tag/1.0.0-rc2',
      });
      expect(advisory.responses.map((r: Loose) => r.board.id)).toEqual([boards.A]);
      const audit = await ds.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [
        advisory.id,
      ]);
      expect(audit.map((a: Loose) => a.action)).toEqual(['advisory.imported']);
    });

    it('imports the Cisco example: no label takes the input’s TLP, the summary note, CRITICAL', async () => {
      const res = await importCsaf(cert.token, example('cisco-sa-20180328-smi2.json'), {
        tlp: 'GREEN',
      });
      expect(res.errors).toBeUndefined();
      const advisory = res.data!.importCsafAdvisory;
      expect(advisory).toMatchObject({
        tlp: 'GREEN',
        severity: 'CRITICAL',
        cves: ['CVE-2018-0171'],
        csafVersion: '3.0.0',
        products: [{ id: ios }],
        responses: [expect.objectContaining({ board: { id: boards.E } })],
      });
      expect(advisory.summary).toMatch(/^A vulnerability in the Smart Install feature/);
    });

    it('imports the VEX example: no label and no input is AMBER; no score takes the input’s severity, else BAD_USER_INPUT', async () => {
      const doc = example('2022-evd-uc-01-a-001.json');
      expectBadInput(await importCsaf(cert.token, doc), 'input.severity');
      const res = await importCsaf(cert.token, doc, { severity: 'HIGH' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.importCsafAdvisory).toMatchObject({
        tlp: 'AMBER',
        severity: 'HIGH',
        summary:
          'Example Company VEX document. Unofficial content for demonstration purposes only.',
        products: [{ id: evdProduct }],
        affectedBoardCount: 0,
      });
    });

    it('imports the Red Hat example for the products given; an aggregate severity that is no Regie level is not used', async () => {
      const doc = example('rhsa-2021_5217.json');
      // "Red Hat Single Sign-On" is not the name of the product in Regie.
      expectBadInput(await importCsaf(cert.token, doc, { severity: 'LOW' }), 'input.productIds');
      expectBadInput(await importCsaf(cert.token, doc, { productIds: [sso] }), 'input.severity');
      const res = await importCsaf(cert.token, doc, { productIds: [sso], severity: 'HIGH' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.importCsafAdvisory).toMatchObject({
        tlp: 'CLEAR',
        severity: 'HIGH',
        csafTrackingId: 'RHSA-2021:5217',
        products: [{ id: sso }],
      });
      expect(res.data!.importCsafAdvisory.summary).toMatch(/^A security update is now available/);
    });

    it('reads an aggregate severity that names a Regie level, NONE as LOW, and the description note', async () => {
      const doc = exampleJson('2022-evd-uc-01-a-001.json');
      doc.document.tracking.id = 'REGIE-AGG-1';
      doc.document.aggregate_severity = { text: 'Critical' };
      doc.document.notes = [{ category: 'description', text: 'Beschrijving.', title: 'D' }];
      const res = await importCsaf(cert.token, JSON.stringify(doc), { productIds: [p2] });
      expect(res.data!.importCsafAdvisory).toMatchObject({
        severity: 'CRITICAL',
        summary: 'Beschrijving.',
      });
      const none = exampleJson('bsi-2022-0001.json');
      none.document.tracking.id = 'REGIE-NONE-1';
      none.vulnerabilities[0].scores[0].cvss_v3.baseSeverity = 'NONE';
      none.vulnerabilities[0].scores[0].cvss_v3.baseScore = 0;
      const low = await importCsaf(cert.token, JSON.stringify(none), { severity: 'HIGH' });
      expect(low.errors).toBeUndefined();
      expect(low.data!.importCsafAdvisory.severity).toBe('LOW');
    });

    it('updates on a newer tracking version (answers kept, only new boards told); the same or an older one is ALREADY_EXISTS', async () => {
      const doc = exampleJson('bsi-2022-0001.json');
      const same = await importCsaf(cert.token, JSON.stringify(doc));
      expect(same.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
      const before = await advisoryCount();
      const [{ id: advisoryId }] = await ds.query(
        `SELECT id FROM security_advisory WHERE csaf_tracking_id = $1 AND publisher_id = $2`,
        ['BSI-2022-0001', sector],
      );
      await respond(people.secA.token, { advisoryId, boardId: boards.A, response: 'MITIGATED' });
      const secAWas = (await notifications(people.secA)).length;

      // Version 2 names Leerwolk Rooster too: boards C and E are told, A is not again.
      doc.document.tracking.version = '2';
      doc.document.title = 'CVRF-CSAF-Converter en Leerwolk Rooster: XXE';
      doc.product_tree.branches.push({
        category: 'vendor',
        name: 'Leerwolk',
        branches: [
          {
            category: 'product_name',
            name: 'Leerwolk Rooster',
            product: { name: 'Leerwolk Rooster', product_id: 'LW-R' },
          },
        ],
      });
      const updated = await importCsaf(cert.token, JSON.stringify(doc));
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.importCsafAdvisory).toMatchObject({
        id: advisoryId,
        title: 'CVRF-CSAF-Converter en Leerwolk Rooster: XXE',
        csafVersion: '2',
        affectedBoardCount: 3,
        respondedCount: 1,
      });
      expect(updated.data!.importCsafAdvisory.products.map((p: Loose) => p.id).sort()).toEqual(
        [converter, p2].sort(),
      );
      expect(await advisoryCount()).toBe(before);
      expect((await notifications(people.secA)).length).toBe(secAWas);
      expect(
        (await notifications(people.secC)).filter((n) => n.link === `/advisories/${advisoryId}`),
      ).toHaveLength(1);
      expect((await read(people.secA, advisoryId))!.responses[0].response).toBe('MITIGATED');
      const actions = await ds.query(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
        [advisoryId],
      );
      expect(actions.map((a: Loose) => a.action)).toEqual([
        'advisory.imported',
        'advisory.responded',
        'advisory.updated',
      ]);
      // An older version, or the same again: ALREADY_EXISTS, nothing changes.
      doc.document.tracking.version = '1';
      expect((await importCsaf(cert.token, JSON.stringify(doc))).errors![0].extensions.reason).toBe(
        'ALREADY_EXISTS',
      );
      doc.document.tracking.version = '2';
      expect((await importCsaf(cert.token, JSON.stringify(doc))).errors![0].extensions.reason).toBe(
        'ALREADY_EXISTS',
      );
      // Another sector body's CERT may import a document of the same tracking id for itself.
      const theirs = await importCsaf(otherCert.token, JSON.stringify(doc), {
        publisherId: otherSector,
      });
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data!.importCsafAdvisory.id).not.toBe(advisoryId);
    });

    describe('hostile and invalid documents: BAD_USER_INPUT naming what is wrong, nothing stored', () => {
      let before: number;
      beforeAll(async () => {
        before = await advisoryCount();
      });
      afterAll(async () => {
        expect(await advisoryCount()).toBe(before);
      });
      const refused = async (document: string, overrides: Record<string, unknown> = {}) => {
        const res = await importCsaf(cert.token, document, { severity: 'HIGH', ...overrides });
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        return res.errors![0].extensions as Loose;
      };

      it('refuses TLP:RED, naming the label', async () => {
        const doc = exampleJson('bsi-2022-0001.json');
        doc.document.tracking.id = 'RED-1';
        doc.document.distribution.tlp.label = 'RED';
        const ext = await refused(JSON.stringify(doc));
        expect(ext.fields[0].field).toBe('input.document');
        expect(ext.documentPath).toBe('/document/distribution/tlp/label');
        expect(ext.fields[0].message).toContain('TLP:RED');
      });

      it('refuses wrong types with the document and schema path', async () => {
        const doc = exampleJson('bsi-2022-0001.json');
        doc.document.tracking.id = 42;
        const ext = await refused(JSON.stringify(doc));
        expect(ext.fields[0].field).toBe('input.document');
        expect(ext.documentPath).toBe('/document/tracking/id');
        expect(ext.schemaPath).toMatch(/tracking\/properties\/id/);
        expect(ext.fields[0].message).toContain('/document/tracking/id');

        const badCvss = exampleJson('bsi-2022-0001.json');
        badCvss.document.tracking.id = 'CVSS-1';
        badCvss.vulnerabilities[0].scores[0].cvss_v3.baseScore = 'hoog';
        // Within the CVSS versions' oneOf: a path inside the score.
        expect((await refused(JSON.stringify(badCvss))).documentPath).toMatch(
          /^\/vulnerabilities\/0\/scores\/0\/cvss_v3\//,
        );
        const noTitle = exampleJson('bsi-2022-0001.json');
        delete noTitle.document.title;
        expect((await refused(JSON.stringify(noTitle))).documentPath).toBe('/document');
        expect((await refused('[]')).documentPath).toBe('/');
        expect((await refused('"tekst"')).documentPath).toBe('/');
      });

      it('refuses what is not JSON', async () => {
        expect((await refused('{"document": ')).fields[0].field).toBe('input.document');
      });

      it('refuses deep nesting without running out of stack', async () => {
        const deep = '['.repeat(100_000) + ']'.repeat(100_000);
        expect((await refused(deep)).fields[0].field).toBe('input.document');
        const doc = exampleJson('bsi-2022-0001.json');
        let branch = doc.product_tree.branches[0];
        for (let i = 0; i < 2000; i++) {
          const next = { category: 'product_version', name: `v${i}`, branches: [] as Loose[] };
          branch.branches = [next];
          branch = next;
        }
        branch.product = { name: 'x', product_id: 'X' };
        delete branch.branches;
        expect((await refused(JSON.stringify(doc))).fields[0].field).toBe('input.document');
      });

      it('refuses a document over 1 MiB and huge strings', async () => {
        const doc = exampleJson('bsi-2022-0001.json');
        doc.document.tracking.id = 'HUGE-1';
        doc.document.notes = [{ category: 'summary', text: 'x'.repeat(1024 * 1024) }];
        const ext = await refused(JSON.stringify(doc));
        expect(ext.fields[0].field).toBe('input.document');
        expect(ext.fields[0].message).toContain('1 MiB');
        // Just under the limit, a huge title is still a valid document; the title field
        // of Regie takes it as it is.
        const long = exampleJson('bsi-2022-0001.json');
        long.document.tracking.id = 'HUGE-2';
        long.document.title = '';
        expect((await refused(JSON.stringify(long))).documentPath).toBe('/document/title');
      });

      it('refuses a document whose products are not in Regie, naming productIds', async () => {
        const doc = exampleJson('bsi-2022-0001.json');
        doc.document.tracking.id = 'NOMATCH-1';
        doc.product_tree.branches[0].name = 'Onbekende Leverancier';
        expect((await refused(JSON.stringify(doc))).fields[0].field).toBe('input.productIds');
        expect((await refused(JSON.stringify(doc), { productIds: [] })).fields[0].field).toBe(
          'input.productIds',
        );
      });
    });
  });

  describe('what the pages read: what to do, filters, the products concerned, answers over time', () => {
    const DAY = 24 * 60 * 60 * 1000;
    const LIST = `query ($publisherId: ID, $boardId: ID, $awaitingAnswer: Boolean) {
      advisories(first: 100, publisherId: $publisherId, boardId: $boardId, awaitingAnswer: $awaitingAnswer) {
        totalCount edges { node { id } }
      }
    }`;
    const PAGE = `query ($id: ID!) { advisory(id: $id) {
      id recommendedAction affectedBoardCount respondedCount
      answersOverTime { day notifiedCount answeredCount }
      responses { board { id } response products { id } }
    } }`;
    let advisoryId: string;
    let theirsId: string;
    const list = async (person: Person, variables: Record<string, unknown>) => {
      const res = await app.graphql(LIST, variables, { token: person.token });
      expect(res.errors).toBeUndefined();
      return (res.data!.advisories.edges as { node: { id: string } }[]).map((e) => e.node.id);
    };
    const page = async (person: Person, id = advisoryId) =>
      (await app.graphql(PAGE, { id }, { token: person.token })).data!.advisory as Loose | null;

    beforeAll(async () => {
      // p1 and p2: boards A, B, C and E.
      const res = await publish(cert.token, {
        title: 'Wachtwoorden van Leerwolk',
        productIds: [p1, p2],
        tlp: 'GREEN',
        severity: 'CRITICAL',
        recommendedAction: 'Werk bij naar 4.2.1 en laat iedereen een nieuw wachtwoord kiezen.',
      });
      expect(res.errors).toBeUndefined();
      advisoryId = res.data!.publishAdvisory.id;
      theirsId = (
        await publish(otherCert.token, {
          publisherId: otherSector,
          tlp: 'CLEAR',
          title: 'Van elders',
        })
      ).data!.publishAdvisory.id;
    });

    it('carries what to do into the advisory, the notification and the e-mail', async () => {
      expect((await page(people.secA))!.recommendedAction).toBe(
        'Werk bij naar 4.2.1 en laat iedereen een nieuw wachtwoord kiezen.',
      );
      const notice = (await notifications(people.secC)).find(
        (n) => n.link === `/advisories/${advisoryId}`,
      );
      expect(notice!.title).toBe(
        'Beveiligingsadvies van SURF-CERT (ernst kritiek): Wachtwoorden van Leerwolk',
      );
      expect(notice!.body).toContain(
        'Wat moeten jullie doen? Werk bij naar 4.2.1 en laat iedereen een nieuw wachtwoord kiezen.',
      );
      expect(notice!.body).toContain('Delen: TLP:GREEN, deel het alleen binnen de onderwijssector');
      const mail = await eventually(
        () =>
          smtp
            .to(people.secC.email)
            .find((m) => m.parsed.subject?.includes('Wachtwoorden van Leerwolk')),
        "board C's e-mail",
      );
      expect(mail.parsed.text).toContain('Wat moeten jullie doen?');
    });

    it('lists by publisher, by board and awaiting an answer, as each reader may read the notices', async () => {
      expect(await list(cert, {})).toEqual(expect.arrayContaining([advisoryId, theirsId]));
      const own = await list(cert, { publisherId: sector });
      expect(own).toContain(advisoryId);
      expect(own).not.toContain(theirsId);
      const elsewhere = await list(cert, { publisherId: otherSector });
      expect(elsewhere).toContain(theirsId);
      expect(elsewhere).not.toContain(advisoryId);

      // A board's own: sent to it, and not answered yet.
      expect(await list(people.secA, { boardId: boards.A })).toContain(advisoryId);
      // The other sector body's, about p1, went to A and B but not to C.
      expect(await list(people.secA, { boardId: boards.A })).toContain(theirsId);
      expect(await list(people.secC, { boardId: boards.C })).not.toContain(theirsId);
      expect(await list(people.secC, {})).toContain(theirsId);
      expect(await list(people.secA, { boardId: boards.A, awaitingAnswer: true })).toContain(
        advisoryId,
      );
      // Another board's notices are not the reader's to see: nothing is listed for them.
      expect(await list(people.secA, { boardId: boards.B })).toEqual([]);
      expect(await list(people.fgD, { boardId: boards.A })).toEqual([]);
      for (const person of [inspector, platformAdmin, vendorEditor]) {
        expect(await list(person, { boardId: boards.A })).toEqual([]);
        expect(await list(person, { awaitingAnswer: true })).toEqual([]);
      }
      // Another sector body's CERT sees the boards of its own advisories only.
      const theirs = await list(otherCert, { boardId: boards.A });
      expect(theirs).toContain(theirsId);
      expect(theirs).not.toContain(advisoryId);
      expect(await list(otherCert, { awaitingAnswer: true })).not.toContain(advisoryId);
      // The publisher's CERT sees which boards it sent each one to.
      expect(await list(cert, { boardId: boards.C })).toContain(advisoryId);
      expect(await list(cert, { boardId: boards.D })).not.toContain(advisoryId);
      expect(await list(cert, { boardId: 'geen-id' })).toEqual([]);

      expect((await respond(people.secA.token, { advisoryId, boardId: boards.A })).errors).toBe(
        undefined,
      );
      expect(await list(people.secA, { boardId: boards.A, awaitingAnswer: true })).not.toContain(
        advisoryId,
      );
      expect(await list(people.secA, { boardId: boards.A })).toContain(advisoryId);
      // B, C and E have not answered: the publisher still awaits answers, and B does too.
      expect(await list(cert, { publisherId: sector, awaitingAnswer: true })).toContain(advisoryId);
      expect(await list(people.fgB, { awaitingAnswer: true })).toContain(advisoryId);
    });

    it('shows a board the products the advisory concerns at that board; the publisher’s CERT none', async () => {
      const a = await page(people.secA);
      expect(a!.responses).toEqual([
        expect.objectContaining({ board: { id: boards.A }, products: [{ id: p1 }] }),
      ]);
      expect((await page(people.fgE))!.responses[0].products).toEqual([{ id: p2 }]);
      const all = (await page(cert))!.responses as Loose[];
      expect(all).toHaveLength(4);
      for (const response of all) expect(response.products).toEqual([]);
    });

    it('counts answers over time by the first answer: exact for the publisher, the small-count rule for everyone else', async () => {
      for (const [key, person] of [
        ['B', people.fgB],
        ['C', people.secC],
        ['E', people.fgE],
      ] as const)
        expect(
          (
            await respond(person.token, {
              advisoryId,
              boardId: boards[key],
              response: 'NOT_AFFECTED',
            })
          ).errors,
        ).toBeUndefined();
      const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
      const day = (daysAgo: number) => amsterdamDate(at(daysAgo));
      // Told three days ago; A and B answered two days ago, C yesterday, E today.
      await ds.query(`UPDATE advisory_notice SET notified_at = $2 WHERE advisory_id = $1`, [
        advisoryId,
        at(3),
      ]);
      for (const [key, daysAgo] of [
        ['A', 2],
        ['B', 2],
        ['C', 1],
      ] as const)
        await ds.query(
          `UPDATE advisory_notice SET first_responded_at = $3 WHERE advisory_id = $1 AND board_id = $2`,
          [advisoryId, boards[key], at(daysAgo)],
        );
      // A changes its answer today: its first answer still counts two days ago.
      await respond(people.fgA.token, { advisoryId, boardId: boards.A, response: 'MITIGATED' });

      const exact = [
        { day: day(3), notifiedCount: 4, answeredCount: 0 },
        { day: day(2), notifiedCount: 4, answeredCount: 2 },
        { day: day(1), notifiedCount: 4, answeredCount: 3 },
        { day: day(0), notifiedCount: 4, answeredCount: 4 },
      ];
      for (const person of [cert, sectorViewer])
        expect((await page(person))!.answersOverTime).toEqual(exact);
      // 2 answered is small; 3 of 4 leaves 1 that did not answer.
      const ruled = [
        { day: day(3), notifiedCount: 4, answeredCount: 0 },
        { day: day(2), notifiedCount: 4, answeredCount: null },
        { day: day(1), notifiedCount: 4, answeredCount: null },
        { day: day(0), notifiedCount: 4, answeredCount: 4 },
      ];
      for (const person of [people.fgB, people.secA, inspector, otherCert, platformAdmin])
        expect((await page(person))!.answersOverTime).toEqual(ruled);
      // Whoever may not read the advisory learns nothing of it.
      expect(await page(otherVendorEditor)).toBeNull();

      // Two boards told: every count of theirs is null for others, exact for the publisher.
      const two = (await publish(cert.token, { tlp: 'CLEAR', productIds: [p1] })).data!
        .publishAdvisory.id;
      expect((await page(cert, two))!.answersOverTime).toEqual([
        { day: day(0), notifiedCount: 2, answeredCount: 0 },
      ]);
      expect((await page(otherCert, two))!.answersOverTime).toEqual([
        { day: day(0), notifiedCount: null, answeredCount: null },
      ]);
      // No board told: no day at all.
      const none = (await publish(cert.token, { tlp: 'CLEAR', productIds: [evdProduct] })).data!
        .publishAdvisory.id;
      expect((await page(otherCert, none))!.answersOverTime).toEqual([]);
    });
  });

  it('shows publishing and answers in the audit trail of the publisher and of each board, never another board’s answer', async () => {
    const AUDIT = `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) {
      edges { node { action entityType entityId organisation { id } } } } }`;
    const sectorAdmin = await signUp(app, { organisationId: sector, roles: [Role.ADMIN] });
    const res = await publish(cert.token, { title: 'Voor de audittrail', productIds: [p1] });
    const id = res.data!.publishAdvisory.id as string;
    await respond(people.secA.token, { advisoryId: id, boardId: boards.A, response: 'AFFECTED' });
    await respond(people.fgB.token, { advisoryId: id, boardId: boards.B, response: 'MITIGATED' });
    const trail = async (person: Person, organisationId: string) =>
      (
        (
          await app.graphql(
            AUDIT,
            { filter: { organisationId, entityType: 'SecurityAdvisory', entityId: id } },
            { token: person.token },
          )
        ).data!.auditEvents.edges as { node: Loose }[]
      ).map((e) => [e.node.action, e.node.organisation?.id]);
    expect(await trail(sectorAdmin, sector)).toEqual(
      expect.arrayContaining([
        ['advisory.published', sector],
        ['advisory.responded', boards.A],
        ['advisory.responded', boards.B],
      ]),
    );
    const a = await trail(people.adminA, boards.A);
    expect(a).toEqual(
      expect.arrayContaining([
        ['advisory.published', sector],
        ['advisory.responded', boards.A],
      ]),
    );
    expect(a).not.toContainEqual(['advisory.responded', boards.B]);
    // A board the advisory did not reach has nothing of it in its trail.
    expect(await trail(people.adminC, boards.C)).toEqual([]);
  });

  it('speaks English to an English reader', async () => {
    await ds.query(`UPDATE app_user SET locale = 'EN' WHERE id = $1`, [people.fgB.userId]);
    const res = await publish(cert.token, { title: 'English please' });
    expect(res.errors).toBeUndefined();
    const mine = (await notifications(people.fgB)).find((n) => n.title.includes('English please'));
    expect(mine!.title).toBe('Security advisory from SURF-CERT (severity high): English please');
    expect(mine!.body).toContain('which your board uses');
    expect(mine!.body).toContain('Sharing: TLP:AMBER, share it only within your organisation');
  });
});
