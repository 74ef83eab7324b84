// Ending an agreement (art. 28(3)(g), issue 15): the board chooses whether the vendor deletes
// the data or returns it first (when its signatory terminates, or later), the vendor confirms
// with a statement within 30 days; an overdue exit is flagged, and the reminder job tells the
// board while it has not chosen and the vendor when the confirmation is due or overdue.
import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { AGREEMENT, CHOOSE_EXIT, CONFIRM_EXIT, failure, TERMINATE } from '../support/agreements';
import { seedAgreement } from '../support/agreements-seed';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely

describe('the exit of an agreement that ends', () => {
  let app: TestApp;
  let ds: DataSource;
  let reminders: RemindersService;
  let board: string;
  let vendor: string;
  let products: string[];
  let fg: Person;
  let boardSignatory: Person;
  let procurement: Person;
  let vendorSignatory: Person;
  let vendorAdmin: Person;
  let editor: Person;
  let outsiderBoard: Person;
  let outsiderVendor: Person;
  const today = amsterdamDate();

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    reminders = app.running.app.get(RemindersService);
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Stichting Wad' });
    const seeded = await seedVendor(app, { name: 'Klasgenoot', products: 1 });
    vendor = seeded.vendorId;
    products = seeded.products.map((p) => p.id);
    fg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    boardSignatory = await signUp(app, { organisationId: board, roles: [Role.SIGNATORY] });
    procurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });
    vendorSignatory = await signUp(app, { organisationId: vendor, roles: [Role.SIGNATORY] });
    vendorAdmin = await signUp(app, {
      organisationId: vendor,
      roles: [Role.ADMIN],
      name: 'Vera Beheer',
    });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    const otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const otherVendor = await seedVendor(app, { products: 1 });
    outsiderBoard = await signUp(app, {
      organisationId: otherBoard,
      roles: [Role.SIGNATORY, Role.PRIVACY_OFFICER],
    });
    outsiderVendor = await signUp(app, {
      organisationId: otherVendor.vendorId,
      roles: [Role.SIGNATORY, Role.ADMIN],
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

  const read = async (id: string, who: Person): Promise<Data> =>
    (await app.graphql(AGREEMENT, { id }, { token: who.token })).data!.agreement;

  const seed = (validUntil: string | null = null) =>
    seedAgreement(app, { boardId: board, vendorId: vendor, productIds: products, validUntil });

  /** The notifications of one kind a person has, newest last. */
  const told = async (who: Person, kind: string): Promise<{ title: string }[]> =>
    ds.query(
      `SELECT title FROM notification WHERE recipient_id = $1 AND kind = $2 ORDER BY created_at`,
      [who.userId, kind],
    );

  it('lets the board’s signatory choose when terminating; the vendor is told what to do by when', async () => {
    const id = await seed();
    const a = await read(id, fg);
    expect(a.exit).toBeNull();
    const endDate = addDays(today, 10);
    const t = await ok(
      TERMINATE,
      {
        agreementId: id,
        version: a.version,
        reason: 'Overstap',
        endDate,
        exitChoice: 'RETURN_THEN_DELETE',
      },
      boardSignatory,
    );
    expect(t).toMatchObject({
      status: 'ACTIVE',
      terminationDate: endDate,
      exit: {
        choice: 'RETURN_THEN_DELETE',
        dueOn: addDays(endDate, 30),
        confirmedAt: null,
        confirmedBy: null,
        statement: null,
        overdue: false,
      },
    });
    // The vendor sees the exit too; its signatory and admin were told.
    expect((await read(id, vendorSignatory)).exit).toMatchObject({ choice: 'RETURN_THEN_DELETE' });
    for (const who of [vendorSignatory, vendorAdmin])
      expect(await told(who, 'AGREEMENT_EXIT_CHOSEN')).toEqual([
        { title: expect.stringContaining('de gegevens eerst teruggeven en dan verwijderen') },
      ]);
    // Not yet ended: nothing to confirm.
    expect(
      failure(
        await call(CONFIRM_EXIT, { agreementId: id, statement: 'Al gedaan.' }, vendorSignatory),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('refuses an exit choice from the vendor, naming the field, and terminates nothing', async () => {
    const id = await seed();
    const a = await read(id, fg);
    const res = await call(
      TERMINATE,
      { agreementId: id, version: a.version, reason: 'Stop', endDate: today, exitChoice: 'DELETE' },
      vendorSignatory,
    );
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.exitChoice', message: expect.any(String) }],
    });
    expect(await read(id, fg)).toMatchObject({
      terminationDate: null,
      exit: null,
      version: a.version,
    });
    // Without a choice the vendor may terminate; the exit then waits for the board.
    const t = await ok(
      TERMINATE,
      { agreementId: id, version: a.version, reason: 'Stop', endDate: today },
      vendorSignatory,
    );
    expect(t.exit).toEqual({
      choice: null,
      dueOn: null,
      confirmedAt: null,
      confirmedBy: null,
      statement: null,
      overdue: false,
    });
  });

  it('lets the board choose once for an agreement that expired, and the vendor confirm once', async () => {
    const endDate = addDays(today, -3);
    const id = await seed(endDate);
    expect(await read(id, fg)).toMatchObject({ status: 'EXPIRED', exit: { choice: null } });
    // The vendor never chooses; the board's procurement neither.
    for (const who of [vendorSignatory, procurement])
      expect(failure(await call(CHOOSE_EXIT, { agreementId: id, choice: 'DELETE' }, who))).toEqual({
        code: 'FORBIDDEN',
        reason: null,
      });
    // Nothing to confirm before a choice.
    expect(
      failure(await call(CONFIRM_EXIT, { agreementId: id, statement: 'Weg.' }, vendorSignatory)),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

    const chosen = await ok(CHOOSE_EXIT, { agreementId: id, choice: 'DELETE' }, fg);
    // Due 30 days after the choice, which came after the end.
    expect(chosen.exit).toMatchObject({
      choice: 'DELETE',
      dueOn: addDays(today, 30),
      overdue: false,
    });
    expect(
      failure(
        await call(CHOOSE_EXIT, { agreementId: id, choice: 'RETURN_THEN_DELETE' }, boardSignatory),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });

    // The vendor's editor does not confirm; its admin does, with a statement.
    expect(
      failure(await call(CONFIRM_EXIT, { agreementId: id, statement: 'Weg.' }, editor)),
    ).toEqual({ code: 'FORBIDDEN', reason: null });
    for (const statement of ['  ', 'x'.repeat(10_001)]) {
      const res = await call(CONFIRM_EXIT, { agreementId: id, statement }, vendorAdmin);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.statement', message: expect.any(String) }],
      });
    }
    const statement =
      'Alle leerlinggegevens verwijderd op de productie en in de back-ups; de facturen bewaren we 7 jaar (fiscale bewaarplicht).';
    const confirmed = await ok(CONFIRM_EXIT, { agreementId: id, statement }, vendorAdmin);
    expect(confirmed.exit).toMatchObject({
      choice: 'DELETE',
      statement,
      confirmedBy: { id: vendorAdmin.userId, name: 'Vera Beheer' },
      confirmedAt: expect.any(String),
      overdue: false,
    });
    expect((await read(id, fg)).exit).toMatchObject({ statement });
    expect(
      failure(
        await call(CONFIRM_EXIT, { agreementId: id, statement: 'Nog eens.' }, vendorSignatory),
      ),
    ).toEqual({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
    for (const who of [fg, boardSignatory])
      expect(await told(who, 'AGREEMENT_EXIT_CONFIRMED')).toHaveLength(1);
    const actions = (
      await ds.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [id])
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['agreement.exitChosen', 'agreement.exitConfirmed']);
  });

  it('refuses a choice for an agreement that runs with no end, and for a superseded one', async () => {
    const open = await seed();
    expect(failure(await call(CHOOSE_EXIT, { agreementId: open, choice: 'DELETE' }, fg))).toEqual({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    const replaced = await seedAgreement(app, {
      boardId: board,
      vendorId: vendor,
      productIds: products,
      validUntil: addDays(today, -2),
      supersededOn: addDays(today, -10),
    });
    expect(await read(replaced, fg)).toMatchObject({ status: 'SUPERSEDED', exit: null });
    expect(
      failure(await call(CHOOSE_EXIT, { agreementId: replaced, choice: 'DELETE' }, fg)),
    ).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('flags an exit overdue from the day after it was due, until the vendor confirms', async () => {
    const id = await seed(addDays(today, -60));
    await ok(CHOOSE_EXIT, { agreementId: id, choice: 'DELETE' }, boardSignatory);
    // As if the board had chosen the day after the end.
    await ds.query(`UPDATE agreement SET exit_chosen_on = $2 WHERE id = $1`, [
      id,
      addDays(today, -59),
    ]);
    expect((await read(id, vendorSignatory)).exit).toMatchObject({
      dueOn: addDays(today, -29),
      overdue: true,
    });
    await ok(CONFIRM_EXIT, { agreementId: id, statement: 'Alles verwijderd.' }, vendorSignatory);
    expect((await read(id, fg)).exit).toMatchObject({ overdue: false });
  });

  it('treats another organisation’s agreement as if it did not exist: NOT_FOUND', async () => {
    const id = await seed(addDays(today, -1));
    expect(
      failure(await call(CHOOSE_EXIT, { agreementId: id, choice: 'DELETE' }, outsiderBoard)),
    ).toEqual({ code: 'NOT_FOUND', reason: null });
    await ok(CHOOSE_EXIT, { agreementId: id, choice: 'DELETE' }, fg);
    expect(
      failure(await call(CONFIRM_EXIT, { agreementId: id, statement: 'x' }, outsiderVendor)),
    ).toEqual({ code: 'NOT_FOUND', reason: null });
    expect((await read(id, fg)).exit).toMatchObject({ confirmedAt: null });
  });

  describe('reminders', () => {
    let endedNoChoice: string;
    let endedLongAgo: string;
    let chosen: string;

    beforeAll(async () => {
      // Only this block's agreements count: the earlier ones' exits are settled.
      await ds.query(`UPDATE agreement SET exit_confirmed_at = now(), exit_statement = 'Afgehandeld.'
                       WHERE exit_confirmed_at IS NULL`);
      endedNoChoice = await seed(addDays(today, -1));
      endedLongAgo = await seed(addDays(today, -200));
      chosen = await seed(addDays(today, -5));
      await ok(CHOOSE_EXIT, { agreementId: chosen, choice: 'RETURN_THEN_DELETE' }, fg);
    });

    const sent = async (day: string) => (await reminders.runOnce(day)).sent['agreement.exit'];
    const ledger = async () =>
      ds.query(
        `SELECT item_id, threshold FROM reminder_sent WHERE rule = 'agreement.exit' ORDER BY sent_at, threshold`,
      );

    it('asks the board to choose once the agreement ended, again a fortnight later, never for long-ended ones', async () => {
      expect(await sent(today)).toBe(1);
      expect(await sent(today)).toBe(0);
      expect(await ledger()).toEqual([{ item_id: endedNoChoice, threshold: 'choose-0' }]);
      for (const who of [fg, boardSignatory])
        expect(await told(who, 'AGREEMENT_EXIT_CHOICE_NEEDED')).toEqual([
          { title: 'Kies wat Klasgenoot met de gegevens doet' },
        ]);
      expect(await told(procurement, 'AGREEMENT_EXIT_CHOICE_NEEDED')).toEqual([]);
      expect(await sent(addDays(today, 14))).toBe(1);
      expect((await ledger()).map((r: Data) => r.threshold)).toEqual(['choose-0', 'choose-1']);
      expect((await ledger()).map((r: Data) => r.item_id)).not.toContain(endedLongAgo);
    });

    it('tells the vendor a week before the confirmation is due, and both parties once it is overdue', async () => {
      const of = async (day: string) => {
        await reminders.runOnce(day);
        return (await ledger())
          .filter((r: Data) => r.item_id === chosen)
          .map((r: Data) => r.threshold);
      };
      // Chosen today, 5 days after the end: due in 30 days.
      const due = addDays(today, 30);
      expect((await read(chosen, fg)).exit.dueOn).toBe(due);
      expect(await of(addDays(due, -8))).toEqual([]);
      expect(await of(addDays(due, -7))).toEqual(['DUE']);
      for (const who of [vendorSignatory, vendorAdmin])
        expect(await told(who, 'AGREEMENT_EXIT_DUE')).toHaveLength(1);
      expect(await told(editor, 'AGREEMENT_EXIT_DUE')).toEqual([]);
      expect(await told(fg, 'AGREEMENT_EXIT_DUE')).toEqual([]);
      expect(await of(due)).toEqual(['DUE']);
      expect(await of(addDays(due, 1))).toEqual(['DUE', 'OVERDUE']);
      for (const who of [vendorSignatory, vendorAdmin, fg])
        expect((await told(who, 'AGREEMENT_EXIT_OVERDUE'))[0].title).toMatch(/^Te laat: /);
      expect(await of(addDays(due, 2))).toEqual(['DUE', 'OVERDUE']);
      // Once confirmed, nothing more.
      await ok(
        CONFIRM_EXIT,
        { agreementId: chosen, statement: 'Teruggegeven en verwijderd.' },
        vendorSignatory,
      );
      expect(await of(addDays(due, 40))).toEqual(['DUE', 'OVERDUE']);
    });
  });
});
