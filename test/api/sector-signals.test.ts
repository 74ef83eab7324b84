// Product.sectorSignals (issue 16 item 2, DOMAIN.md "Learning from each other and sector
// oversight"): what the sector's boards did with a product, counted over agreements in force
// today. The product's own vendor sees its customers' counts as they are; boards, sector
// bodies, supervisors and the platform admin see them under the small-count rule; another
// vendor sees null. For groups of 1 to 6 boards with every spread of deviations over two
// topics, no answer shows, or lets anyone subtract, a count of 1 or 2 boards. The product page
// and the comparison read the signals of all their products in one statement.
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely in tests */
import { randomUUID } from 'node:crypto';
import {
  addDays,
  AgreementStatus,
  AgreementTopic,
  amsterdamDate,
  FindingVerdict,
  OrganisationKind,
  RiskLevel,
  Role,
  shownSectorSignals,
  type SectorSignalCounts,
} from '@regie/domain';
import { DataSource } from 'typeorm';
import { seedAgreement } from '../support/agreements-seed';
import { issueApiToken } from '../support/api-tokens';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { statementsDuring } from '../support/sql-statements';
import { startTestApp, type TestApp } from '../support/test-app';

const SIGNALS = `sectorSignals {
  boardsInForce boardsWithDeviations deviationTopics { topic boards }
  reviewCount reviewsByRisk { riskLevel reviews }
}`;
const PRODUCT = `query ($id: ID!) { product(id: $id) { id ${SIGNALS} } }`;
const PRODUCTS = `query ($vendorId: ID!, $after: String) {
  products(filter: { vendorId: $vendorId }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id name ${SIGNALS} } }
  }
}`;
/** The admin's product page, as it asks (libs/graphql-client registry.graphql). */
const PRODUCT_PAGE = `query ($id: ID!) { product(id: $id) {
  id name category description sectors dataServices vendor { id name }
  leaflets { id version status publishedAt dataOutsideEea }
  ${SIGNALS}
} }`;
const COMPARE = `query ($ids: [ID!]!) { compareProducts(ids: $ids) {
  product { id name ${SIGNALS} } vendor { id name } currentLeaflet { id version }
  dataOutsideEea subprocessorCount validAttestationTypes
} }`;

const { SECURITY, SUBPROCESSORS, DPIA_ASSISTANCE, LIABILITY } = AgreementTopic;
type Signals = {
  boardsInForce: number | null;
  boardsWithDeviations: number | null;
  deviationTopics: { topic: AgreementTopic; boards: number | null }[];
  reviewCount: number;
  reviewsByRisk: { riskLevel: RiskLevel; reviews: number }[];
};

