import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { fixture } from '../fixtures/pdfs';
import {
  ADD_DEVIATION,
  ADD_NOTE,
  AGREEMENT,
  APPROVE,
  ASSESS,
  ATTACH,
  CREATE,
  expectedContentSha256,
  failure,
  LIST_AGREEMENTS,
  REQUEST_CHANGES,
  SIGN,
  SUBMIT,
  TERMINATE,
  UPDATE,
} from '../support/agreements';
import { download, uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely

describe('processing agreements', () => {
  let app: TestApp;
  let ds: DataSource;
  let board: string;
  let vendor: string;
  let products: string[];
  let leaflets: string[];
  let otherProduct: string;
  let procurement: Person;
  let fg: Person;
  let boardSignatory: Person;
  let boardViewer: Person;
  let editor: Person;
  let vendorSignatory: Person;
  let outsiderFg: Person;
  let outsiderVendor: Person;
  let platformAdmin: Person;
  const today = amsterdamDate();

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    board = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Eiland',
    });
    const seeded = await seedVendor(app, { name: 'Leerwijs', products: 2 });
    vendor = seeded.vendorId;
    products = seeded.products.map((p) => p.id);
    leaflets = seeded.products.map((p) => p.leafletId!);
    const other = await seedVendor(app, { name: 'Ander', products: 1 });
    otherProduct = other.products[0].id;
    const otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    procurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });
    fg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    boardSignatory = await signUp(app, { organisationId: board, roles: [Role.SIGNATORY] });
    boardViewer = await signUp(app, { organisationId: board, roles: [Role.VIEWER] });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorSignatory = await signUp(app, { organisationId: vendor, roles: [Role.SIGNATORY] });
    outsiderFg = await signUp(app, {
      organisationId: otherBoard,
      roles: [Role.PRIVACY_OFFICER, Role.PROCUREMENT, Role.SIGNATORY],
    });
    outsiderVendor = await signUp(app, {
      organisationId: other.vendorId,
      roles: [Role.VENDOR_EDITOR, Role.SIGNATORY],
    });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
  });
  afterAll(() => app.close());

  async function call(query: string, input: Record<string, unknown>, who: Person) {
    return app.graphql(query, { input }, { token: who.token });
  }

  /** The mutation's result; fails the test with the errors when there are any. */
  async function ok(query: string, input: Record<string, unknown>, who: Person): Promise<Data> {
    const res = await call(query, input, who);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Data;
  }

  async function read(id: string, who: Person): Promise<Data | null> {
    const res = await app.graphql(AGREEMENT, { id }, { token: who.token });
    expect(res.errors).toBeUndefined();
    return res.data!.agreement;
  }

  const draft = (overrides: Record<string, unknown> = {}, who = procurement) =>
    ok(CREATE, { boardId: board, vendorId: vendor, productIds: products, ...overrides }, who);

  /** A draft taken to APPROVED (no deviations). */
  async function approved(overrides: Record<string, unknown> = {}): Promise<Data> {
    const a = await draft(overrides);
    const submitted = await ok(SUBMIT, { agreementId: a.id, version: a.version }, procurement);
    return ok(APPROVE, { agreementId: a.id, version: submitted.version }, fg);
  }

  async function active(overrides: Record<string, unknown> = {}): Promise<Data> {
    const a = await approved(overrides);
    const signed = await ok(SIGN, { agreementId: a.id, version: a.version }, boardSignatory);
    return ok(SIGN, { agreementId: a.id, version: signed.version }, vendorSignatory);
  }

  const auditActions = async (id: string): Promise<string[]> =>
    (await ds.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [id])).map(
      (r: { action: string }) => r.action,
    );

  it('runs the whole lifecycle, from draft to active, with both signatures over one hash', async () => {
    const a = await draft({ validFrom: today, validUntil: addDays(today, 365) });
    expect(a).toMatchObject({
      status: 'DRAFT',
      source: 'DIRECT',
      version: 1,
      modelName: 'Model Verwerkersovereenkomst',
      modelVersion: '4.0',
      inForce: false,
      board: { id: board },
      vendor: { id: vendor },
    });
    expect(a.leaflets.map((l: Data) => l.id).sort()).toEqual([...leaflets].sort());

    // The vendor negotiates a deviation; the FG cannot approve a draft.
    let now = await ok(
      ADD_DEVIATION,
      { agreementId: a.id, version: 1, clause: '7.2', text: 'Meldplicht binnen 48 uur.' },
      editor,
    );
    expect(now.version).toBe(2);
    const deviation = now.deviations[0];
    expect(deviation).toMatchObject({ clause: '7.2', assessment: null });
    expect(failure(await call(APPROVE, { agreementId: a.id, version: 2 }, fg))).toEqual({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });

    now = await ok(SUBMIT, { agreementId: a.id, version: 2 }, procurement);
    expect(now).toMatchObject({ status: 'IN_REVIEW', version: 3 });

    // Not while the deviation is unassessed, nor while it is UNACCEPTABLE.
    expect(failure(await call(APPROVE, { agreementId: a.id, version: 3 }, fg))).toEqual({
      code: 'CONFLICT',
      reason: 'UNRESOLVED_DEVIATIONS',
    });
    const assessed = await ok(
      ASSESS,
      { deviationId: deviation.id, assessment: 'UNACCEPTABLE', note: 'Te lang.' },
      fg,
    );
    expect(assessed).toMatchObject({ assessment: 'UNACCEPTABLE', assessmentNote: 'Te lang.' });
    now = (await read(a.id, fg))!;
    expect(now.version).toBe(4);
    expect(failure(await call(APPROVE, { agreementId: a.id, version: 4 }, fg))).toEqual({
      code: 'CONFLICT',
      reason: 'UNRESOLVED_DEVIATIONS',
    });

    now = await ok(
      REQUEST_CHANGES,
      { agreementId: a.id, version: 4, note: 'Graag 24 uur, zoals het model.' },
      fg,
    );
    expect(now.status).toBe('CHANGES_REQUESTED');
    // The request is a message to the vendor, which both parties read; not a board's note.
    const request = {
      party: 'BOARD',
      body: 'Graag 24 uur, zoals het model.',
      author: { id: fg.userId, name: expect.any(String) },
    };
    expect(now.messages).toEqual([expect.objectContaining(request)]);
    expect(now.reviewNotes).toEqual([]);
    expect((await read(a.id, editor))!.messages).toEqual([expect.objectContaining(request)]);
    // Now the drafting party's turn: the board's procurement drafted it.
    expect(now.waitingOn).toEqual(['BOARD']);

    const pdf = await uploadPdf(app, editor.token, fixture('tiny.pdf'), {
      filename: 'bijlage.pdf',
    });
    now = await ok(ATTACH, { agreementId: a.id, version: now.version, fileId: pdf.id }, editor);
    expect(now.documents).toEqual([expect.objectContaining({ id: pdf.id, sha256: pdf.sha256 })]);
    now = await ok(
      UPDATE,
      { agreementId: a.id, version: now.version, validUntil: addDays(today, 730) },
      procurement,
    );
    expect(now.validUntil).toBe(addDays(today, 730));
    now = await ok(SUBMIT, { agreementId: a.id, version: now.version }, editor);
    await ok(
      ASSESS,
      { deviationId: deviation.id, assessment: 'ACCEPTABLE_WITH_MEASURES', note: 'Met logging.' },
      fg,
    );
    now = (await read(a.id, fg))!;
    now = await ok(APPROVE, { agreementId: a.id, version: now.version }, fg);
    expect(now.status).toBe('APPROVED');

    now = await ok(SIGN, { agreementId: a.id, version: now.version }, boardSignatory);
    expect(now.status).toBe('APPROVED');
    expect(now.signatures).toHaveLength(1);
    now = await ok(SIGN, { agreementId: a.id, version: now.version }, vendorSignatory);
    expect(now).toMatchObject({ status: 'ACTIVE', inForce: true });
    const expected = expectedContentSha256(now);
    expect(now.signatures).toEqual([
      expect.objectContaining({
        party: 'BOARD',
        documentSha256: expected,
        signedBy: { id: boardSignatory.userId, name: expect.any(String) },
      }),
      expect.objectContaining({
        party: 'VENDOR',
        documentSha256: expected,
        signedBy: { id: vendorSignatory.userId, name: expect.any(String) },
      }),
    ]);

    // A signed agreement never changes again.
    expect(
      failure(
        await call(
          UPDATE,
          { agreementId: a.id, version: now.version, validUntil: null },
          procurement,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect(
      failure(
        await call(
          ADD_DEVIATION,
          { agreementId: a.id, version: now.version, clause: '1', text: 'x' },
          editor,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

    expect(await auditActions(a.id)).toEqual([
      'agreement.created',
      'agreement.deviationAdded',
      'agreement.submitted',
      'agreement.deviationAssessed',
      'agreement.changesRequested',
      'agreement.documentAttached',
      'agreement.updated',
      'agreement.submitted',
      'agreement.deviationAssessed',
      'agreement.approved',
      'agreement.signed',
      'agreement.signed',
    ]);
    // The FG was told of each submission; the vendor's signatory when the board signed.
    const kinds = async (userId: string) =>
      (
        await ds.query(
          `SELECT kind FROM notification WHERE recipient_id = $1 ORDER BY created_at`,
          [userId],
        )
      ).map((r: { kind: string }) => r.kind);
    expect(await kinds(fg.userId)).toEqual(['AGREEMENT_SUBMITTED', 'AGREEMENT_SUBMITTED']);
    expect(await kinds(vendorSignatory.userId)).toEqual(['AGREEMENT_SIGNED']);
    expect(await kinds(boardSignatory.userId)).toEqual(['AGREEMENT_SIGNED']);
  });

  it('fixes the leaflet versions at submission: a newer leaflet does not change them', async () => {
    const a = await draft();
    const submitted = await ok(SUBMIT, { agreementId: a.id, version: a.version }, procurement);
    const newer = await ds.query(
      `INSERT INTO privacy_leaflet (product_id, version, status, purposes, data_subjects, data_categories,
         retention, subprocessors, locations, data_outside_eea, breach_notification_hours, published_at)
       SELECT product_id, version + 1, status, purposes, data_subjects, data_categories, retention,
         subprocessors, locations, data_outside_eea, breach_notification_hours, now()
       FROM privacy_leaflet WHERE id = $1 RETURNING id`,
      [leaflets[0]],
    );
    await ds.query(`UPDATE product SET current_leaflet_id = $1 WHERE id = $2`, [
      newer[0].id,
      products[0],
    ]);
    try {
      expect((await read(a.id, fg))!.leaflets.map((l: Data) => l.id).sort()).toEqual(
        submitted.leaflets.map((l: Data) => l.id).sort(),
      );
      // A draft shows what would be fixed now.
      const fresh = await draft();
      expect(fresh.leaflets.map((l: Data) => l.id)).toContain(newer[0].id);
    } finally {
      await ds.query(`UPDATE product SET current_leaflet_id = $1 WHERE id = $2`, [
        leaflets[0],
        products[0],
      ]);
    }
  });

  it('refuses a step to a role that may not take it, with FORBIDDEN, changing nothing', async () => {
    const a = await draft();
    const submitted = await ok(SUBMIT, { agreementId: a.id, version: 1 }, procurement);
    const attempts: [string, Record<string, unknown>, Person][] = [
      [APPROVE, { agreementId: a.id, version: 2 }, editor],
      [APPROVE, { agreementId: a.id, version: 2 }, procurement],
      [REQUEST_CHANGES, { agreementId: a.id, version: 2, note: 'x' }, boardSignatory],
      [SIGN, { agreementId: a.id, version: 2 }, procurement],
      [ADD_NOTE, { agreementId: a.id, body: 'Let op' }, editor],
      [ADD_DEVIATION, { agreementId: a.id, version: 2, clause: '1', text: 'x' }, boardViewer],
      [CREATE, { boardId: board, vendorId: vendor, productIds: products }, boardViewer],
      [CREATE, { boardId: board, vendorId: vendor, productIds: products }, vendorSignatory],
    ];
    for (const [query, input, who] of attempts)
      expect(failure(await call(query, input, who))).toEqual({ code: 'FORBIDDEN', reason: null });
    const after = (await read(a.id, fg))!;
    expect(after).toMatchObject({
      status: 'IN_REVIEW',
      version: submitted.version,
      reviewNotes: [],
    });
  });

  it('lets no one sign who is signatory of both parties', async () => {
    const a = await approved();
    const both = await signUp(app, { organisationId: board, roles: [Role.SIGNATORY] });
    await ds.query(
      `INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, '{SIGNATORY}')`,
      [both.userId, vendor],
    );
    const res = await call(SIGN, { agreementId: a.id, version: a.version }, both);
    expect(failure(res)).toEqual({ code: 'FORBIDDEN', reason: null });
    expect((await read(a.id, fg))!.signatures).toEqual([]);
  });

  it('refuses a second signature of the same party, and signing before approval', async () => {
    const a = await draft();
    expect(failure(await call(SIGN, { agreementId: a.id, version: 1 }, boardSignatory))).toEqual({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    const b = await approved();
    const signed = await ok(SIGN, { agreementId: b.id, version: b.version }, boardSignatory);
    expect(
      failure(await call(SIGN, { agreementId: b.id, version: signed.version }, boardSignatory)),
    ).toEqual({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
  });

  it('answers bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const count = async () => Number((await ds.query(`SELECT count(*) AS n FROM agreement`))[0].n);
    const before = await count();
    let res = await call(
      CREATE,
      {
        boardId: board,
        vendorId: vendor,
        productIds: products,
        validFrom: today,
        validUntil: addDays(today, -1),
      },
      procurement,
    );
    expect(failure(res)?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([
      { field: 'input.validUntil', message: expect.any(String) },
    ]);
    res = await call(
      CREATE,
      { boardId: board, vendorId: vendor, productIds: [products[0], otherProduct] },
      procurement,
    );
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.productIds.1', message: expect.any(String) }],
    });
    res = await call(CREATE, { boardId: board, vendorId: vendor, productIds: [] }, procurement);
    expect(res.errors![0].extensions.fields![0].field).toBe('input.productIds');
    expect(await count()).toBe(before);

    const a = await draft({ validFrom: today });
    res = await call(
      UPDATE,
      { agreementId: a.id, version: 1, validUntil: addDays(today, -10) },
      procurement,
    );
    expect(res.errors![0].extensions.fields![0].field).toBe('input.validUntil');
    res = await call(UPDATE, { agreementId: a.id, version: 1, productIds: [otherProduct] }, editor);
    expect(res.errors![0].extensions.fields![0].field).toBe('input.productIds.0');
    expect((await read(a.id, fg))!).toMatchObject({ version: 1, validUntil: null });

    const b = await active();
    res = await call(
      TERMINATE,
      { agreementId: b.id, version: b.version, reason: 'Over', endDate: addDays(today, -1) },
      boardSignatory,
    );
    expect(res.errors![0].extensions.fields![0].field).toBe('input.endDate');
    expect((await read(b.id, fg))!.terminationDate).toBeNull();
  });

  it('fails a stale version with CONFLICT STALE_VERSION and changes nothing', async () => {
    const a = await draft();
    await ok(
      UPDATE,
      { agreementId: a.id, version: 1, validUntil: addDays(today, 100) },
      procurement,
    );
    const res = await call(
      UPDATE,
      { agreementId: a.id, version: 1, validUntil: addDays(today, 200) },
      editor,
    );
    expect(failure(res)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await read(a.id, fg))!).toMatchObject({ version: 2, validUntil: addDays(today, 100) });
    expect(
      failure(
        await call(
          ADD_DEVIATION,
          { agreementId: a.id, version: 1, clause: '1', text: 'x' },
          editor,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await read(a.id, fg))!.deviations).toEqual([]);
  });

  it('lets exactly one of concurrent writers with the same version win', async () => {
    const a = await draft();
    const submitted = await ok(SUBMIT, { agreementId: a.id, version: 1 }, procurement);
    const writers = [
      ...Array.from({ length: 4 }, () =>
        call(APPROVE, { agreementId: a.id, version: submitted.version }, fg),
      ),
      ...Array.from({ length: 4 }, (_, i) =>
        call(
          ADD_DEVIATION,
          { agreementId: a.id, version: submitted.version, clause: `${i}`, text: 'x' },
          editor,
        ),
      ),
    ];
    const results = await Promise.all(writers);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(failure(r)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const after = (await read(a.id, fg))!;
    expect(after.version).toBe(submitted.version + 1);
    // Exactly the winner's change is there.
    expect(after.status === 'APPROVED' ? 0 : 1).toBe(after.deviations.length);

    const b = await approved();
    const signers = await Promise.all([
      call(SIGN, { agreementId: b.id, version: b.version }, boardSignatory),
      call(SIGN, { agreementId: b.id, version: b.version }, vendorSignatory),
    ]);
    expect(signers.filter((r) => !r.errors)).toHaveLength(1);
    expect((await read(b.id, fg))!.signatures).toHaveLength(1);
  });

  it('terminates with a reason and an end date: ACTIVE until then, TERMINATED after', async () => {
    const a = await active();
    const t = await ok(
      TERMINATE,
      { agreementId: a.id, version: a.version, reason: 'Dienst stopt', endDate: today },
      vendorSignatory,
    );
    expect(t).toMatchObject({
      status: 'ACTIVE',
      inForce: true,
      terminationDate: today,
      terminationReason: 'Dienst stopt',
    });
    expect(
      failure(
        await call(
          TERMINATE,
          { agreementId: a.id, version: t.version, reason: 'x', endDate: today },
          boardSignatory,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    // Derived on read: after its end date it shows TERMINATED, nothing stored changes.
    await ds.query(`UPDATE agreement SET termination_date = $1 WHERE id = $2`, [
      addDays(today, -1),
      a.id,
    ]);
    expect((await read(a.id, fg))!).toMatchObject({ status: 'TERMINATED', inForce: false });
    const expired = await active({
      validFrom: addDays(today, -30),
      validUntil: addDays(today, 30),
    });
    await ds.query(`UPDATE agreement SET valid_until = $1 WHERE id = $2`, [
      addDays(today, -1),
      expired.id,
    ]);
    expect((await read(expired.id, fg))!).toMatchObject({ status: 'EXPIRED', inForce: false });
    const stored = await ds.query(`SELECT status FROM agreement WHERE id = ANY($1::uuid[])`, [
      [a.id, expired.id],
    ]);
    expect(stored.map((r: { status: string }) => r.status)).toEqual(['ACTIVE', 'ACTIVE']);
    const list = await app.graphql(
      LIST_AGREEMENTS,
      { filter: { status: ['TERMINATED', 'EXPIRED'] }, first: 100 },
      { token: fg.token },
    );
    const shown = list.data!.agreements.edges.map((e: Data) => e.node.id);
    expect(shown).toEqual(expect.arrayContaining([a.id, expired.id]));
  });

  it('keeps another board’s agreement as if it did not exist, for every query and mutation', async () => {
    const a = await draft();
    await ok(ADD_DEVIATION, { agreementId: a.id, version: 1, clause: '3', text: 'x' }, editor);
    const pdf = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
    const withDoc = await ok(ATTACH, { agreementId: a.id, version: 2, fileId: pdf.id }, editor);
    const deviationId = withDoc.deviations[0].id;
    const version = withDoc.version;

    for (const outsider of [outsiderFg, outsiderVendor]) {
      expect(await read(a.id, outsider)).toBeNull();
      const list = await app.graphql(LIST_AGREEMENTS, { first: 100 }, { token: outsider.token });
      expect(list.data!.agreements.edges.map((e: Data) => e.node.id)).not.toContain(a.id);
      const byBoard = await app.graphql(
        LIST_AGREEMENTS,
        { filter: { boardId: board } },
        { token: outsider.token },
      );
      expect(byBoard.data!.agreements.totalCount).toBe(0);
      const attempts: [string, Record<string, unknown>][] = [
        [UPDATE, { agreementId: a.id, version, validUntil: today }],
        [ADD_DEVIATION, { agreementId: a.id, version, clause: '1', text: 'x' }],
        [ASSESS, { deviationId, assessment: 'ACCEPTABLE' }],
        [SUBMIT, { agreementId: a.id, version }],
        [REQUEST_CHANGES, { agreementId: a.id, version, note: 'x' }],
        [APPROVE, { agreementId: a.id, version }],
        [SIGN, { agreementId: a.id, version }],
        [TERMINATE, { agreementId: a.id, version, reason: 'x', endDate: today }],
        [ADD_NOTE, { agreementId: a.id, body: 'x' }],
        [ATTACH, { agreementId: a.id, version, fileId: pdf.id }],
      ];
      for (const [query, input] of attempts) {
        // A vendor's person has no role for the board's own steps anywhere: the guard
        // refuses those before anything is looked up, revealing nothing.
        const boardOnly = [ASSESS, REQUEST_CHANGES, APPROVE, ADD_NOTE].includes(query);
        const expected = outsider === outsiderVendor && boardOnly ? 'FORBIDDEN' : 'NOT_FOUND';
        expect([query.slice(0, 40), failure(await call(query, input, outsider))]).toEqual([
          query.slice(0, 40),
          { code: expected, reason: null },
        ]);
      }
      expect((await download(app, `/api/files/${pdf.id}`, outsider.token)).status).toBe(404);
    }
    // The parties download the document; the platform admin sees the agreement.
    for (const party of [fg, editor, boardViewer])
      expect((await download(app, `/api/files/${pdf.id}`, party.token)).status).toBe(200);
    expect((await read(a.id, platformAdmin))!.id).toBe(a.id);
    expect((await read(a.id, fg))!).toMatchObject({ version, reviewNotes: [] });
  });

  it('keeps review notes the board’s and records them', async () => {
    const a = await draft();
    const note = await ok(ADD_NOTE, { agreementId: a.id, body: 'Bewaartermijn navragen' }, fg);
    expect(note).toMatchObject({ body: 'Bewaartermijn navragen', author: { id: fg.userId } });
    expect((await read(a.id, procurement))!.reviewNotes).toHaveLength(1);
    expect((await read(a.id, editor))!.reviewNotes).toEqual([]);
    expect((await read(a.id, fg))!.version).toBe(1);
    expect(await auditActions(a.id)).toEqual(['agreement.created', 'agreement.reviewNoteAdded']);
  });
});
