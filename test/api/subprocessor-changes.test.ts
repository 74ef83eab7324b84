// Changes of subprocessors over HTTP (GDPR art. 28(2); DOMAIN.md "Processing agreements"):
// a vendor announces a draft leaflet that adds or replaces subprocessors at least 30 days
// ahead; exactly the boards with an agreement in force on the product are told (their FGs
// and admins, in their language, in the app and by e-mail), may read the announced leaflet
// and object until the day before effectiveOn; the draft is frozen, and a leaflet cannot be
// published around the announcement; on effectiveOn the daily job publishes it, once, even
// when it runs twice at the same moment. Everything is audited.
import {
  addDays,
  AgreementStatus,
  amsterdamDate,
  Locale,
  OrganisationKind,
  Role,
  TransferMechanism,
} from '@regie/domain';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../apps/api/src/identity/user.entity';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { seedAgreement } from '../support/agreements-seed';
import { createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { leafletInput } from '../support/products';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely

const SUB = 'name service country transferMechanism';
const CHANGE_FIELDS = `id status effectiveOn announcedAt notifiedBoardCount objectionCount
  product { id name } added { ${SUB} } removed { ${SUB} }
  leaflet { id status version subprocessors { ${SUB} } }
  objections { board { id } reason objectedAt objectedBy { id name } }`;
const ANNOUNCE = `mutation ($input: AnnounceSubprocessorChangeInput!) {
  announceSubprocessorChange(input: $input) { ${CHANGE_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSubprocessorChange(id: $id) { ${CHANGE_FIELDS} } }`;
const OBJECT = `mutation ($input: ObjectToSubprocessorChangeInput!) {
  objectToSubprocessorChange(input: $input) { ${CHANGE_FIELDS} } }`;
const CHANGES = `query ($productId: ID, $status: SubprocessorChangeStatus, $first: Int, $after: String) {
  subprocessorChanges(productId: $productId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CHANGE_FIELDS} } } } }`;
const PRODUCT = `query ($id: ID!) { product(id: $id) {
  currentLeaflet { id version subprocessors { ${SUB} } } leaflets { id status version }
  subprocessorChanges { id status } } }`;
const SAVE_DRAFT = `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { id status version } }`;
const PUBLISH = `mutation ($id: ID!) { publishLeaflet(id: $id) { id status version } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind title body link } } } }`;
const AUDIT = `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) {
  edges { node { action entityType entityId actor { id } organisation { id } } } } }`;

const hosting = {
  name: 'Hosting B.V.',
  service: 'hosting',
  country: 'NL',
  transferMechanism: TransferMechanism.NOT_APPLICABLE,
};
const helpdesk = {
  name: 'Helpdesk Direct Ltd.',
  service: 'eerstelijns support',
  country: 'IN',
  transferMechanism: TransferMechanism.NONE,
};
const mailer = {
  name: 'Mailwise Inc.',
  service: 'systeemmails',
  country: 'US',
  transferMechanism: TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
};

describe('changes of subprocessors', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let ds: DataSource;
  let reminders: RemindersService;
  const today = amsterdamDate();
  const inDays = (n: number) => addDays(today, n);
  let vendor: string;
  let editor: Person;
  let vendorAdmin: Person;
  let vendorViewer: Person;
  let otherEditor: Person;
  let platformAdmin: Person;
  const boards: Record<string, string> = {};
  const people: Record<string, Person> = {};
  // P: the main flow; Q: no agreement in force; R: withdrawal; S: published by hand on its date.
  const products: Record<string, string> = {};
  const published: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, person: Person) =>
    app.graphql(query, variables, { token: person.token });
  const saveDraft = (person: Person, productId: string, subprocessors: unknown[]) =>
    gql(SAVE_DRAFT, { input: leafletInput(productId, { subprocessors }) }, person);
  const announce = (person: Person, leafletId: string, effectiveOn = inDays(30)) =>
    gql(ANNOUNCE, { input: { leafletId, effectiveOn } }, person);
  const object = (person: Person, changeId: string, boardId: string, reason = 'Geen waarborg') =>
    gql(OBJECT, { input: { changeId, boardId, reason } }, person);
  const change = async (person: Person, productId: string): Promise<Loose | undefined> =>
    (await gql(CHANGES, { productId }, person)).data!.subprocessorChanges.edges[0]?.node;
  const notifications = async (person: Person) =>
    ((await gql(NOTIFICATIONS, {}, person)).data!.notifications.edges as { node: Loose }[]).map(
      (e) => e.node,
    );
  const failure = (res: Loose) => ({
    code: res.errors?.[0]?.extensions?.code,
    reason: res.errors?.[0]?.extensions?.reason,
  });
  const badFields = (res: Loose) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors![0].extensions.fields as { field: string; message: string }[]).map(
      (f) => f.field,
    );
  };
  const changeRows = async () =>
    Number((await ds.query('SELECT count(*) AS n FROM subprocessor_change'))[0].n);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    ds = app.running.app.get(DataSource);
    reminders = app.running.app.get(RemindersService);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwolk' });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorAdmin = await signUp(app, {
      organisationId: vendor,
      roles: [Role.ADMIN],
      email: 'beheer@leerwolk.example.nl',
    });
    vendorViewer = await signUp(app, { organisationId: vendor, roles: [Role.VIEWER] });
    const otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    otherEditor = await signUp(app, { organisationId: otherVendor, roles: [Role.VENDOR_EDITOR] });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });

    for (const key of ['P', 'Q', 'R', 'S']) {
      products[key] = await createProduct(app, vendor, `Leerwolk ${key}`);
      const draft = await saveDraft(editor, products[key], [hosting, mailer]);
      published[key] = draft.data!.saveLeafletDraft.id;
      expect((await gql(PUBLISH, { id: published[key] }, editor)).errors).toBeUndefined();
    }
    // A, B, C: in force on P; D: a DRAFT agreement on P; E: in force on P from in 5 days;
    // F: in force on R and S only.
    for (const key of ['A', 'B', 'C', 'D', 'E', 'F']) {
      boards[key] = await createOrganisation(app, {
        kind: OrganisationKind.BOARD,
        name: `Bestuur ${key}`,
      });
      for (const [role, label] of [
        [Role.PRIVACY_OFFICER, 'fg'],
        [Role.ADMIN, 'admin'],
        [Role.VIEWER, 'viewer'],
      ] as const)
        people[`${label}${key}`] = await signUp(app, {
          organisationId: boards[key],
          roles: [role],
          email: `${label}-${key.toLowerCase()}@bestuur.example.nl`,
          name: `${label.toUpperCase()} ${key}`,
        });
    }
    // A's FG reads English; everyone else Dutch.
    await ds.getRepository(UserEntity).update({ id: people.fgA.userId }, { locale: Locale.EN });
    for (const key of ['A', 'B', 'C'])
      await seedAgreement(app, {
        boardId: boards[key],
        vendorId: vendor,
        productIds: [products.P],
      });
    await seedAgreement(app, {
      boardId: boards.D,
      vendorId: vendor,
      productIds: [products.P],
      status: AgreementStatus.DRAFT,
    });
    await seedAgreement(app, {
      boardId: boards.E,
      vendorId: vendor,
      productIds: [products.P],
      validFrom: inDays(5),
    });
    await seedAgreement(app, {
      boardId: boards.F,
      vendorId: vendor,
      productIds: [products.R, products.S],
    });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  describe('publishing without an announcement', () => {
    it('refuses a leaflet that adds or replaces a subprocessor while boards have agreements in force', async () => {
      const draft = await saveDraft(editor, products.P, [hosting, mailer, helpdesk]);
      const res = await gql(PUBLISH, { id: draft.data!.saveLeafletDraft.id }, editor);
      expect(failure(res)).toEqual({
        code: 'CONFLICT',
        reason: 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED',
      });
      // A replacement (the same name in another country) is a change as well.
      const moved = await saveDraft(editor, products.P, [{ ...hosting, country: 'DE' }, mailer]);
      expect(failure(await gql(PUBLISH, { id: moved.data!.saveLeafletDraft.id }, editor))).toEqual({
        code: 'CONFLICT',
        reason: 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED',
      });
      const product = (await gql(PRODUCT, { id: products.P }, editor)).data!.product;
      expect(product.currentLeaflet.id).toBe(published.P);
    });

    it('publishes freely a removal alone, and anything where no agreement is in force', async () => {
      const removal = await saveDraft(editor, products.R, [hosting]);
      const res = await gql(PUBLISH, { id: removal.data!.saveLeafletDraft.id }, editor);
      expect(res.errors).toBeUndefined();
      published.R = res.data!.publishLeaflet.id;
      const free = await saveDraft(editor, products.Q, [hosting, mailer, helpdesk]);
      const q = await gql(PUBLISH, { id: free.data!.saveLeafletDraft.id }, editor);
      expect(q.errors).toBeUndefined();
      expect(q.data!.publishLeaflet.version).toBe(2);
    });
  });

  describe('announcing', () => {
    let draftP: string;
    let changeP: Loose;

    beforeAll(async () => {
      draftP = (await saveDraft(editor, products.P, [hosting, helpdesk])).data!.saveLeafletDraft.id;
    });

    it('refuses a draft that adds or replaces nobody, naming leafletId; stores nothing', async () => {
      const same = await saveDraft(editor, products.S, [mailer, hosting]);
      expect(badFields(await announce(editor, same.data!.saveLeafletDraft.id))).toEqual([
        'input.leafletId',
      ]);
      // A removal alone needs no notice, so there is nothing to announce.
      const fewer = await saveDraft(editor, products.S, [hosting]);
      expect(badFields(await announce(editor, fewer.data!.saveLeafletDraft.id))).toEqual([
        'input.leafletId',
      ]);
      // A published version is no draft.
      expect(badFields(await announce(editor, published.P))).toEqual(['input.leafletId']);
      expect(await changeRows()).toBe(0);
    });

    it('refuses an effectiveOn less than 30 days ahead, naming effectiveOn, in the caller’s language', async () => {
      const res = await app.graphql(
        ANNOUNCE,
        { input: { leafletId: draftP, effectiveOn: inDays(29) } },
        { token: editor.token, headers: { 'accept-language': 'en' } },
      );
      expect(badFields(res)).toEqual(['input.effectiveOn']);
      expect(res.errors![0].extensions.fields![0].message).toBe(
        'Choose a date at least 30 days after today.',
      );
      const nl = await announce(editor, draftP, today);
      expect(nl.errors![0].extensions.fields![0].message).toBe(
        'Kies een datum ten minste 30 dagen na vandaag.',
      );
      expect(await changeRows()).toBe(0);
    });

    it('is NOT_FOUND for another vendor, FORBIDDEN for the vendor’s viewer', async () => {
      for (const leafletId of [draftP, published.P])
        expect(failure(await announce(otherEditor, leafletId)).code).toBe('NOT_FOUND');
      expect(failure(await announce(platformAdmin, draftP)).code).toBe('FORBIDDEN');
      expect(failure(await announce(vendorViewer, draftP)).code).toBe('FORBIDDEN');
      expect(failure(await announce(editor, '00000000-0000-4000-8000-000000000000')).code).toBe(
        'NOT_FOUND',
      );
      expect(await changeRows()).toBe(0);
    });

    it('tells exactly the boards with an agreement in force on the product, their FGs and admins', async () => {
      const res = await announce(editor, draftP, inDays(30));
      expect(res.errors).toBeUndefined();
      changeP = res.data!.announceSubprocessorChange;
      expect(changeP).toMatchObject({
        status: 'ANNOUNCED',
        effectiveOn: inDays(30),
        notifiedBoardCount: 3,
        objectionCount: 0,
        added: [helpdesk],
        removed: [mailer],
        leaflet: { id: draftP, status: 'DRAFT', version: 2 },
      });
      const notices: { board_id: string }[] = await ds.query(
        'SELECT board_id FROM subprocessor_change_notice WHERE change_id = $1',
        [changeP.id],
      );
      expect(notices.map((n) => n.board_id).sort()).toEqual([boards.A, boards.B, boards.C].sort());
      for (const key of ['A', 'B', 'C'])
        for (const who of ['fg', 'admin']) {
          const kinds = (await notifications(people[`${who}${key}`])).map((n) => n.kind);
          expect(kinds).toEqual(['SUBPROCESSOR_CHANGE_ANNOUNCED']);
        }
      for (const person of [people.viewerA, people.fgD, people.adminD, people.fgE, people.fgF])
        expect(await notifications(person)).toEqual([]);
    });

    it('writes the notice in each recipient’s language, in the app and by e-mail, in words', async () => {
      const [en] = await notifications(people.fgA);
      expect(en.title).toBe(
        `Leerwolk changes the subprocessors of Leerwolk P from ${formatEn(inDays(30))}`,
      );
      expect(en.body).toContain(
        'Added: Helpdesk Direct Ltd. (eerstelijns support; India; no safeguard).',
      );
      expect(en.body).toContain(
        'Removed: Mailwise Inc. (systeemmails; United States; standard contractual clauses).',
      );
      expect(en.body).toContain(`until ${formatEn(inDays(29))} inclusive`);
      expect(en.link).toBe(`/products/${products.P}/subprocessor-changes/${changeP.id}`);
      const [nl] = await notifications(people.adminB);
      expect(nl.title).toBe(
        `Leerwolk wijzigt de subverwerkers van Leerwolk P per ${formatNl(inDays(30))}`,
      );
      expect(nl.body).toContain(
        'Erbij: Helpdesk Direct Ltd. (eerstelijns support; India; geen waarborg).',
      );
      expect(nl.body).not.toMatch(/NONE|STANDARD_CONTRACTUAL_CLAUSES/);
      const mail = await eventually(
        () => smtp.to(people.fgA.email)[0],
        'the English e-mail to A’s FG',
      );
      expect(mail.parsed.subject).toBe(en.title);
      expect(mail.parsed.text).toContain('Added: Helpdesk Direct Ltd.');
      expect(mail.parsed.text).toContain(
        `https://regie.test/products/${products.P}/subprocessor-changes/${changeP.id}`,
      );
      const dutch = await eventually(() => smtp.to(people.adminB.email)[0], 'the Dutch e-mail');
      expect(dutch.parsed.subject).toBe(nl.title);
    });

    it('freezes the draft: saving it is INVALID_TRANSITION, publishing it before its date is refused', async () => {
      expect(failure(await saveDraft(editor, products.P, [hosting]))).toEqual({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      expect(failure(await gql(PUBLISH, { id: draftP }, editor))).toEqual({
        code: 'CONFLICT',
        reason: 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED',
      });
      expect(failure(await announce(editor, draftP, inDays(40)))).toEqual({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
      const leaflet: { subprocessors: unknown[] }[] = await ds.query(
        'SELECT subprocessors FROM privacy_leaflet WHERE id = $1',
        [draftP],
      );
      expect(leaflet[0].subprocessors).toEqual([hosting, helpdesk]);
    });

    it('is seen by the vendor and the notified boards only; they read the announced leaflet', async () => {
      for (const person of [editor, vendorViewer, people.fgA, people.viewerB, people.adminC]) {
        const seen = await change(person, products.P);
        expect(seen?.id).toBe(changeP.id);
        expect(seen!.leaflet.subprocessors).toEqual([hosting, helpdesk]);
        const product = (await gql(PRODUCT, { id: products.P }, person)).data!.product;
        expect(product.subprocessorChanges).toEqual([{ id: changeP.id, status: 'ANNOUNCED' }]);
      }
      for (const person of [people.fgD, people.fgE, people.fgF, otherEditor, platformAdmin]) {
        expect(await change(person, products.P)).toBeUndefined();
        const product = (await gql(PRODUCT, { id: products.P }, person)).data!.product;
        expect(product.subprocessorChanges).toEqual([]);
        // The draft stays the vendor's (the platform admin reads drafts, not changes).
        if (person !== platformAdmin)
          expect(product.leaflets.map((l: Loose) => l.id)).not.toContain(draftP);
      }
      const list = (await gql(CHANGES, {}, people.fgD)).data!.subprocessorChanges;
      expect(list.totalCount).toBe(0);
    });
  });

  describe('objecting', () => {
    let changeP: Loose;
    beforeAll(async () => {
      changeP = (await change(editor, products.P))!;
    });

    it('records a notified board’s objection by its FG and tells the vendor', async () => {
      const res = await object(
        people.fgA,
        changeP.id,
        boards.A,
        '  Support vanuit India zonder waarborg.  ',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.objectToSubprocessorChange.objections).toEqual([
        {
          board: { id: boards.A },
          reason: 'Support vanuit India zonder waarborg.',
          objectedAt: expect.any(String),
          objectedBy: { id: people.fgA.userId, name: 'FG A' },
        },
      ]);
      const vendorNotices = await notifications(vendorAdmin);
      expect(vendorNotices.map((n) => n.kind)).toEqual(['SUBPROCESSOR_CHANGE_OBJECTED']);
      expect(vendorNotices[0].title).toBe(
        'Bestuur A maakt bezwaar tegen de nieuwe subverwerkers van Leerwolk P',
      );
      expect(vendorNotices[0].body).toContain('Support vanuit India zonder waarborg.');
      await eventually(() => smtp.to('beheer@leerwolk.example.nl')[0], 'the e-mail to the vendor');
    });

    it('refuses a second objection of the same board, a blank reason, and the wrong roles', async () => {
      expect(failure(await object(people.fgA, changeP.id, boards.A))).toEqual({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
      expect(badFields(await object(people.fgB, changeP.id, boards.B, '   '))).toEqual([
        'input.reason',
      ]);
      expect(failure(await object(people.adminB, changeP.id, boards.B)).code).toBe('FORBIDDEN');
      expect(failure(await object(people.viewerB, changeP.id, boards.B)).code).toBe('FORBIDDEN');
      // Acting for a board one is not FG of.
      expect(failure(await object(people.fgA, changeP.id, boards.B)).code).toBe('FORBIDDEN');
      expect(failure(await object(editor, changeP.id, boards.A)).code).toBe('FORBIDDEN');
    });

    it('does not exist for a board that was not notified', async () => {
      expect(failure(await object(people.fgD, changeP.id, boards.D)).code).toBe('NOT_FOUND');
      expect(failure(await object(people.fgE, changeP.id, boards.E)).code).toBe('NOT_FOUND');
      const none = await object(people.fgD, '00000000-0000-4000-8000-000000000000', boards.D);
      expect(failure(none).code).toBe('NOT_FOUND');
    });

    it('shows the vendor every objection and exact counts; a board its own, counts under the small-count rule', async () => {
      expect(
        (await object(people.fgB, changeP.id, boards.B, 'Niet akkoord')).errors,
      ).toBeUndefined();
      const ofVendor = (await change(editor, products.P))!;
      expect(ofVendor.notifiedBoardCount).toBe(3);
      expect(ofVendor.objectionCount).toBe(2);
      expect(ofVendor.objections.map((o: Loose) => o.board.id)).toEqual([boards.A, boards.B]);
      const ofA = (await change(people.viewerA, products.P))!;
      expect(ofA.objections.map((o: Loose) => o.board.id)).toEqual([boards.A]);
      expect(ofA.notifiedBoardCount).toBe(3);
      // 2 objections of 3 boards: both the count and the rest (1) would be small.
      expect(ofA.objectionCount).toBeNull();
      const ofC = (await change(people.fgC, products.P))!;
      expect(ofC.objections).toEqual([]);
      expect(ofC.objectionCount).toBeNull();
    });

    it('is DEADLINE_PASSED on and after effectiveOn', async () => {
      await ds.query('UPDATE subprocessor_change SET effective_on = $2 WHERE id = $1', [
        changeP.id,
        today,
      ]);
      try {
        expect(failure(await object(people.fgC, changeP.id, boards.C))).toEqual({
          code: 'CONFLICT',
          reason: 'DEADLINE_PASSED',
        });
      } finally {
        await ds.query('UPDATE subprocessor_change SET effective_on = $2 WHERE id = $1', [
          changeP.id,
          inDays(30),
        ]);
      }
      expect(failure(await object(people.fgC, changeP.id, boards.C)).code).toBeUndefined();
    });
  });

  describe('withdrawing', () => {
    let changeR: Loose;
    let draftR: string;

    beforeAll(async () => {
      draftR = (await saveDraft(editor, products.R, [hosting, helpdesk])).data!.saveLeafletDraft.id;
      changeR = (await announce(editor, draftR, inDays(45))).data!.announceSubprocessorChange;
    });

    it('lets only the vendor’s editors withdraw: a board is FORBIDDEN, another vendor NOT_FOUND', async () => {
      expect(failure(await gql(WITHDRAW, { id: changeR.id }, people.fgF)).code).toBe('FORBIDDEN');
      expect(failure(await gql(WITHDRAW, { id: changeR.id }, vendorViewer)).code).toBe('FORBIDDEN');
      expect(failure(await gql(WITHDRAW, { id: changeR.id }, otherEditor)).code).toBe('NOT_FOUND');
      // The vendor's viewer and the board: their roles do not allow it at all.
      expect(failure(await gql(WITHDRAW, { id: changeR.id }, people.fgA)).code).toBe('FORBIDDEN');
    });

    it('tells the notified boards, unfreezes the draft, and keeps what was announced for them', async () => {
      const res = await gql(WITHDRAW, { id: changeR.id }, editor);
      expect(res.errors).toBeUndefined();
      expect(res.data!.withdrawSubprocessorChange.status).toBe('WITHDRAWN');
      const kinds = (await notifications(people.fgF)).map((n) => n.kind);
      expect(kinds).toEqual(['SUBPROCESSOR_CHANGE_WITHDRAWN', 'SUBPROCESSOR_CHANGE_ANNOUNCED']);
      expect(failure(await gql(WITHDRAW, { id: changeR.id }, editor))).toEqual({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      expect(failure(await object(people.fgF, changeR.id, boards.F))).toEqual({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      // The draft may be edited again; the board keeps reading what was announced.
      const edited = await saveDraft(editor, products.R, [hosting, mailer, helpdesk]);
      expect(edited.errors).toBeUndefined();
      expect(edited.data!.saveLeafletDraft.id).toBe(draftR);
      const seen = (await change(people.fgF, products.R))!;
      expect(seen.status).toBe('WITHDRAWN');
      expect(seen.leaflet.subprocessors).toEqual([hosting, helpdesk]);
      const product = (await gql(PRODUCT, { id: products.R }, people.fgF)).data!.product;
      expect(product.leaflets.map((l: Loose) => l.id)).not.toContain(draftR);
      // Announced again, it is a new change.
      const again = await announce(editor, draftR, inDays(31));
      expect(again.errors).toBeUndefined();
      expect(again.data!.announceSubprocessorChange.id).not.toBe(changeR.id);
      expect(again.data!.announceSubprocessorChange.added).toEqual([mailer, helpdesk]);
    });
  });

  describe('taking effect', () => {
    it('tells a board whose agreement came into force after the announcement, once', async () => {
      const first = await reminders.runOnce(inDays(5));
      expect(first.sent['subprocessorChange.notice']).toBe(1);
      expect((await notifications(people.fgE)).map((n) => n.kind)).toEqual([
        'SUBPROCESSOR_CHANGE_ANNOUNCED',
      ]);
      expect((await change(people.fgE, products.P))?.status).toBe('ANNOUNCED');
      const second = await reminders.runOnce(inDays(6));
      expect(second.sent['subprocessorChange.notice']).toBe(0);
      expect(await notifications(people.fgE)).toHaveLength(1);
    });

    it('publishes nothing before effectiveOn', async () => {
      const run = await reminders.runOnce(inDays(29));
      expect(run.sent['subprocessorChange.effect']).toBe(0);
      expect((await change(editor, products.P))!.status).toBe('ANNOUNCED');
    });

    it('publishes the announced draft on effectiveOn exactly once, with the job run twice at the same moment', async () => {
      const before = (await change(editor, products.P))!;
      const runs = await Promise.all([
        reminders.runOnce(inDays(30)),
        reminders.runOnce(inDays(30)),
      ]);
      // P's change (R's is due later).
      expect(runs.reduce((n, r) => n + r.sent['subprocessorChange.effect'], 0)).toBe(1);
      const after = (await change(editor, products.P))!;
      expect(after.status).toBe('IN_EFFECT');
      expect(after.leaflet).toMatchObject({
        id: before.leaflet.id,
        status: 'PUBLISHED',
        version: 2,
      });
      const product = (await gql(PRODUCT, { id: products.P }, people.fgD)).data!.product;
      expect(product.currentLeaflet).toMatchObject({
        id: before.leaflet.id,
        version: 2,
        subprocessors: [hosting, helpdesk],
      });
      const versions: { version: number }[] = await ds.query(
        "SELECT version FROM privacy_leaflet WHERE product_id = $1 AND status = 'PUBLISHED' ORDER BY version",
        [products.P],
      );
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      const effect = await ds.query(
        "SELECT count(*) AS n FROM audit_event WHERE action = 'subprocessorChange.inEffect'",
      );
      expect(Number(effect[0].n)).toBe(1);
      for (const person of [people.fgA, people.adminC, people.fgE, vendorAdmin, editor]) {
        const kinds = (await notifications(person)).map((n) => n.kind);
        expect(kinds.filter((k) => k === 'SUBPROCESSOR_CHANGE_IN_EFFECT')).toHaveLength(1);
      }
      expect((await reminders.runOnce(inDays(30))).sent['subprocessorChange.effect']).toBe(0);
      // The objections stay on record, the deadline has passed.
      expect(after.objections).toHaveLength(3);
      expect(failure(await object(people.fgE, after.id, boards.E))).toEqual({
        code: 'CONFLICT',
        reason: 'DEADLINE_PASSED',
      });
    });

    it('lets the vendor publish an announced draft itself once its date has come', async () => {
      const draftS = (await saveDraft(editor, products.S, [hosting, mailer, helpdesk])).data!
        .saveLeafletDraft.id;
      const changeS = (await announce(editor, draftS, inDays(30))).data!.announceSubprocessorChange;
      await ds.query('UPDATE subprocessor_change SET effective_on = $2 WHERE id = $1', [
        changeS.id,
        today,
      ]);
      const res = await gql(PUBLISH, { id: draftS }, editor);
      expect(res.errors).toBeUndefined();
      expect((await change(people.fgF, products.S))!.status).toBe('IN_EFFECT');
      // The job finds nothing left to do.
      expect((await reminders.runOnce(today)).sent['subprocessorChange.effect']).toBe(0);
    });
  });

  describe('listing', () => {
    it('filters by product and status and pages newest first', async () => {
      const all = (await gql(CHANGES, { first: 2 }, editor)).data!.subprocessorChanges;
      expect(all.totalCount).toBe(4);
      expect(all.pageInfo.hasNextPage).toBe(true);
      const rest = (await gql(CHANGES, { first: 2, after: all.pageInfo.endCursor }, editor)).data!
        .subprocessorChanges;
      const ids = [...all.edges, ...rest.edges].map((e: Loose) => e.node.announcedAt);
      expect(ids).toEqual([...ids].sort().reverse());
      const withdrawn = (await gql(CHANGES, { status: 'WITHDRAWN' }, editor)).data!
        .subprocessorChanges;
      expect(withdrawn.edges.map((e: Loose) => e.node.product.id)).toEqual([products.R]);
      const ofF = (await gql(CHANGES, {}, people.fgF)).data!.subprocessorChanges;
      expect(ofF.totalCount).toBe(3);
      expect(
        (await gql(CHANGES, { productId: 'nope' }, editor)).data!.subprocessorChanges.totalCount,
      ).toBe(0);
    });
  });

  describe('the audit trail', () => {
    it('records announcing, objecting, withdrawing and taking effect, for the vendor and the boards concerned', async () => {
      const actions = async (person: Person) =>
        (
          (await gql(AUDIT, { filter: { entityType: 'SubprocessorChange' } }, person)).data!
            .auditEvents.edges as { node: Loose }[]
        ).map((e) => e.node.action);
      const ofVendor = await actions(vendorAdmin);
      for (const action of [
        'subprocessorChange.announced',
        'subprocessorChange.objected',
        'subprocessorChange.withdrawn',
        'subprocessorChange.inEffect',
        'subprocessorChange.boardsNotified',
      ])
        expect(ofVendor).toContain(action);
      const ofA = await actions(people.fgA);
      expect(ofA).toContain('subprocessorChange.announced');
      expect(ofA).toContain('subprocessorChange.inEffect');
      // A sees its own objection, not B's or C's.
      expect(ofA.filter((a) => a === 'subprocessorChange.objected')).toHaveLength(1);
      expect(await actions(people.fgD)).toEqual([]);
      const published = (
        (await gql(AUDIT, { filter: { entityType: 'PrivacyLeaflet' } }, vendorAdmin)).data!
          .auditEvents.edges as { node: Loose }[]
      ).filter((e) => e.node.action === 'leaflet.published' && e.node.actor === null);
      // The job's publication of P's draft (S was published by the editor).
      expect(published).toHaveLength(1);
    });
  });
});

function formatEn(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(`${date}T12:00:00Z`));
}
function formatNl(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(`${date}T12:00:00Z`));
}