describe('Product.sectorSignals', () => {
  let app: TestApp;
  let ds: DataSource;
  const today = amsterdamDate();

  beforeAll(async () => {
    // No e-mail outbox polling beside the statements counted.
    app = await startTestApp({ env: { REGIE_MAIL_INTERVAL_MS: '0' } });
    ds = app.running.app.get(DataSource);
  });
  afterAll(() => app.close());

  /** Deviations on `agreementId`, one per topic; `withdrawn` ones withdrawn. */
  async function addDeviations(
    agreementId: string,
    topics: readonly AgreementTopic[],
    withdrawn = false,
  ): Promise<void> {
    for (const topic of topics)
      await ds.query(
        `INSERT INTO agreement_deviation (agreement_id, clause, text, topic, added_by, withdrawn_at)
         VALUES ($1, '7.1', 'Aansprakelijkheid beperkt', $2, 'VENDOR', $3)`,
        [agreementId, topic, withdrawn ? new Date() : null],
      );
  }

  async function addReview(
    productId: string,
    boardId: string,
    riskLevel: RiskLevel,
    withdrawn = false,
  ): Promise<void> {
    await ds.query(
      `INSERT INTO product_review (product_id, board_id, risk_level, summary, findings, published_at, withdrawn_at)
       VALUES ($1, $2, $3, 'Samenvatting', '[]'::jsonb, now(), $4)`,
      [productId, boardId, riskLevel, withdrawn ? new Date() : null],
    );
  }

  const boards = (n: number, prefix: string) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        createOrganisation(app, { kind: OrganisationKind.BOARD, name: `${prefix} ${i + 1}` }),
      ),
    );

  describe('a seeded product', () => {
    let vendorId: string;
    let productId: string;
    let quietProductId: string;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      const vendor = await seedVendor(app, { name: 'Telwijs B.V.', products: 2 });
      vendorId = vendor.vendorId;
      productId = vendor.products[0].id;
      quietProductId = vendor.products[1].id;
      const b = await boards(12, 'Bestuur Telwijs');
      // Nine boards with an agreement in force; six of them with deviations that count.
      const topicsOf: AgreementTopic[][] = [
        [SECURITY, LIABILITY, DPIA_ASSISTANCE],
        [SECURITY, SUBPROCESSORS, DPIA_ASSISTANCE],
        [SECURITY, SUBPROCESSORS, DPIA_ASSISTANCE],
        [SECURITY, SUBPROCESSORS, DPIA_ASSISTANCE],
        [SECURITY, SECURITY],
        [SECURITY],
        [],
        [],
        [],
      ];
      for (const [i, topics] of topicsOf.entries()) {
        const id = await seedAgreement(app, {
          boardId: b[i],
          vendorId,
          productIds: [productId, quietProductId].slice(0, i === 0 ? 2 : 1),
        });
        await addDeviations(id, topics);
      }
      // Board 1 has a second agreement in force on the product: it counts once.
      await addDeviations(
        await seedAgreement(app, { boardId: b[0], vendorId, productIds: [productId] }),
        [SECURITY],
      );
      // Board 7's only deviation was withdrawn: not a board with deviations.
      await addDeviations(
        await seedAgreement(app, { boardId: b[6], vendorId, productIds: [productId] }),
        [LIABILITY],
        true,
      );
      // Not in force: ended yesterday, terminated, not yet started, a draft; deviations on each.
      const notInForce = [
        { boardId: b[9], validUntil: addDays(today, -1) },
        { boardId: b[10], terminationDate: addDays(today, -1) },
        { boardId: b[11], validFrom: addDays(today, 10) },
        { boardId: b[11], status: AgreementStatus.DRAFT },
      ];
      for (const extra of notInForce)
        await addDeviations(
          await seedAgreement(app, { vendorId, productIds: [productId], ...extra }),
          [LIABILITY, SUBPROCESSORS],
        );
      // Reviews: three low, one medium, and a high one withdrawn.
      for (const [i, level] of [
        RiskLevel.LOW,
        RiskLevel.LOW,
        RiskLevel.LOW,
        RiskLevel.MEDIUM,
      ].entries())
        await addReview(productId, b[i], level);
      await addReview(productId, b[4], RiskLevel.HIGH, true);

      const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
      const supervisor = await createOrganisation(app, { kind: OrganisationKind.SUPERVISOR });
      const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
      const otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
      const person = async (organisationId: string, roles: Role[]) =>
        (await signUp(app, { organisationId, roles })).token;
      tokens.editor = await person(vendorId, [Role.VENDOR_EDITOR]);
      tokens.vendorViewer = await person(vendorId, [Role.VIEWER]);
      tokens.vendorApi = await issueApiToken(app, vendorId);
      tokens.board = await person(b[0], [Role.PROCUREMENT]);
      tokens.outsideBoard = await person(b[11], [Role.VIEWER]);
      tokens.boardApi = await issueApiToken(app, b[3]);
      tokens.sectorBody = await person(sectorBody, [Role.REVIEWER]);
      tokens.inspector = await person(supervisor, [Role.INSPECTOR]);
      tokens.supervisorViewer = await person(supervisor, [Role.VIEWER]);
      tokens.platformAdmin = await person(platform, [Role.PLATFORM_ADMIN]);
      tokens.otherVendor = await person(otherVendor, [Role.ADMIN]);
      tokens.otherVendorApi = await issueApiToken(app, otherVendor);
    });

    const signalsAs = async (token: string, id = productId): Promise<Signals | null> => {
      const res = await app.graphql(PRODUCT, { id }, { token });
      expect(res.errors).toBeUndefined();
      return res.data!.product.sectorSignals;
    };

    const reviews = {
      reviewCount: 4,
      reviewsByRisk: [
        { riskLevel: 'LOW', reviews: 3 },
        { riskLevel: 'MEDIUM', reviews: 1 },
        { riskLevel: 'HIGH', reviews: 0 },
      ],
    };

    it('shows the sector 9 boards in force, 6 with deviations, and the topics that can be shown', async () => {
      // Security 6 of 6 and subprocessors 3 of 6 are shown; DPIA assistance (4 boards, 2 short
      // of the 6) and liability (1 board) are not listed.
      const expected = {
        boardsInForce: 9,
        boardsWithDeviations: 6,
        deviationTopics: [
          { topic: SECURITY, boards: 6 },
          { topic: SUBPROCESSORS, boards: 3 },
        ],
        ...reviews,
      };
      for (const who of [
        'board',
        'outsideBoard',
        'boardApi',
        'sectorBody',
        'inspector',
        'supervisorViewer',
        'platformAdmin',
      ])
        expect({ who, signals: await signalsAs(tokens[who]) }).toEqual({ who, signals: expected });
    });

    it("shows the product's own vendor its customers' counts as they are, every topic with a board", async () => {
      const expected = {
        boardsInForce: 9,
        boardsWithDeviations: 6,
        deviationTopics: [
          { topic: SECURITY, boards: 6 },
          { topic: DPIA_ASSISTANCE, boards: 4 },
          { topic: SUBPROCESSORS, boards: 3 },
          { topic: LIABILITY, boards: 1 },
        ],
        ...reviews,
      };
      for (const who of ['editor', 'vendorViewer', 'vendorApi'])
        expect({ who, signals: await signalsAs(tokens[who]) }).toEqual({ who, signals: expected });
      // One board in force, with deviations, on the second product: the vendor sees it.
      expect(await signalsAs(tokens.editor, quietProductId)).toMatchObject({
        boardsInForce: 1,
        boardsWithDeviations: 1,
      });
    });

    it('hides one board on a product from the sector, and its topics', async () => {
      expect(await signalsAs(tokens.board, quietProductId)).toEqual({
        boardsInForce: null,
        boardsWithDeviations: null,
        deviationTopics: [],
        reviewCount: 0,
        reviewsByRisk: [
          { riskLevel: 'LOW', reviews: 0 },
          { riskLevel: 'MEDIUM', reviews: 0 },
          { riskLevel: 'HIGH', reviews: 0 },
        ],
      });
    });

    it('is null for another vendor, its people and its API tokens alike', async () => {
      expect(await signalsAs(tokens.otherVendor)).toBeNull();
      expect(await signalsAs(tokens.otherVendorApi)).toBeNull();
    });

    it('counts a product with no agreements as 0, shown as 0', async () => {
      const lone = await seedVendor(app, { name: 'Leeg B.V.' });
      expect(await signalsAs(tokens.board, lone.products[0].id)).toMatchObject({
        boardsInForce: 0,
        boardsWithDeviations: 0,
        deviationTopics: [],
        reviewCount: 0,
      });
    });

    // What a page costs beyond the sign-in: the viewer is kept between requests, but read
    // again when a notice of a change (this file's own inserts) overtakes it (ViewerService).
    const pageStatements = (sql: readonly string[]) =>
      sql.filter((s) => !/FROM app_user u\b/.test(s));

    it('costs the product page one statement for the signals, and the comparison one for all its products', async () => {
      await app.graphql(PRODUCT, { id: productId }, { token: tokens.board }); // signs in
      let page: any;
      const bare = pageStatements(
        await statementsDuring(app, () =>
          app.graphql(
            PRODUCT_PAGE.replace(SIGNALS, ''),
            { id: productId },
            { token: tokens.board },
          ),
        ),
      );
      const statements = pageStatements(
        await statementsDuring(app, async () => {
          page = await app.graphql(PRODUCT_PAGE, { id: productId }, { token: tokens.board });
        }),
      );
      expect(page.errors).toBeUndefined();
      expect(page.data.product.sectorSignals.boardsInForce).toBe(9);
      // The product, its vendor, its leaflets, and the signals with the reviews' counts.
      expect({ statements: statements.length, sql: statements, bare }).toEqual({
        statements: bare.length + 1,
        sql: expect.any(Array),
        bare: expect.any(Array),
      });
      expect(statements.length).toBeLessThanOrEqual(4);

      const many = await seedVendor(app, { name: 'Vergelijkwijs B.V.', products: 9 });
      const ids = [productId, ...many.products.map((p) => p.id)];
      let compared: any;
      const ten = pageStatements(
        await statementsDuring(app, async () => {
          compared = await app.graphql(COMPARE, { ids }, { token: tokens.board });
        }),
      );
      expect(compared.errors).toBeUndefined();
      expect(compared.data.compareProducts).toHaveLength(10);
      expect(compared.data.compareProducts[0].product.sectorSignals.boardsInForce).toBe(9);
      const two = pageStatements(
        await statementsDuring(app, () =>
          app.graphql(COMPARE, { ids: ids.slice(0, 2) }, { token: tokens.board }),
        ),
      );
      const withoutSignals = pageStatements(
        await statementsDuring(app, () =>
          app.graphql(COMPARE.replace(SIGNALS, ''), { ids }, { token: tokens.board }),
        ),
      );
      expect(ten.length).toBe(two.length);
      expect(ten.length).toBe(withoutSignals.length + 1);
      expect(ten.filter((sql) => sql.includes('agreement_deviation'))).toHaveLength(1);
    });
  });

  // Groups of 1 to 6 boards, each board in force on the product and deviating on any set of
  // two topics (none, security, liability, both): every spread is a product of its own. The
  // counts are then read through the API, as a board's procurement officer reads them.
  describe('no figure gives away 1 or 2 boards', () => {
    const TWO = [SECURITY, LIABILITY] as const;
    type Group = (readonly AgreementTopic[])[];
    const KINDS: (readonly AgreementTopic[])[] = [
      [],
      [SECURITY],
      [LIABILITY],
      [SECURITY, LIABILITY],
    ];

    function* spreads(size: number, from = 0): Generator<Group> {
      if (size === 0) {
        yield [];
        return;
      }
      for (let k = from; k < KINDS.length; k++)
        for (const rest of spreads(size - 1, k)) yield [KINDS[k], ...rest];
    }

    function countsOf(group: Group): SectorSignalCounts {
      const boardsPerTopic: Partial<Record<AgreementTopic, number>> = {};
      for (const board of group)
        for (const t of board) boardsPerTopic[t] = (boardsPerTopic[t] ?? 0) + 1;
      return {
        boardsInForce: group.length,
        boardsWithDeviations: group.filter((b) => b.length > 0).length,
        boardsPerTopic,
        reviewsPerRisk: {},
      };
    }

    const small = (n: number | null) => n === 1 || n === 2;

    /** Every figure, and every difference of a total and a part shown beside it. */
    function figureProblems(s: Signals): string[] {
      const problems: string[] = [];
      const figures: [string, number | null][] = [
        ['boardsInForce', s.boardsInForce],
        ['boardsWithDeviations', s.boardsWithDeviations],
        ...s.deviationTopics.map((t): [string, number | null] => [t.topic, t.boards]),
      ];
      for (const [name, n] of figures) if (small(n)) problems.push(`${name} is ${n}`);
      const differences: [string, number | null, number | null][] = [
        ['boards without deviations', s.boardsInForce, s.boardsWithDeviations],
        ...s.deviationTopics.flatMap((t): [string, number | null, number | null][] => [
          [`deviating, not on ${t.topic}`, s.boardsWithDeviations, t.boards],
          [`in force, not deviating on ${t.topic}`, s.boardsInForce, t.boards],
        ]),
      ];
      for (const [name, total, part] of differences)
        if (total !== null && part !== null && small(total - part))
          problems.push(`${name}: ${total} - ${part}`);
      if (s.boardsInForce === null && (s.boardsWithDeviations !== null || s.deviationTopics.length))
        problems.push('a part of a hidden total is shown');
      if (s.boardsWithDeviations === null && s.deviationTopics.some((t) => t.boards !== null))
        problems.push('a topic of a hidden total is shown');
      return problems;
    }

    /** What a figure, or a difference of figures, could give away. */
    function quantities(c: SectorSignalCounts): Record<string, number> {
      const q: Record<string, number> = {
        'boards in force': c.boardsInForce,
        'boards with deviations': c.boardsWithDeviations,
        'boards without deviations': c.boardsInForce - c.boardsWithDeviations,
      };
      for (const t of TWO) {
        const n = c.boardsPerTopic[t] ?? 0;
        q[`boards deviating on ${t}`] = n;
        q[`boards deviating, not on ${t}`] = c.boardsWithDeviations - n;
        q[`boards in force not deviating on ${t}`] = c.boardsInForce - n;
      }
      return q;
    }

    it('for every group of 1 to 6 boards and every spread of deviations over two topics', async () => {
      const vendor = await seedVendor(app, { name: 'Spreiding B.V.', products: 0 });
      const group6 = await boards(6, 'Bestuur Spreiding');
      const groups: Group[] = [];
      for (let size = 1; size <= 6; size++) groups.push(...spreads(size));
      expect(groups).toHaveLength(4 + 10 + 20 + 35 + 56 + 84);

      // A product per group, and its agreements and deviations, set-based.
      const productIds: string[] = groups.map(() => randomUUID());
      await ds.query(
        `INSERT INTO product (id, vendor_id, name, category, sectors)
         SELECT id, $1, 'Spreiding ' || lpad(n::text, 3, '0'), 'OTHER', '{PO}'
           FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, n)`,
        [vendor.vendorId, productIds],
      );
      const agreements: {
        id: string;
        board: string;
        product: string;
        topics: readonly AgreementTopic[];
      }[] = groups.flatMap((group, g) =>
        group.map((topics, i) => ({
          id: randomUUID(),
          board: group6[i],
          product: productIds[g],
          topics,
        })),
      );
      await ds.query(
        `INSERT INTO agreement (id, board_id, vendor_id, source, created_by_party, status, model_name,
           model_version, activated_on)
         SELECT id, board_id, $3, 'DIRECT', 'BOARD', 'ACTIVE', 'Model Verwerkersovereenkomst', '4.0',
                $4::date - 30
           FROM unnest($1::uuid[], $2::uuid[]) AS a(id, board_id)`,
        [agreements.map((a) => a.id), agreements.map((a) => a.board), vendor.vendorId, today],
      );
      await ds.query(
        `INSERT INTO agreement_product (agreement_id, product_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [agreements.map((a) => a.id), agreements.map((a) => a.product)],
      );
      const deviations = agreements.flatMap((a) => a.topics.map((topic) => ({ id: a.id, topic })));
      await ds.query(
        `INSERT INTO agreement_deviation (agreement_id, clause, text, topic, added_by)
         SELECT id, '1.1', 'Afwijking', topic::agreement_topic, 'VENDOR'
           FROM unnest($1::uuid[], $2::text[]) AS d(id, topic)`,
        [deviations.map((d) => d.id), deviations.map((d) => d.topic)],
      );

      const read = async (token: string) => {
        const found = new Map<string, Signals>();
        let after: string | null = null;
        do {
          const res: any = await app.graphql(
            PRODUCTS,
            { vendorId: vendor.vendorId, after },
            { token },
          );
          expect(res.errors).toBeUndefined();
          for (const { node } of res.data.products.edges) found.set(node.id, node.sectorSignals);
          after = res.data.products.pageInfo.hasNextPage
            ? res.data.products.pageInfo.endCursor
            : null;
        } while (after);
        return productIds.map((id) => found.get(id)!);
      };
      const officer = (await signUp(app, { organisationId: group6[0], roles: [Role.PROCUREMENT] }))
        .token;
      const editor = (
        await signUp(app, { organisationId: vendor.vendorId, roles: [Role.VENDOR_EDITOR] })
      ).token;
      const [sector, own] = [await read(officer), await read(editor)];

      const problems: string[] = [];
      const answers = new Map<string, Record<string, number>[]>();
      groups.forEach((group, g) => {
        const counts = countsOf(group);
        const label = JSON.stringify(group);
        // Exactly what the rule gives, and nothing that breaks it.
        expect({ label, shown: sector[g] }).toEqual({
          label,
          shown: shownSectorSignals(counts, 'SECTOR'),
        });
        for (const p of figureProblems(sector[g])) problems.push(`${label}: ${p}`);
        const key = JSON.stringify(sector[g]);
        answers.set(key, [...(answers.get(key) ?? []), quantities(counts)]);
        // The vendor sees its own customers as they are.
        expect({ label, own: own[g] }).toMatchObject({
          label,
          own: {
            boardsInForce: counts.boardsInForce,
            boardsWithDeviations: counts.boardsWithDeviations,
          },
        });
      });
      // Nothing can be worked out: a small count is never the only one that fits an answer.
      for (const [answer, fitting] of answers)
        for (const name of Object.keys(fitting[0])) {
          const values = new Set(fitting.map((q) => q[name]));
          if (values.size === 1 && small([...values][0]))
            problems.push(`${answer} tells that ${name} is ${[...values][0]}`);
        }
      expect(problems).toEqual([]);
      // The check has something to check: some answers show counts and topics.
      expect(
        sector.filter((s) => s.boardsWithDeviations !== null && s.deviationTopics.length).length,
      ).toBeGreaterThan(10);
    });
  });

  describe('kept by a process for REGIE_SECTOR_SIGNALS_REFRESH_SECONDS', () => {
    let kept: TestApp;
    afterAll(() => kept?.close());

    it('reads kept counts without a statement, counts a review at once and the rest when they age', async () => {
      kept = await startTestApp({
        env: { REGIE_MAIL_INTERVAL_MS: '0', REGIE_SECTOR_SIGNALS_REFRESH_SECONDS: '2' },
      });
      const vendor = await seedVendor(kept, { name: 'Bewaarwijs B.V.', products: 1 });
      const product = vendor.products[0].id;
      const b = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          createOrganisation(kept, { kind: OrganisationKind.BOARD, name: `Bewaarbestuur ${i}` }),
        ),
      );
      for (const board of b.slice(0, 4))
        await seedAgreement(kept, {
          boardId: board,
          vendorId: vendor.vendorId,
          productIds: [product],
        });
      const fg = (await signUp(kept, { organisationId: b[0], roles: [Role.PRIVACY_OFFICER] }))
        .token;
      const read = async () => {
        const res = await kept.graphql(
          `query ($id: ID!) { product(id: $id) { id sectorSignals { boardsInForce reviewCount generatedAt } } }`,
          { id: product },
          { token: fg },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.product.sectorSignals as {
          boardsInForce: number | null;
          reviewCount: number;
          generatedAt: string;
        };
      };
      const first = await read();
      expect(first).toMatchObject({ boardsInForce: 4, reviewCount: 0 });

      // A fifth board signs: the kept counts are answered, without counting again.
      await seedAgreement(kept, {
        boardId: b[4],
        vendorId: vendor.vendorId,
        productIds: [product],
      });
      let second: Awaited<ReturnType<typeof read>> | undefined;
      const sql = await statementsDuring(kept, async () => {
        second = await read();
      });
      expect(second).toEqual(first);
      expect(sql.filter((s) => s.includes('in_force'))).toEqual([]);
      // The admin's product page with kept signals and the reviews: the product with its
      // vendor, the leaflets, the reviews; as many statements as the page had before either.
      const page = await statementsDuring(kept, () =>
        kept.graphql(
          PRODUCT_PAGE.replace(SIGNALS, `${SIGNALS} reviews { id riskLevel summary }`),
          { id: product },
          { token: fg },
        ),
      );
      expect(page.filter((s) => !/FROM app_user u\b/.test(s))).toHaveLength(3);

      // A review published here is counted on the next read.
      const published = await kept.graphql(
        `mutation ($input: PublishProductReviewInput!) { publishProductReview(input: $input) { id } }`,
        {
          input: {
            boardId: b[0],
            productId: product,
            riskLevel: RiskLevel.LOW,
            summary: 'Goed geregeld.',
            findings: [
              { topic: SECURITY, verdict: FindingVerdict.MEETS_MODEL, note: 'ISO 27001.' },
            ],
          },
        },
        { token: fg },
      );
      expect(published.errors).toBeUndefined();
      const third = await read();
      expect(third).toMatchObject({ boardsInForce: 5, reviewCount: 1 });
      expect(Date.parse(third.generatedAt)).toBeGreaterThan(Date.parse(first.generatedAt));

      // Aged counts are answered once more while they are counted again.
      await kept.running.app
        .get(DataSource)
        .query(`UPDATE agreement SET status = $2 WHERE board_id = $1`, [
          b[3],
          AgreementStatus.TERMINATED,
        ]);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect(await read()).toMatchObject({ boardsInForce: 5 });
      let fresh = await read();
      for (let i = 0; i < 50 && fresh.boardsInForce === 5; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        fresh = await read();
      }
      expect(fresh.boardsInForce).toBe(4);
    });
  });
});
