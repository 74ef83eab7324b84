// Standards for boards over HTTP (DOMAIN.md "Minimum standards and assessments"; issue 16,
// item 3): a sector body publishes a BOARD standard whose requirements carry a minimum
// maturity level and a development line; a board's FG or admin assesses the board's own
// maturity per requirement with a plan, and submits it; a submitted assessment is frozen and
// reassessing starts a new one. Nobody outside the board sees its assessments, the platform
// admin included, in the audit trail neither. Every bad input names its field.
import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { publishedStandard } from '../support/procurement';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely

const REQUIREMENT = 'id code title minimumLevel targetLevel targetDate';
const STANDARD = `id name subject status requirements { ${REQUIREMENT} }`;
const ASSESSMENT = `id status submittedAt minimumMet targetMet requirementTotal
  board { id } standard { id subject }
  answers { requirement { id code minimumLevel } level explanation plannedLevel plannedBy }`;
const CREATE = `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { ${STANDARD} } }`;
const PUBLISH = `mutation ($id: ID!) { publishMinimumStandard(id: $id) { id status } }`;
const START = `mutation ($input: StartBoardAssessmentInput!) { startBoardAssessment(input: $input) { ${ASSESSMENT} } }`;
const ANSWER = `mutation ($input: AnswerMaturityInput!) { answerMaturity(input: $input) { ${ASSESSMENT} } }`;
const SUBMIT = `mutation ($id: ID!) { submitBoardAssessment(id: $id) { ${ASSESSMENT} } }`;
const ONE = `query ($id: ID!) { boardAssessment(id: $id) { ${ASSESSMENT} } }`;
const LIST = `query ($boardId: ID!, $standardId: ID) { boardAssessments(boardId: $boardId, standardId: $standardId) { ${ASSESSMENT} } }`;
const START_PRODUCT = `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`;
const AUDIT = `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) {
  edges { node { action entityType entityId organisation { id } } } } }`;

const today = amsterdamDate();
const TARGET_DATE = addDays(today, 700);

/** Four requirements: minimum 3 each, a development line to 4 on the first two. */
const BOARD_REQUIREMENTS = [
  {
    code: 'GOV',
    title: 'Governance',
    description: 'Beleid en rollen.',
    mandatory: true,
    minimumLevel: 3,
    targetLevel: 4,
    targetDate: TARGET_DATE,
  },
  {
    code: 'RISK',
    title: 'Risicomanagement',
    description: 'Risicoanalyse.',
    mandatory: true,
    minimumLevel: 3,
    targetLevel: 4,
    targetDate: TARGET_DATE,
  },
  {
    code: 'ACC',
    title: 'Toegangsbeheer',
    description: 'Rechten.',
    mandatory: true,
    minimumLevel: 3,
  },
  {
    code: 'AWA',
    title: 'Bewustwording',
    description: 'Training.',
    mandatory: true,
    minimumLevel: 2,
  },
];

