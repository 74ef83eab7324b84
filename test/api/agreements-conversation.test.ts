// The conversation on an agreement and the turn-taking (issue 15): messages both parties read,
// the FG's request for changes among them; deviations filed under a topic, changed or withdrawn
// by the party that proposed them; and whose step the agreement waits for.
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import {
  ADD_DEVIATION,
  AGREEMENT,
  APPROVE,
  ASSESS,
  CREATE,
  expectedContentSha256,
  failure,
  POST_MESSAGE,
  REQUEST_CHANGES,
  SIGN,
  SUBMIT,
  UPDATE_DEVIATION,
  WITHDRAW_DEVIATION,
} from '../support/agreements';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely

const LIST = `query ($filter: AgreementFilter) {
  agreements(filter: $filter, first: 100) { edges { node { id waitingOn createdBy } } }
}`;

describe('the conversation on an agreement, and whose turn it is', () => {
  let app: TestApp;
  let ds: DataSource;
  let board: string;
  let vendor: string;
  let products: string[];
  let procurement: Person;
  let fg: Person;
  let boardSignatory: Person;
  let boardViewer: Person;
  let boardAdmin: Person;
  let editor: Person;
  let vendorSignatory: Person;
  let vendorAdmin: Person;
  let outsiderBoard: Person;
  let outsiderVendor: Person;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Stichting Duin' });
    const seeded = await seedVendor(app, { name: 'Rekenrijk', products: 1 });
    vendor = seeded.vendorId;
    products = seeded.products.map((p) => p.id);
    const otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const otherVendor = await seedVendor(app, { name: 'Ander', products: 1 });
    procurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });
    fg = await signUp(app, {
      organisationId: board,
      roles: [Role.PRIVACY_OFFICER],
      name: 'Fien FG',
    });
    boardSignatory = await signUp(app, { organisationId: board, roles: [Role.SIGNATORY] });
    boardViewer = await signUp(app, { organisationId: board, roles: [Role.VIEWER] });
    boardAdmin = await signUp(app, { organisationId: board, roles: [Role.ADMIN] });
    editor = await signUp(app, {
      organisationId: vendor,
      roles: [Role.VENDOR_EDITOR],
      name: 'Eva Redactie',
    });
    vendorSignatory = await signUp(app, { organisationId: vendor, roles: [Role.SIGNATORY] });
    vendorAdmin = await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] });
    outsiderBoard = await signUp(app, {
      organisationId: otherBoard,
      roles: [Role.PROCUREMENT, Role.PRIVACY_OFFICER, Role.SIGNATORY],
    });
    outsiderVendor = await signUp(app, {
      organisationId: otherVendor.vendorId,
      roles: [Role.VENDOR_EDITOR, Role.SIGNATORY, Role.ADMIN],
    });
  });
  afterAll(() => app.close());

  const call = (query: string, input: Record<string, unknown>, who: Person) =>
    app.graphql(query, { input }, { token: who.token });

  async function ok(query: string, input: Record<string, unknown>, who: Person): Promise<Data> {
    const res = await call(query, input, who);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Data;
  }

  const read = async (id: string, who: Person): Promise<Data | null> =>
    (await app.graphql(AGREEMENT, { id }, { token: who.token })).data!.agreement;

  /** A draft by the vendor's editor, with one deviation of its own. */
  async function vendorDraft(): Promise<{ a: Data; deviation: Data }> {
    const created = await ok(
      CREATE,
      { boardId: board, vendorId: vendor, productIds: products },
      editor,
    );
    const a = await ok(
      ADD_DEVIATION,
      {
        agreementId: created.id,
        version: created.version,
        clause: '9.1',
        topic: 'BREACH_NOTIFICATION',
        text: 'Datalekken binnen 72 uur melden.',
      },
      editor,
    );
    return { a, deviation: a.deviations[0] };
  }

  const kinds = async (userId: string): Promise<string[]> =>
    (
      await ds.query(`SELECT kind FROM notification WHERE recipient_id = $1 ORDER BY created_at`, [
        userId,
      ])
    ).map((r: { kind: string }) => r.kind);

  const auditActions = async (id: string): Promise<string[]> =>
    (await ds.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [id])).map(
      (r: { action: string }) => r.action,
    );

  it('takes turns from the vendor’s draft to both signatures, and says whose turn it is', async () => {
    const { a, deviation } = await vendorDraft();
    expect(a).toMatchObject({ status: 'DRAFT', createdBy: 'VENDOR', waitingOn: ['VENDOR'] });
    expect(deviation).toMatchObject({
      clause: '9.1',
      topic: 'BREACH_NOTIFICATION',
      addedBy: 'VENDOR',
      assessment: null,
    });

    let now = await ok(SUBMIT, { agreementId: a.id, version: a.version }, editor);
    expect(now.waitingOn).toEqual(['BOARD']);
    await ok(
      ASSESS,
      { deviationId: deviation.id, assessment: 'UNACCEPTABLE', note: 'Te lang.' },
      fg,
    );
    now = (await read(a.id, fg))!;
    now = await ok(
      REQUEST_CHANGES,
      { agreementId: a.id, version: now.version, note: 'Meld datalekken binnen 24 uur.' },
      fg,
    );
    // The request is a message the vendor reads on the agreement; its turn again.
    expect(now).toMatchObject({ status: 'CHANGES_REQUESTED', waitingOn: ['VENDOR'] });
    const seen = (await read(a.id, editor))!;
    expect(seen.messages).toEqual([
      expect.objectContaining({
        party: 'BOARD',
        body: 'Meld datalekken binnen 24 uur.',
        author: { id: fg.userId, name: 'Fien FG' },
      }),
    ]);
    expect(seen.reviewNotes).toEqual([]);

    // The vendor changes its deviation (the FG's assessment goes) and answers.
    now = await ok(
      UPDATE_DEVIATION,
      {
        deviationId: deviation.id,
        version: seen.version,
        text: 'Datalekken binnen 36 uur melden, met een eerste waarschuwing binnen 24 uur.',
      },
      editor,
    );
    expect(now.version).toBe(seen.version + 1);
    expect(now.deviations).toEqual([
      expect.objectContaining({
        id: deviation.id,
        clause: '9.1',
        topic: 'BREACH_NOTIFICATION',
        text: 'Datalekken binnen 36 uur melden, met een eerste waarschuwing binnen 24 uur.',
        addedBy: 'VENDOR',
        assessment: null,
        assessmentNote: null,
      }),
    ]);
    const answer = await ok(
      POST_MESSAGE,
      { agreementId: a.id, body: 'Aangepast: 36 uur, met een waarschuwing binnen 24 uur.' },
      editor,
    );
    expect(answer).toMatchObject({
      party: 'VENDOR',
      author: { id: editor.userId, name: 'Eva Redactie' },
    });
    // A message changes nothing of the agreement: no one's version goes stale.
    expect((await read(a.id, fg))!).toMatchObject({ version: now.version });
    expect((await read(a.id, fg))!.messages.map((m: Data) => m.party)).toEqual(['BOARD', 'VENDOR']);

    now = await ok(SUBMIT, { agreementId: a.id, version: now.version }, editor);
    expect(now.waitingOn).toEqual(['BOARD']);
    await ok(ASSESS, { deviationId: deviation.id, assessment: 'ACCEPTABLE' }, fg);
    now = (await read(a.id, fg))!;
    now = await ok(APPROVE, { agreementId: a.id, version: now.version }, fg);
    expect(now.waitingOn).toEqual(['BOARD', 'VENDOR']);
    now = await ok(SIGN, { agreementId: a.id, version: now.version }, vendorSignatory);
    expect(now.waitingOn).toEqual(['BOARD']);
    now = await ok(SIGN, { agreementId: a.id, version: now.version }, boardSignatory);
    expect(now).toMatchObject({ status: 'ACTIVE', waitingOn: [] });
    // Both signed the changed text.
    for (const s of now.signatures) expect(s.documentSha256).toBe(expectedContentSha256(now));
    // The parties go on talking on a signed agreement; it does not change for that.
    await ok(POST_MESSAGE, { agreementId: a.id, body: 'Dank, getekend.' }, boardSignatory);
    expect((await read(a.id, editor))!).toMatchObject({ version: now.version, status: 'ACTIVE' });

    // The list says it as well, for both parties.
    const listed = await app.graphql(
      LIST,
      { filter: { vendorId: vendor } },
      { token: editor.token },
    );
    expect(listed.data!.agreements.edges.map((e: Data) => e.node)).toContainEqual({
      id: a.id,
      waitingOn: [],
      createdBy: 'VENDOR',
    });
    expect(await auditActions(a.id)).toEqual(
      expect.arrayContaining([
        'agreement.deviationUpdated',
        'agreement.messagePosted',
        'agreement.changesRequested',
      ]),
    );
    // The FG heard of the vendor's answer; the vendor's editor of the FG's request.
    expect(await kinds(fg.userId)).toContain('AGREEMENT_MESSAGE');
    expect(await kinds(editor.userId)).toContain('AGREEMENT_CHANGES_REQUESTED');
  });

  it('lets the drafting board’s turn be the board’s, and files a deviation under OTHER by default', async () => {
    const a = await ok(CREATE, { boardId: board, vendorId: vendor, productIds: products }, fg);
    expect(a).toMatchObject({ createdBy: 'BOARD', waitingOn: ['BOARD'] });
    const withDeviation = await ok(
      ADD_DEVIATION,
      { agreementId: a.id, version: a.version, clause: '3', text: 'Eigen toevoeging.' },
      procurement,
    );
    expect(withDeviation.deviations[0]).toMatchObject({ topic: 'OTHER', addedBy: 'BOARD' });
  });

  it('lets either party’s people who work on it talk, in any state, and tells the other party', async () => {
    const { a } = await vendorDraft();
    for (const who of [procurement, fg, boardSignatory, editor, vendorSignatory])
      await ok(POST_MESSAGE, { agreementId: a.id, body: `Van ${who.userId}` }, who);
    const messages = (await read(a.id, boardViewer))!.messages;
    expect(messages.map((m: Data) => m.party)).toEqual([
      'BOARD',
      'BOARD',
      'BOARD',
      'VENDOR',
      'VENDOR',
    ]);
    // Oldest first.
    const times = messages.map((m: Data) => m.createdAt);
    expect([...times].sort()).toEqual(times);
    // A viewer and an admin have no role in the agreement's work.
    for (const who of [boardViewer, boardAdmin, vendorAdmin])
      expect(failure(await call(POST_MESSAGE, { agreementId: a.id, body: 'Hoi' }, who))).toEqual({
        code: 'FORBIDDEN',
        reason: null,
      });
    // The vendor's signatory hears of the board's messages; nobody of their own.
    const heard = await ds.query(
      `SELECT count(*)::int AS n FROM notification
        WHERE recipient_id = $1 AND kind = 'AGREEMENT_MESSAGE' AND link = $2`,
      [vendorSignatory.userId, `/agreements/${a.id}`],
    );
    expect(heard[0].n).toBe(3);
  });

  it('refuses a blank or too long message, naming the field', async () => {
    const { a } = await vendorDraft();
    for (const body of ['   ', 'x'.repeat(10_001)]) {
      const res = await call(POST_MESSAGE, { agreementId: a.id, body }, editor);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.body', message: expect.any(String) }],
      });
    }
    expect((await read(a.id, fg))!.messages).toEqual([]);
  });

  it('refuses to change or withdraw the other party’s deviation: FORBIDDEN, nothing changed', async () => {
    const { a, deviation } = await vendorDraft();
    for (const who of [procurement, fg]) {
      expect(
        failure(
          await call(
            UPDATE_DEVIATION,
            { deviationId: deviation.id, version: a.version, text: 'x' },
            who,
          ),
        ),
      ).toEqual({ code: 'FORBIDDEN', reason: null });
      expect(
        failure(
          await call(WITHDRAW_DEVIATION, { deviationId: deviation.id, version: a.version }, who),
        ),
      ).toEqual({ code: 'FORBIDDEN', reason: null });
    }
    // Nor may anyone without an editor's role of the proposing party.
    for (const who of [vendorSignatory, boardViewer])
      expect(
        failure(
          await call(WITHDRAW_DEVIATION, { deviationId: deviation.id, version: a.version }, who),
        ),
      ).toEqual({ code: 'FORBIDDEN', reason: null });
    expect((await read(a.id, fg))!).toMatchObject({
      version: a.version,
      deviations: [expect.objectContaining({ text: 'Datalekken binnen 72 uur melden.' })],
    });
  });

  it('refuses a deviation change in review or once approved (INVALID_TRANSITION) and with a stale version', async () => {
    const { a, deviation } = await vendorDraft();
    const submitted = await ok(SUBMIT, { agreementId: a.id, version: a.version }, editor);
    expect(
      failure(
        await call(
          UPDATE_DEVIATION,
          { deviationId: deviation.id, version: submitted.version, text: 'Nu wel?' },
          editor,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect(
      failure(
        await call(
          WITHDRAW_DEVIATION,
          { deviationId: deviation.id, version: submitted.version },
          editor,
        ),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

    const other = await vendorDraft();
    await ok(
      UPDATE_DEVIATION,
      { deviationId: other.deviation.id, version: other.a.version, topic: 'SECURITY' },
      editor,
    );
    for (const [query, input] of [
      [
        UPDATE_DEVIATION,
        { deviationId: other.deviation.id, version: other.a.version, text: 'Oud' },
      ],
      [WITHDRAW_DEVIATION, { deviationId: other.deviation.id, version: other.a.version }],
    ] as const)
      expect(failure(await call(query, input, editor))).toEqual({
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
      });
    expect((await read(other.a.id, fg))!.deviations).toEqual([
      expect.objectContaining({ topic: 'SECURITY', text: 'Datalekken binnen 72 uur melden.' }),
    ]);
  });

  it('refuses a blank text or clause, naming the field', async () => {
    const { a, deviation } = await vendorDraft();
    for (const [field, value] of [
      ['text', ' '],
      ['clause', ''],
      ['clause', 'x'.repeat(101)],
    ] as const) {
      const res = await call(
        UPDATE_DEVIATION,
        { deviationId: deviation.id, version: a.version, [field]: value },
        editor,
      );
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: `input.${field}`, message: expect.any(String) }],
      });
    }
    // A change of nothing would only clear the FG's assessment.
    const res = await call(
      UPDATE_DEVIATION,
      { deviationId: deviation.id, version: a.version },
      editor,
    );
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.text', message: expect.any(String) }],
    });
    expect((await read(a.id, fg))!.version).toBe(a.version);
  });

  it('withdraws a deviation: it leaves the agreement and its signed content, and is kept', async () => {
    const { a, deviation } = await vendorDraft();
    const kept = await ok(
      ADD_DEVIATION,
      { agreementId: a.id, version: a.version, clause: '11', topic: 'LIABILITY', text: 'Blijft.' },
      editor,
    );
    let now = await ok(
      WITHDRAW_DEVIATION,
      { deviationId: deviation.id, version: kept.version },
      editor,
    );
    expect(now.deviations.map((d: Data) => d.clause)).toEqual(['11']);
    const [row] = await ds.query(
      `SELECT withdrawn_at IS NOT NULL AS withdrawn, withdrawn_by_id FROM agreement_deviation WHERE id = $1`,
      [deviation.id],
    );
    expect(row).toEqual({ withdrawn: true, withdrawn_by_id: editor.userId });
    // Withdrawn is gone: neither changed nor withdrawn again, nor assessed.
    expect(
      failure(
        await call(WITHDRAW_DEVIATION, { deviationId: deviation.id, version: now.version }, editor),
      ),
    ).toEqual({ code: 'NOT_FOUND', reason: null });
    expect(
      failure(await call(ASSESS, { deviationId: deviation.id, assessment: 'ACCEPTABLE' }, fg)),
    ).toEqual({ code: 'NOT_FOUND', reason: null });

    // The withdrawn one blocks no approval, and is not what is signed.
    now = await ok(SUBMIT, { agreementId: a.id, version: now.version }, editor);
    await ok(ASSESS, { deviationId: kept.deviations[1].id, assessment: 'ACCEPTABLE' }, fg);
    now = (await read(a.id, fg))!;
    now = await ok(APPROVE, { agreementId: a.id, version: now.version }, fg);
    now = await ok(SIGN, { agreementId: a.id, version: now.version }, boardSignatory);
    expect(now.signatures[0].documentSha256).toBe(expectedContentSha256(now));
    expect(await auditActions(a.id)).toContain('agreement.deviationWithdrawn');
  });

  it('treats another organisation’s agreement as if it did not exist: NOT_FOUND', async () => {
    const { a, deviation } = await vendorDraft();
    for (const outsider of [outsiderBoard, outsiderVendor]) {
      expect(
        failure(await call(POST_MESSAGE, { agreementId: a.id, body: 'Van buiten.' }, outsider)),
      ).toEqual({ code: 'NOT_FOUND', reason: null });
      expect(
        failure(
          await call(
            UPDATE_DEVIATION,
            { deviationId: deviation.id, version: a.version, text: 'x' },
            outsider,
          ),
        ),
      ).toEqual({ code: 'NOT_FOUND', reason: null });
      expect(
        failure(
          await call(
            WITHDRAW_DEVIATION,
            { deviationId: deviation.id, version: a.version },
            outsider,
          ),
        ),
      ).toEqual({ code: 'NOT_FOUND', reason: null });
    }
    expect((await read(a.id, fg))!).toMatchObject({ version: a.version, messages: [] });
  });
});
