// The reminder job: attestations becoming EXPIRING and EXPIRED, agreements ending
// within 60 days, each reminder once per item and threshold, even when the job
// runs twice at the same moment.
import { addDays, AgreementStatus, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { seedAgreement } from '../support/agreements-seed';
import { createAttestation, createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';

const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind title body link } } } }`;

type Person = Awaited<ReturnType<typeof signUp>>;

describe('reminders', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let ds: DataSource;
  let reminders: RemindersService;
  const today = amsterdamDate();
  let editor: Person;
  let vendorAdmin: Person;
  let fgA: Person;
  let procurementA: Person;
  let fgB: Person;
  let fgC: Person;
  let fgD: Person;
  let otherVendorEditor: Person;
  let expiring: string;
  let expired: string;
  let agreementA: string;
  let vendorId: string;
  let p2: string;

  const notifications = async (person: Person) =>
    (
      (await app.graphql(NOTIFICATIONS, {}, { token: person.token })).data!.notifications.edges as {
        node: { kind: string; title: string; body: string; link: string };
      }[]
    ).map((e) => e.node);
  const kinds = async (person: Person) => (await notifications(person)).map((n) => n.kind).sort();

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    ds = app.running.app.get(DataSource);
    reminders = app.running.app.get(RemindersService);
    const vendor = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Toetsbaar',
    });
    const otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorAdmin = await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] });
    otherVendorEditor = await signUp(app, {
      organisationId: otherVendor,
      roles: [Role.VENDOR_EDITOR],
    });
    const p1 = await createProduct(app, vendor, 'Toetsbaar Examens');
    vendorId = vendor;
    p2 = await createProduct(app, vendor, 'Toetsbaar Oefenen');
    const p3 = await createProduct(app, vendor, 'Toetsbaar Analyse');
    const board = async (name: string) => {
      const id = await createOrganisation(app, { kind: OrganisationKind.BOARD, name });
      return {
        id,
        fg: await signUp(app, {
          organisationId: id,
          roles: [Role.PRIVACY_OFFICER],
          email: `fg@${name.toLowerCase()}.example.nl`,
        }),
      };
    };
    const a = await board('Rijnstroom');
    const b = await board('Maasland');
    const c = await board('Veluwezoom');
    const d = await board('Kempen');
    fgA = a.fg;
    fgB = b.fg;
    fgC = c.fg;
    fgD = d.fg;
    procurementA = await signUp(app, { organisationId: a.id, roles: [Role.PROCUREMENT] });
    // A: ACTIVE on p1, ending in 30 days. B: ACTIVE on p2, ending in 300. C: a DRAFT
    // on p1, ending in 30 days. D: ACTIVE on p3 (no attestation reminder covers it).
    agreementA = await seedAgreement(app, {
      boardId: a.id,
      vendorId: vendor,
      productIds: [p1],
      validUntil: addDays(today, 30),
    });
    await seedAgreement(app, {
      boardId: b.id,
      vendorId: vendor,
      productIds: [p2],
      validUntil: addDays(today, 300),
    });
    await seedAgreement(app, {
      boardId: c.id,
      vendorId: vendor,
      productIds: [p1],
      status: AgreementStatus.DRAFT,
      validUntil: addDays(today, 30),
    });
    await seedAgreement(app, { boardId: d.id, vendorId: vendor, productIds: [p3] });
    expiring = (
      await createAttestation(app, editor.token, {
        vendorId: vendor,
        productIds: [p1],
        validUntil: addDays(today, 20),
      })
    ).id;
    expired = (
      await createAttestation(app, editor.token, {
        vendorId: vendor,
        type: 'NEN7510',
        productIds: [p2],
        issuedOn: addDays(today, -400),
        validUntil: addDays(today, -3),
      })
    ).id;
    // Valid for long: no reminder.
    await createAttestation(app, editor.token, {
      vendorId: vendor,
      type: 'PENTEST',
      productIds: [p1, p2, p3],
    });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('sends each reminder once, with two runs at the same moment and a third after', async () => {
    const runs = await Promise.all([reminders.runOnce(today), reminders.runOnce(today)]);
    const sum = (rule: string) => runs.reduce((n, r) => n + r.sent[rule], 0);
    expect(sum('attestation.validity')).toBe(2);
    expect(sum('agreement.expiry')).toBe(1);
    expect(await reminders.runOnce(today)).toEqual({
      sent: {
        'attestation.validity': 0,
        'agreement.expiry': 0,
        'tender.deadline': 0,
        'subprocessorChange.notice': 0,
        'subprocessorChange.effect': 0,
        'agreement.exit': 0,
      },
    });
    const ledger = await ds.query(
      'SELECT rule, item_id, threshold FROM reminder_sent ORDER BY rule, threshold',
    );
    expect(ledger).toEqual([
      { rule: 'agreement.expiry', item_id: agreementA, threshold: '60d' },
      { rule: 'attestation.validity', item_id: expired, threshold: 'EXPIRED' },
      { rule: 'attestation.validity', item_id: expiring, threshold: 'EXPIRING' },
    ]);
    const audited = await ds.query(
      "SELECT count(*) AS n FROM audit_event WHERE action = 'reminder.sent'",
    );
    expect(Number(audited[0].n)).toBe(3);
  });

  it('tells the vendor, and the privacy officers of boards with ACTIVE agreements on the products', async () => {
    expect(await kinds(editor)).toEqual([
      'AGREEMENT_EXPIRING',
      'ATTESTATION_EXPIRED',
      'ATTESTATION_EXPIRING',
    ]);
    expect(await kinds(vendorAdmin)).toEqual(await kinds(editor));
    // A: the expiring attestation covers p1, and its agreement ends within 60 days.
    expect(await kinds(fgA)).toEqual(['AGREEMENT_EXPIRING', 'ATTESTATION_EXPIRING']);
    expect(await kinds(procurementA)).toEqual(['AGREEMENT_EXPIRING']);
    // B: the expired attestation covers p2.
    expect(await kinds(fgB)).toEqual(['ATTESTATION_EXPIRED']);
    // C's agreement is a draft; D's products are covered by a valid attestation.
    expect(await kinds(fgC)).toEqual([]);
    expect(await kinds(fgD)).toEqual([]);
    expect(await kinds(otherVendorEditor)).toEqual([]);
    const [reminder] = (await notifications(fgA)).filter((n) => n.kind === 'ATTESTATION_EXPIRING');
    expect(reminder.title).toMatch(
      /^Attestatie ISO\/IEC 27001 van Toetsbaar verloopt op \d{1,2} \w+ \d{4}$/,
    );
    expect(reminder.link).toBe(`/attestations/${expiring}`);
    const [mail] = await eventually(
      () => (smtp.to(fgB.email).length ? smtp.to(fgB.email) : undefined),
      "board B's privacy officer's e-mail",
    );
    expect(mail.parsed.subject).toBe('Attestatie NEN 7510 van Toetsbaar is verlopen');
    expect(mail.parsed.text).toContain('Toetsbaar Oefenen');
  });

  it('reminds again when an EXPIRING attestation becomes EXPIRED, and only then', async () => {
    const later = addDays(today, 21);
    const [first, second] = await Promise.all([reminders.runOnce(later), reminders.runOnce(later)]);
    expect(first.sent['attestation.validity'] + second.sent['attestation.validity']).toBe(1);
    expect(first.sent['agreement.expiry'] + second.sent['agreement.expiry']).toBe(0);
    expect(await kinds(fgA)).toEqual([
      'AGREEMENT_EXPIRING',
      'ATTESTATION_EXPIRED',
      'ATTESTATION_EXPIRING',
    ]);
    expect(await kinds(fgB)).toEqual(['ATTESTATION_EXPIRED']);
  });

  it('tells those who can still act that a tender deadline is three days away, once', async () => {
    const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    const waiting = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const joined = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const inkoperWaiting = await signUp(app, {
      organisationId: waiting,
      roles: [Role.PROCUREMENT],
    });
    const inkoperJoined = await signUp(app, { organisationId: joined, roles: [Role.PROCUREMENT] });
    const insertTender = async (status: string, interestInHours: number, offersInHours: number) =>
      (
        await ds.query(
          `INSERT INTO tender (sector_body_id, title, description, category, status,
             interest_deadline, offer_deadline, criteria)
           VALUES ($1, 'Toetsplatform PO', 'Gezamenlijk', 'LEARNING_PLATFORM', $2,
             now() + $3 * interval '1 hour', now() + $4 * interval '1 hour',
             '[{"name":"prijs","weight":100}]') RETURNING id`,
          [sectorBody, status, interestInHours, offersInHours],
        )
      )[0].id as string;
    const open = await insertTender('OPEN_FOR_INTEREST', 48, 24 * 30);
    await insertTender('OPEN_FOR_INTEREST', 24 * 10, 24 * 30); // not yet: ten days away
    await ds.query(
      `INSERT INTO tender_interest (tender_id, board_id, student_count, school_count, registered_at)
       VALUES ($1, $2, 800, 4, now())`,
      [open, joined],
    );
    const runs = await Promise.all([reminders.runOnce(today), reminders.runOnce(today)]);
    expect(runs.reduce((n, r) => n + r.sent['tender.deadline'], 0)).toBe(1);
    expect((await reminders.runOnce(today)).sent['tender.deadline']).toBe(0);
    expect(await kinds(inkoperWaiting)).toEqual(['TENDER_INTEREST_DEADLINE']);
    // The deadline to the minute, in words a person reads: "… tot 24 november 2026 om 14:05."
    const [told] = await notifications(inkoperWaiting);
    expect(told.body).toMatch(/ tot \d{1,2} \p{L}+ \d{4} om \d{2}:\d{2}\. /u);
    expect(await kinds(inkoperJoined)).toEqual([]);
    // Vendors that may still offer hear of the offer deadline; nobody else does.
    const offers = await insertTender('OPEN_FOR_OFFERS', -24, 60);
    expect((await reminders.runOnce(today)).sent['tender.deadline']).toBe(1);
    const links = (await notifications(editor)).map((n) => n.link);
    expect(links).toContain(`/procurement/tenders/${offers}`);
    expect(await kinds(inkoperWaiting)).toEqual(['TENDER_INTEREST_DEADLINE']);
  });

  it('tells of an attestation entered already expired, but not of one long known to have expired', async () => {
    const entered = (
      await createAttestation(app, editor.token, {
        vendorId,
        type: 'ISAE3402',
        productIds: [p2],
        issuedOn: addDays(today, -800),
        validUntil: addDays(today, -400),
      })
    ).id;
    // Shown as EXPIRED from the start.
    const shown = await app.graphql(
      `query ($id: ID!) { attestation(id: $id) { validity } }`,
      { id: entered },
      { token: editor.token },
    );
    expect(shown.data!.attestation).toEqual({ validity: 'EXPIRED' });
    // One that expired as long ago, and was entered long ago: known, not news.
    const known = (
      await createAttestation(app, editor.token, {
        vendorId,
        type: 'ISAE3000',
        productIds: [p2],
        issuedOn: addDays(today, -800),
        validUntil: addDays(today, -400),
      })
    ).id;
    await ds.query(`UPDATE attestation SET created_at = now() - interval '60 days' WHERE id = $1`, [
      known,
    ]);
    expect((await reminders.runOnce(today)).sent['attestation.validity']).toBe(1);
    const ledger = await ds.query(
      `SELECT item_id, threshold FROM reminder_sent WHERE item_id = ANY($1::uuid[])`,
      [[entered, known]],
    );
    expect(ledger).toEqual([{ item_id: entered, threshold: 'EXPIRED' }]);
    // Board B's FG (an ACTIVE agreement on p2) hears of it.
    expect(await kinds(fgB)).toEqual(['ATTESTATION_EXPIRED', 'ATTESTATION_EXPIRED']);
  });
});