describe('board assessments', () => {
  let app: TestApp;
  let ds: DataSource;
  let board: string;
  let otherBoard: string;
  let sectorBody: string;
  const p: Record<string, Person> = {};
  let standard: Loose;
  let productStandard: Loose;
  let draftBoardStandard: string;
  let productId: string;

  const gql = (query: string, variables: Record<string, unknown>, person: Person, lang?: string) =>
    app.graphql(query, variables, {
      token: person.token,
      ...(lang ? { headers: { 'accept-language': lang } } : {}),
    });
  const ok = async (query: string, variables: Record<string, unknown>, person: Person) => {
    const res = await gql(query, variables, person);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Loose;
  };
  const failure = (res: Loose) => ({
    code: res.errors?.[0]?.extensions?.code,
    reason: res.errors?.[0]?.extensions?.reason,
    fields: (res.errors?.[0]?.extensions?.fields ?? []).map((f: Loose) => f.field),
  });
  const createStandard = (input: Loose, person = p.negotiator) =>
    gql(
      CREATE,
      { input: { sectorBodyId: sectorBody, name: 'Normenkader', version: '1', ...input } },
      person,
    );
  const requirementId = (code: string) =>
    (standard.requirements as Loose[]).find((r) => r.code === code)!.id as string;
  const answer = (
    assessmentId: string,
    code: string,
    level: number,
    more: Loose = {},
    person = p.fg,
  ) =>
    gql(
      ANSWER,
      { input: { assessmentId, requirementId: requirementId(code), level, ...more } },
      person,
    );
  const start = (person = p.fg, boardId = board, standardId = standard.id) =>
    gql(START, { input: { boardId, standardId } }, person);

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    board = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Eigen',
    });
    otherBoard = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Ander',
    });
    sectorBody = await createOrganisation(app, {
      kind: OrganisationKind.SECTOR_BODY,
      name: 'Sectorraad',
    });
    const vendor = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Leverancier',
    });
    const supervisor = await createOrganisation(app, {
      kind: OrganisationKind.SUPERVISOR,
      name: 'Inspectie',
    });
    const platform = await createOrganisation(app, {
      kind: OrganisationKind.PLATFORM,
      name: 'Regie',
    });
    const person = (organisationId: string, roles: Role[]) =>
      signUp(app, { organisationId, roles });
    p.fg = await person(board, [Role.PRIVACY_OFFICER]);
    p.boardAdmin = await person(board, [Role.ADMIN]);
    p.procurement = await person(board, [Role.PROCUREMENT]);
    p.boardViewer = await person(board, [Role.VIEWER]);
    p.otherFg = await person(otherBoard, [Role.PRIVACY_OFFICER]);
    p.otherAdmin = await person(otherBoard, [Role.ADMIN]);
    p.negotiator = await person(sectorBody, [Role.NEGOTIATOR]);
    p.reviewer = await person(sectorBody, [Role.REVIEWER]);
    p.sectorAdmin = await person(sectorBody, [Role.ADMIN]);
    p.editor = await person(vendor, [Role.VENDOR_EDITOR]);
    p.inspector = await person(supervisor, [Role.INSPECTOR]);
    p.supervisorAdmin = await person(supervisor, [Role.ADMIN]);
    p.platformAdmin = await person(platform, [Role.PLATFORM_ADMIN]);
    productId = await createProduct(app, vendor, 'Leerplatform');

    standard = await ok(
      CREATE,
      {
        input: {
          sectorBodyId: sectorBody,
          name: 'Normenkader IBP',
          version: '2027',
          subject: 'BOARD',
          requirements: BOARD_REQUIREMENTS,
        },
      },
      p.negotiator,
    );
    await ok(PUBLISH, { id: standard.id }, p.negotiator);
    productStandard = await publishedStandard(app, p.negotiator.token, sectorBody);
    draftBoardStandard = (
      await ok(
        CREATE,
        {
          input: {
            sectorBodyId: sectorBody,
            name: 'Concept',
            version: '0',
            subject: 'BOARD',
            requirements: [BOARD_REQUIREMENTS[2]],
          },
        },
        p.negotiator,
      )
    ).id;
  });

  afterAll(() => app?.close());

  describe('a BOARD standard', () => {
    it("keeps its subject and every requirement's levels and development line", async () => {
      const read = await ok(
        `query ($id: ID!) { minimumStandard(id: $id) { ${STANDARD} } }`,
        { id: standard.id },
        p.inspector,
      );
      expect(read.subject).toBe('BOARD');
      expect(
        read.requirements.map((r: Loose) => [r.code, r.minimumLevel, r.targetLevel, r.targetDate]),
      ).toEqual([
        ['GOV', 3, 4, TARGET_DATE],
        ['RISK', 3, 4, TARGET_DATE],
        ['ACC', 3, null, null],
        ['AWA', 2, null, null],
      ]);
      const product = await ok(
        `query ($id: ID!) { minimumStandard(id: $id) { ${STANDARD} } }`,
        { id: productStandard.id },
        p.fg,
      );
      expect(product.subject).toBe('PRODUCT');
      expect(
        product.requirements.every((r: Loose) => r.minimumLevel === null && r.targetLevel === null),
      ).toBe(true);
    });

    it.each([
      ['a level outside 1-5', { minimumLevel: 0 }, 'input.requirements.0.minimumLevel'],
      ['a level outside 1-5', { minimumLevel: 6 }, 'input.requirements.0.minimumLevel'],
      ['no minimum level', { minimumLevel: null }, 'input.requirements.0.minimumLevel'],
      [
        'a target level below the minimum',
        { minimumLevel: 3, targetLevel: 2, targetDate: TARGET_DATE },
        'input.requirements.0.targetLevel',
      ],
      [
        'a target level outside 1-5',
        { minimumLevel: 3, targetLevel: 7, targetDate: TARGET_DATE },
        'input.requirements.0.targetLevel',
      ],
      [
        'a target level without its date',
        { minimumLevel: 3, targetLevel: 4 },
        'input.requirements.0.targetDate',
      ],
      [
        'a target date without its level',
        { minimumLevel: 3, targetDate: TARGET_DATE },
        'input.requirements.0.targetLevel',
      ],
      [
        'evidence types',
        { minimumLevel: 3, evidenceTypes: ['ISO27001'] },
        'input.requirements.0.evidenceTypes',
      ],
    ])('refuses %s on a BOARD standard, naming the field', async (_what, levels, field) => {
      const res = await createStandard({
        subject: 'BOARD',
        requirements: [{ code: 'X', title: 'X', description: 'X', mandatory: true, ...levels }],
      });
      expect(failure(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    });

    it.each([
      ['minimumLevel', 3],
      ['targetLevel', 4],
      ['targetDate', TARGET_DATE],
    ])('refuses %s on a PRODUCT standard', async (name, value) => {
      for (const subject of ['PRODUCT', undefined]) {
        const res = await createStandard({
          ...(subject ? { subject } : {}),
          requirements: [
            { code: 'X', title: 'X', description: 'X', mandatory: true, [name]: value },
          ],
        });
        expect(failure(res)).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [`input.requirements.0.${name}`],
        });
      }
    });

    it("says why in the caller's language", async () => {
      const input = {
        sectorBodyId: sectorBody,
        name: 'N',
        version: '1',
        subject: 'BOARD',
        requirements: [
          {
            code: 'X',
            title: 'X',
            description: 'X',
            mandatory: true,
            minimumLevel: 3,
            targetLevel: 2,
            targetDate: TARGET_DATE,
          },
        ],
      };
      const nl = await gql(CREATE, { input }, p.negotiator, 'nl');
      const en = await gql(CREATE, { input }, p.negotiator, 'en');
      expect(nl.errors![0].extensions.fields![0].message).toBe(
        'Het doelniveau ligt niet onder het minimumniveau.',
      );
      expect(en.errors![0].extensions.fields![0].message).toBe(
        'The target level does not lie below the minimum level.',
      );
    });

    it('is no standard for products: a vendor cannot start an assessment on it', async () => {
      const res = await gql(
        START_PRODUCT,
        { input: { productId, standardId: standard.id } },
        p.editor,
      );
      expect(failure(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.standardId'] });
      expect(res.errors![0].extensions.fields![0].message).toMatch(
        /besturen zelf|boards themselves/,
      );
    });
  });

  describe('the lifecycle', () => {
    let draft: Loose;

    it('refuses a PRODUCT standard, a draft standard and an unknown one', async () => {
      for (const standardId of [
        productStandard.id,
        draftBoardStandard,
        '00000000-0000-4000-8000-000000000000',
        'nope',
      ]) {
        expect(failure(await start(p.fg, board, standardId))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: ['input.standardId'],
        });
      }
      const res = await start(p.fg, board, productStandard.id);
      expect(res.errors![0].extensions.fields![0].message).toMatch(
        /producten van leveranciers|vendors' products/,
      );
    });

    it('lets only the board FG and admin start, answer and submit', async () => {
      for (const who of [
        'procurement',
        'boardViewer',
        'otherFg',
        'negotiator',
        'editor',
        'inspector',
        'platformAdmin',
      ])
        expect(failure(await start(p[who]))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await ds.query('SELECT id FROM board_assessment')).toEqual([]);
    });

    it('starts a DRAFT for the FG; starting again resumes that draft', async () => {
      draft = await ok(START, { input: { boardId: board, standardId: standard.id } }, p.fg);
      expect(draft).toMatchObject({
        status: 'DRAFT',
        submittedAt: null,
        answers: [],
        minimumMet: 0,
        targetMet: 0,
        requirementTotal: 4,
      });
      expect(draft.board.id).toBe(board);
      expect(draft.standard).toEqual({ id: standard.id, subject: 'BOARD' });
      const again = await ok(
        START,
        { input: { boardId: board, standardId: standard.id } },
        p.boardAdmin,
      );
      expect(again.id).toBe(draft.id);
      expect(Number((await ds.query('SELECT count(*) AS n FROM board_assessment'))[0].n)).toBe(1);
    });

    it('two starts at once make one draft', async () => {
      const [a, b] = await Promise.all([
        start(p.otherFg, otherBoard),
        start(p.otherAdmin, otherBoard),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data!.startBoardAssessment.id).toBe(b.data!.startBoardAssessment.id);
    });

    it.each([
      ['a level below 1', 0, {}, 'input.level'],
      ['a level above 5', 6, {}, 'input.level'],
      [
        "a planned level below today's",
        3,
        { plannedLevel: 2, plannedBy: TARGET_DATE },
        'input.plannedLevel',
      ],
      [
        'a planned level above 5',
        3,
        { plannedLevel: 6, plannedBy: TARGET_DATE },
        'input.plannedLevel',
      ],
      ['a planned level without its date', 3, { plannedLevel: 4 }, 'input.plannedBy'],
      ['a planned date without its level', 3, { plannedBy: TARGET_DATE }, 'input.plannedLevel'],
      [
        'a planned date in the past',
        3,
        { plannedLevel: 4, plannedBy: addDays(today, -1) },
        'input.plannedBy',
      ],
      ['an explanation too long', 3, { explanation: 'x'.repeat(4001) }, 'input.explanation'],
    ])('refuses %s, naming the field', async (_what, level, more, field) => {
      expect(failure(await answer(draft.id, 'GOV', level, more))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    });

    it('refuses a requirement of another standard', async () => {
      const res = await gql(
        ANSWER,
        {
          input: {
            assessmentId: draft.id,
            requirementId: productStandard.requirements[0].id,
            level: 3,
          },
        },
        p.fg,
      );
      expect(failure(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.requirementId'],
      });
    });

    it("says a planned level below today's in Dutch and in English", async () => {
      const input = {
        assessmentId: draft.id,
        requirementId: requirementId('GOV'),
        level: 3,
        plannedLevel: 2,
        plannedBy: TARGET_DATE,
      };
      expect(
        (await gql(ANSWER, { input }, p.fg, 'nl')).errors![0].extensions.fields![0].message,
      ).toBe('Het geplande niveau ligt niet onder het niveau van vandaag.');
      expect(
        (await gql(ANSWER, { input }, p.fg, 'en')).errors![0].extensions.fields![0].message,
      ).toBe("The planned level does not lie below today's level.");
    });

    it('refuses to answer or submit for anyone but the board FG and admin', async () => {
      for (const who of ['procurement', 'boardViewer']) {
        expect(failure(await answer(draft.id, 'GOV', 3, {}, p[who]))).toMatchObject({
          code: 'FORBIDDEN',
        });
        expect(failure(await gql(SUBMIT, { id: draft.id }, p[who]))).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
      // Another board's FG or admin: the assessment does not exist for them, as a random id.
      for (const who of ['otherFg', 'otherAdmin']) {
        for (const id of [draft.id, '00000000-0000-4000-8000-000000000000']) {
          expect(failure(await answer(id, 'GOV', 3, {}, p[who]))).toMatchObject({
            code: 'NOT_FOUND',
          });
          expect(failure(await gql(SUBMIT, { id }, p[who]))).toMatchObject({ code: 'NOT_FOUND' });
        }
      }
      // Who may not assess any board is refused before anything is looked up.
      for (const who of ['negotiator', 'inspector', 'platformAdmin']) {
        expect(failure(await answer(draft.id, 'GOV', 3, {}, p[who]))).toMatchObject({
          code: 'FORBIDDEN',
        });
        expect(failure(await gql(SUBMIT, { id: draft.id }, p[who]))).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
    });

    it("answers per requirement with a plan, in the standard's order, counting minimum and target", async () => {
      await ok(
        ANSWER,
        {
          input: {
            assessmentId: draft.id,
            requirementId: requirementId('ACC'),
            level: 2,
            explanation: 'Nog geen rollenmodel.',
            plannedLevel: 3,
            plannedBy: addDays(today, 180),
          },
        },
        p.fg,
      );
      let a = await ok(
        ANSWER,
        {
          input: {
            assessmentId: draft.id,
            requirementId: requirementId('GOV'),
            level: 4,
            explanation: ' Beleid vastgesteld. ',
          },
        },
        p.boardAdmin,
      );
      expect(a.answers.map((x: Loose) => x.requirement.code)).toEqual(['GOV', 'ACC']);
      expect(a.answers[0]).toMatchObject({
        level: 4,
        explanation: 'Beleid vastgesteld.',
        plannedLevel: null,
        plannedBy: null,
      });
      expect(a.answers[1]).toMatchObject({
        level: 2,
        plannedLevel: 3,
        plannedBy: addDays(today, 180),
      });
      expect(a).toMatchObject({ minimumMet: 1, targetMet: 1, requirementTotal: 4 });
      // Answering again replaces the answer.
      a = await ok(
        ANSWER,
        {
          input: {
            assessmentId: draft.id,
            requirementId: requirementId('GOV'),
            level: 3,
            plannedLevel: 4,
            plannedBy: TARGET_DATE,
          },
        },
        p.fg,
      );
      expect(a.answers).toHaveLength(2);
      expect(a).toMatchObject({ minimumMet: 1, targetMet: 0 });
    });

    it('submits only once every requirement is answered', async () => {
      expect(failure(await gql(SUBMIT, { id: draft.id }, p.fg))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['id'],
      });
      await answer(draft.id, 'RISK', 4, { plannedLevel: 5, plannedBy: TARGET_DATE });
      await answer(draft.id, 'AWA', 2);
      const submitted = await ok(SUBMIT, { id: draft.id }, p.fg);
      expect(submitted).toMatchObject({
        status: 'SUBMITTED',
        minimumMet: 3,
        targetMet: 1,
        requirementTotal: 4,
      });
      expect(submitted.submittedAt).toEqual(expect.any(String));
    });

    it('keeps a submitted assessment frozen: CONFLICT INVALID_TRANSITION', async () => {
      expect(failure(await answer(draft.id, 'ACC', 4))).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      expect(failure(await gql(SUBMIT, { id: draft.id }, p.fg))).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      const read = await ok(ONE, { id: draft.id }, p.fg);
      expect(read.answers.find((x: Loose) => x.requirement.code === 'ACC').level).toBe(2);
    });

    it('reassessing starts a new draft; the list shows the newest first', async () => {
      const next = await ok(START, { input: { boardId: board, standardId: standard.id } }, p.fg);
      expect(next.id).not.toBe(draft.id);
      expect(next).toMatchObject({ status: 'DRAFT', answers: [] });
      const list = await ok(LIST, { boardId: board, standardId: standard.id }, p.boardViewer);
      expect(list.map((x: Loose) => [x.id, x.status])).toEqual([
        [next.id, 'DRAFT'],
        [draft.id, 'SUBMITTED'],
      ]);
      expect(await ok(LIST, { boardId: board }, p.procurement)).toHaveLength(2);
      expect(await ok(LIST, { boardId: board, standardId: productStandard.id }, p.fg)).toEqual([]);
      expect(await ok(LIST, { boardId: board, standardId: 'nope' }, p.fg)).toEqual([]);
    });
  });

  describe("privacy: a board's assessments are its own", () => {
    let id: string;
    beforeAll(async () => {
      id = (await ok(LIST, { boardId: board }, p.fg)).find(
        (x: Loose) => x.status === 'SUBMITTED',
      ).id;
    });

    it('boardAssessment of another board is null for everyone outside it, the platform admin too', async () => {
      for (const who of [
        'otherFg',
        'otherAdmin',
        'negotiator',
        'reviewer',
        'sectorAdmin',
        'editor',
        'inspector',
        'supervisorAdmin',
        'platformAdmin',
      ]) {
        const res = await gql(ONE, { id }, p[who]);
        expect(res.errors).toBeUndefined();
        expect(res.data!.boardAssessment).toBeNull();
      }
      for (const who of ['fg', 'boardAdmin', 'procurement', 'boardViewer'])
        expect((await ok(ONE, { id }, p[who])).id).toBe(id);
    });

    it('boardAssessments of another board: FORBIDDEN, the platform admin too', async () => {
      for (const who of [
        'otherFg',
        'otherAdmin',
        'negotiator',
        'editor',
        'inspector',
        'supervisorAdmin',
        'platformAdmin',
      ]) {
        const res = await gql(LIST, { boardId: board }, p[who]);
        expect(failure(res)).toMatchObject({ code: 'FORBIDDEN' });
        expect(res.data?.boardAssessments ?? null).toBeNull();
      }
    });

    it('audits start, answer and submit, readable only by that board', async () => {
      const actions = async (person: Person) =>
        ((await ok(AUDIT, { filter: { entityType: 'BoardAssessment' } }, person)).edges as Loose[])
          .map((e) => e.node)
          .filter((n) => n.organisation?.id === board)
          .map((n) => n.action);
      const own = await actions(p.fg);
      expect(own).toEqual(
        expect.arrayContaining([
          'boardAssessment.started',
          'boardAssessment.answered',
          'boardAssessment.submitted',
        ]),
      );
      expect(await actions(p.boardAdmin)).toEqual(own);
      expect(await actions(p.platformAdmin)).toEqual([]);
      expect(await actions(p.sectorAdmin)).toEqual([]);
      // The chain still verifies with the sealed events in it.
      const report = await ok('{ verifyAuditChain { valid } }', {}, p.platformAdmin);
      expect(report.valid).toBe(true);
    });
  });
});
