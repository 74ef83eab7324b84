// Reviews boards share, over HTTP (DOMAIN.md "Learning from each other and sector
// oversight"): a board's FG publishes a review of a product's terms, named or anonymous;
// members of boards, sector bodies and supervisors and the product's vendor read it, other
// vendors do not; an anonymous review's board is null for everyone outside it (the platform
// admin included) in every query, list and notification, and its audit events are the
// board's alone; the vendor responds once; the board withdraws it. Bad input names the field.
import { AgreementTopic, FindingVerdict, Locale, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../apps/api/src/identity/user.entity';
import { createProduct } from '../support/attestations';
import { createOrganisation, signUp } from '../support/identity';
import { leafletInput } from '../support/products';
import { statementsDuring } from '../support/sql-statements';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely

const REVIEW = `id anonymous riskLevel summary publishedAt withdrawnAt vendorResponse vendorRespondedAt
  product { id name } leaflet { id version } board { id name }
  findings { topic verdict note }`;
const PUBLISH = `mutation ($input: PublishProductReviewInput!) { publishProductReview(input: $input) { ${REVIEW} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawProductReview(id: $id) { ${REVIEW} } }`;
const RESPOND = `mutation ($input: RespondToProductReviewInput!) { respondToProductReview(input: $input) { ${REVIEW} } }`;
const ONE = `query ($id: ID!) { productReview(id: $id) { ${REVIEW} } }`;
const LIST = `query ($productId: ID, $boardId: ID, $riskLevel: RiskLevel, $first: Int, $after: String) {
  productReviews(productId: $productId, boardId: $boardId, riskLevel: $riskLevel, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${REVIEW} } } } }`;
const PRODUCT = `query ($id: ID!) { product(id: $id) { id reviews { ${REVIEW} } } }`;
const PRODUCTS = `query ($vendorId: ID) { products(filter: { vendorId: $vendorId }, first: 50) {
  edges { node { id reviews { id board { id } leaflet { id } product { id } } } } } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind title body link } } } }`;
const AUDIT = `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) {
  edges { node { action entityType entityId organisation { id } } } } }`;
const SAVE_DRAFT = `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { id version } }`;
const PUBLISH_LEAFLET = `mutation ($id: ID!) { publishLeaflet(id: $id) { id version } }`;

const findings = [
  {
    topic: AgreementTopic.BREACH_NOTIFICATION,
    verdict: FindingVerdict.DEVIATES_UNACCEPTABLY,
    note: 'Meldplicht pas na 72 uur.',
  },
  {
    topic: AgreementTopic.SECURITY,
    verdict: FindingVerdict.MEETS_MODEL,
    note: 'ISO 27001 en jaarlijkse pentest.',
  },
];

describe('reviews boards share', () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let ds: DataSource;
  let vendor: string;
  let product: string;
  let otherProduct: string;
  let leafletV1: string;
  let leafletV2: string;
  let draft: string;
  const boards: Record<string, string> = {};
  const p: Record<string, Person> = {};

  const gql = (query: string, variables: Record<string, unknown>, person: Person) =>
    app.graphql(query, variables, { token: person.token });
  const publish = (person: Person, input: Record<string, unknown>) =>
    gql(
      PUBLISH,
      {
        input: {
          productId: product,
          riskLevel: 'MEDIUM',
          summary: 'Redelijk.',
          findings,
          ...input,
        },
      },
      person,
    );
  const ok = (res: Loose): Loose => {
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Loose;
  };
  const failure = (res: Loose) => ({
    code: res.errors?.[0]?.extensions?.code,
    reason: res.errors?.[0]?.extensions?.reason,
  });
  const badFields = (res: Loose) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors![0].extensions.fields as { field: string }[]).map((f) => f.field);
  };
  const list = async (person: Person, args: Record<string, unknown>) =>
    ok(await gql(LIST, args, person)) as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Loose }[];
    };
  const ids = (connection: { edges: { node: Loose }[] }) => connection.edges.map((e) => e.node.id);
  const notifications = async (person: Person) =>
    ((await gql(NOTIFICATIONS, {}, person)).data!.notifications.edges as { node: Loose }[]).map(
      (e) => e.node,
    );
  const reviewRows = async () =>
    Number((await ds.query('SELECT count(*) AS n FROM product_review'))[0].n);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: smtp.env() });
    ds = app.running.app.get(DataSource);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwolk' });
    p.editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    p.vendorAdmin = await signUp(app, {
      organisationId: vendor,
      roles: [Role.ADMIN],
      email: 'beheer@leerwolk.example.nl',
    });
    p.vendorViewer = await signUp(app, { organisationId: vendor, roles: [Role.VIEWER] });
    const otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    p.otherEditor = await signUp(app, { organisationId: otherVendor, roles: [Role.VENDOR_EDITOR] });
    const sector = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    p.sectorViewer = await signUp(app, { organisationId: sector, roles: [Role.VIEWER] });
    const supervisor = await createOrganisation(app, { kind: OrganisationKind.SUPERVISOR });
    p.inspector = await signUp(app, { organisationId: supervisor, roles: [Role.INSPECTOR] });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    p.platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    for (const key of ['A', 'B', 'C']) {
      boards[key] = await createOrganisation(app, {
        kind: OrganisationKind.BOARD,
        name: `Bestuur ${key}`,
      });
      for (const [role, label] of [
        [Role.PRIVACY_OFFICER, 'fg'],
        [Role.ADMIN, 'admin'],
        [Role.PROCUREMENT, 'procurement'],
        [Role.VIEWER, 'viewer'],
      ] as const)
        p[`${label}${key}`] = await signUp(app, {
          organisationId: boards[key],
          roles: [role],
          email: `${label}-${key.toLowerCase()}@bestuur.example.nl`,
        });
    }
    // The vendor's admin reads English.
    await ds.getRepository(UserEntity).update({ id: p.vendorAdmin.userId }, { locale: Locale.EN });
    product = await createProduct(app, vendor, 'Leerwolk Plus');
    otherProduct = await createProduct(app, vendor, 'Leerwolk Lite');
    const v1 = ok(await gql(SAVE_DRAFT, { input: leafletInput(product) }, p.editor));
    leafletV1 = ok(await gql(PUBLISH_LEAFLET, { id: v1.id }, p.editor)).id;
    const v2 = ok(
      await gql(
        SAVE_DRAFT,
        { input: leafletInput(product, { breachNotificationHours: 48 }) },
        p.editor,
      ),
    );
    leafletV2 = ok(await gql(PUBLISH_LEAFLET, { id: v2.id }, p.editor)).id;
    draft = ok(await gql(SAVE_DRAFT, { input: leafletInput(product) }, p.editor)).id;
    const other = ok(await gql(SAVE_DRAFT, { input: leafletInput(otherProduct) }, p.editor));
    ok(await gql(PUBLISH_LEAFLET, { id: other.id }, p.editor));
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  let named: Loose;
  let anonymous: Loose;

  describe('publishing', () => {
    it('publishes a named review on the current leaflet; every reader sees the board', async () => {
      named = ok(await publish(p.fgA, { boardId: boards.A, riskLevel: 'LOW' }));
      expect(named).toMatchObject({
        anonymous: false,
        riskLevel: 'LOW',
        summary: 'Redelijk.',
        withdrawnAt: null,
        vendorResponse: null,
        product: { id: product },
        leaflet: { id: leafletV2 },
        board: { id: boards.A, name: 'Bestuur A' },
        findings,
      });
      for (const reader of [
        'fgB',
        'viewerC',
        'sectorViewer',
        'inspector',
        'editor',
        'platformAdmin',
      ])
        expect(ok(await gql(ONE, { id: named.id }, p[reader]))).toMatchObject({
          id: named.id,
          board: { id: boards.A },
        });
    });

    it('reviews an older published version when asked to', async () => {
      const older = ok(
        await publish(p.fgC, { boardId: boards.C, leafletId: leafletV1, riskLevel: 'HIGH' }),
      );
      expect(older.leaflet).toEqual({ id: leafletV1, version: 1 });
    });

    it('publishes an anonymous review: its board is null for everyone outside it, in every query', async () => {
      anonymous = ok(await publish(p.fgB, { boardId: boards.B, anonymous: true }));
      expect(anonymous).toMatchObject({ anonymous: true, board: { id: boards.B } });
      // The board's own members see it is theirs.
      for (const member of ['viewerB', 'procurementB'])
        expect(ok(await gql(ONE, { id: anonymous.id }, p[member])).board).toEqual({
          id: boards.B,
          name: 'Bestuur B',
        });
      for (const outsider of [
        'fgA',
        'viewerC',
        'sectorViewer',
        'inspector',
        'editor',
        'vendorAdmin',
        'platformAdmin',
      ]) {
        const person = p[outsider];
        const one = ok(await gql(ONE, { id: anonymous.id }, person));
        expect(one).toMatchObject({ id: anonymous.id, anonymous: true, board: null });
        const listed = await list(person, { productId: product });
        const found = listed.edges.find((e) => e.node.id === anonymous.id)!.node;
        expect(found.board).toBeNull();
        const page = ok(await gql(PRODUCT, { id: product }, person));
        expect(page.reviews.find((r: Loose) => r.id === anonymous.id).board).toBeNull();
        // Asking for board B's reviews does not list its anonymous one.
        expect(ids(await list(person, { boardId: boards.B }))).toEqual([]);
        expect(JSON.stringify([one, listed, page])).not.toContain(boards.B);
      }
      expect(ids(await list(p.viewerB, { boardId: boards.B }))).toEqual([anonymous.id]);
    });

    it("tells the vendor, in its language, with the board's name only when named", async () => {
      const en = (await notifications(p.vendorAdmin)).filter(
        (n) => n.kind === 'PRODUCT_REVIEW_PUBLISHED',
      );
      expect(en.map((n) => n.title)).toEqual([
        'An anonymous board reviewed Leerwolk Plus',
        'Bestuur C reviewed Leerwolk Plus',
        'Bestuur A reviewed Leerwolk Plus',
      ]);
      expect(en[0].body).toBe(
        "The privacy officer of a board that stays anonymous shared a review of Leerwolk Plus's terms with the sector: medium risk. You can respond once in Regie.",
      );
      expect(en[0].link).toBe(`/products/${product}#review-${anonymous.id}`);
      const [nl] = await notifications(p.editor);
      expect(nl.title).toBe('Een anoniem bestuur beoordeelde Leerwolk Plus');
      expect(nl.body).toContain('gemiddeld risico');
      const mails = await eventually(() => {
        const all = smtp.to('beheer@leerwolk.example.nl');
        return all.length === 3 ? all : undefined;
      }, 'three e-mails to the vendor');
      const anonymousMail = mails.find((m) => m.parsed.subject === en[0].title)!;
      expect(anonymousMail.parsed.text).not.toContain('Bestuur B');
      // Nobody at the vendor was told the anonymous board's name, in any notification.
      for (const person of [p.editor, p.vendorAdmin])
        expect(JSON.stringify(await notifications(person))).not.toContain('Bestuur B');
      // Other boards are not told.
      expect(await notifications(p.fgC)).toEqual([]);
    });

    it("keeps an anonymous review's audit events for its board alone", async () => {
      const events = async (person: Person, filter: Record<string, unknown> = {}) =>
        ok(await gql(AUDIT, { filter }, person)).edges.map((e: Loose) => e.node) as Loose[];
      const own = await events(p.adminB, { entityId: anonymous.id });
      expect(own).toEqual([
        {
          action: 'productReview.published',
          entityType: 'ProductReview',
          entityId: anonymous.id,
          organisation: { id: boards.B },
        },
      ]);
      expect(await events(p.platformAdmin, { entityId: anonymous.id })).toEqual([]);
      expect(await events(p.vendorAdmin, { entityId: anonymous.id })).toEqual([]);
      expect(JSON.stringify(await events(p.platformAdmin))).not.toContain(anonymous.id);
      // The chain keeps them: verification counts them and finds it whole.
      const chain = ok(await gql(`{ verifyAuditChain { valid } }`, {}, p.platformAdmin));
      expect(chain.valid).toBe(true);
      // A named review's events are its vendor's to read too.
      expect((await events(p.vendorAdmin, { entityId: named.id })).map((e) => e.action)).toEqual([
        'productReview.published',
      ]);
    });
  });

  describe('bad input', () => {
    it('is FORBIDDEN for a procurement officer, for another board, and for a vendor', async () => {
      const before = await reviewRows();
      expect(failure(await publish(p.procurementA, { boardId: boards.A }))).toEqual({
        code: 'FORBIDDEN',
        reason: undefined,
      });
      expect(failure(await publish(p.fgA, { boardId: boards.B }))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(failure(await publish(p.editor, { boardId: boards.A }))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await reviewRows()).toBe(before);
    });

    it('refuses an unknown topic and an empty note, naming the field, in the caller’s language', async () => {
      const before = await reviewRows();
      const unknown = await publish(p.fgA, {
        boardId: boards.A,
        findings: [{ topic: 'PRICE', verdict: 'MEETS_MODEL', note: 'Duur.' }],
      });
      expect(badFields(unknown)).toEqual(['input.findings.0.topic']);
      const empty = await app.graphql(
        PUBLISH,
        {
          input: {
            boardId: boards.A,
            productId: product,
            riskLevel: 'LOW',
            summary: 'Goed.',
            findings: [findings[0], { ...findings[1], note: '   ' }],
          },
        },
        { token: p.fgA.token, headers: { 'accept-language': 'en' } },
      );
      expect(badFields(empty)).toEqual(['input.findings.1.note']);
      expect((empty as Loose).errors[0].extensions.fields[0].message).toBe(
        'This field is required.',
      );
      const twice = await publish(p.fgA, {
        boardId: boards.A,
        findings: [findings[0], findings[0]],
      });
      expect(badFields(twice)).toEqual(['input.findings.1.topic']);
      expect((twice as Loose).errors[0].extensions.fields[0].message).toBe(
        'Elk onderwerp komt één keer voor in een beoordeling.',
      );
      expect(badFields(await publish(p.fgA, { boardId: boards.A, summary: '' }))).toEqual([
        'input.summary',
      ]);
      expect(badFields(await publish(p.fgA, { boardId: boards.A, findings: [] }))).toEqual([
        'input.findings',
      ]);
      expect(await reviewRows()).toBe(before);
    });

    it('refuses a leaflet of another product; a draft or unknown leaflet or product is NOT_FOUND', async () => {
      const otherLeaflet = ok(
        await gql(
          PRODUCT.replace('reviews', 'currentLeaflet { id } reviews'),
          { id: otherProduct },
          p.fgA,
        ),
      ).currentLeaflet.id;
      expect(
        badFields(await publish(p.fgA, { boardId: boards.A, leafletId: otherLeaflet })),
      ).toEqual(['input.leafletId']);
      for (const leafletId of [draft, '8f2b6c1e-0000-4000-8000-000000000000'])
        expect(failure(await publish(p.fgA, { boardId: boards.A, leafletId }))).toMatchObject({
          code: 'NOT_FOUND',
        });
      expect(
        failure(
          await publish(p.fgA, {
            boardId: boards.A,
            productId: '8f2b6c1e-0000-4000-8000-000000000000',
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('who reads reviews', () => {
    it("lets no other vendor read a product's reviews", async () => {
      expect(ok(await gql(ONE, { id: named.id }, p.otherEditor))).toBeNull();
      expect((await list(p.otherEditor, { productId: product })).totalCount).toBe(0);
      expect(ok(await gql(PRODUCT, { id: product }, p.otherEditor)).reviews).toEqual([]);
      // The product's own vendor, any role, reads them.
      expect((await list(p.vendorViewer, { productId: product })).totalCount).toBe(3);
    });

    it('pages newest first with a total, and filters by risk level and board', async () => {
      const first = await list(p.fgC, { productId: product, first: 2 });
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list(p.fgC, {
        productId: product,
        first: 2,
        after: first.pageInfo.endCursor,
      });
      expect(second.pageInfo.hasNextPage).toBe(false);
      const all = [...ids(first), ...ids(second)];
      expect(all[0]).toBe(anonymous.id);
      expect(all[2]).toBe(named.id);
      expect(all).toHaveLength(3);
      const high = await list(p.sectorViewer, { riskLevel: 'HIGH', productId: product });
      expect(high.edges.map((e) => e.node.riskLevel)).toEqual(['HIGH']);
      expect(ids(await list(p.sectorViewer, { boardId: boards.A }))).toEqual([named.id]);
      expect(ids(await list(p.sectorViewer, { productId: 'geen-id' }))).toEqual([]);
    });

    it('loads Product.reviews for a list of products in one statement', async () => {
      const more = await createProduct(app, vendor, 'Leerwolk Extra');
      ok(await publish(p.fgC, { boardId: boards.C, productId: more, anonymous: true }));
      const statements = await statementsDuring(app, () =>
        gql(PRODUCTS, { vendorId: vendor }, p.fgA),
      );
      expect(statements.filter((s) => s.includes('product_review'))).toHaveLength(1);
      const res = ok(await gql(PRODUCTS, { vendorId: vendor }, p.fgA));
      const counts = Object.fromEntries(
        res.edges.map((e: Loose) => [e.node.id, e.node.reviews.length]),
      );
      expect(counts).toMatchObject({ [product]: 3, [more]: 1, [otherProduct]: 0 });
    });
  });

  describe('the vendor responds, once', () => {
    it('lets the vendor respond; readers see the response; the board is told', async () => {
      const responded = ok(
        await gql(
          RESPOND,
          { input: { reviewId: anonymous.id, response: 'De meldtermijn is per 1 maart 24 uur.' } },
          p.editor,
        ),
      );
      expect(responded.vendorResponse).toBe('De meldtermijn is per 1 maart 24 uur.');
      expect(responded.vendorRespondedAt).not.toBeNull();
      // The vendor still does not learn the board.
      expect(responded.board).toBeNull();
      const read = ok(await gql(ONE, { id: anonymous.id }, p.fgA));
      expect(read.vendorResponse).toBe('De meldtermijn is per 1 maart 24 uur.');
      const told = (await notifications(p.fgB)).filter(
        (n) => n.kind === 'PRODUCT_REVIEW_RESPONDED',
      );
      expect(told.map((n) => n.title)).toEqual([
        'Leerwolk reageerde op je beoordeling van Leerwolk Plus',
      ]);
    });

    it('is CONFLICT ALREADY_EXISTS the second time', async () => {
      const again = await gql(
        RESPOND,
        { input: { reviewId: anonymous.id, response: 'Nog iets.' } },
        p.vendorAdmin,
      );
      expect(failure(again)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
      expect(ok(await gql(ONE, { id: anonymous.id }, p.fgA)).vendorResponse).toBe(
        'De meldtermijn is per 1 maart 24 uur.',
      );
    });

    it('is NOT_FOUND for another vendor, FORBIDDEN for a board and for the vendor’s viewer', async () => {
      const respond = (person: Person) =>
        gql(RESPOND, { input: { reviewId: named.id, response: 'Onzin.' } }, person);
      expect(failure(await respond(p.otherEditor))).toMatchObject({ code: 'NOT_FOUND' });
      expect(failure(await respond(p.fgA))).toMatchObject({ code: 'FORBIDDEN' });
      expect(failure(await respond(p.vendorViewer))).toMatchObject({ code: 'FORBIDDEN' });
      expect(ok(await gql(ONE, { id: named.id }, p.fgB)).vendorResponse).toBeNull();
      // An anonymous review's response is the vendor's event, sealed: the board is not named.
      const [event] = (await ds.query(
        `SELECT organisation_id, party_ids, "after", seal_key FROM audit_event WHERE action = 'productReview.responded'`,
      )) as Loose[];
      expect(event.organisation_id).toBe(vendor);
      expect(JSON.stringify(event)).not.toContain(boards.B);
      expect(event.seal_key).toBe(`productReview:${anonymous.id}`);
    });
  });

  describe('withdrawing', () => {
    it('is NOT_FOUND for another board and FORBIDDEN for a member who is not its FG', async () => {
      expect(failure(await gql(WITHDRAW, { id: named.id }, p.fgB))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(failure(await gql(WITHDRAW, { id: named.id }, p.procurementA))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(failure(await gql(WITHDRAW, { id: named.id }, p.editor))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('takes the review out of every list but its own board’s, which still reads it', async () => {
      const withdrawn = ok(await gql(WITHDRAW, { id: named.id }, p.fgA));
      expect(withdrawn.withdrawnAt).not.toBeNull();
      for (const reader of ['fgB', 'editor', 'sectorViewer', 'platformAdmin']) {
        expect(ok(await gql(ONE, { id: named.id }, p[reader]))).toBeNull();
        expect(ids(await list(p[reader], { productId: product }))).not.toContain(named.id);
        expect(ids(await list(p[reader], { boardId: boards.A }))).toEqual([]);
      }
      expect(ok(await gql(ONE, { id: named.id }, p.viewerA)).withdrawnAt).not.toBeNull();
      expect(ids(await list(p.viewerA, { boardId: boards.A }))).toEqual([named.id]);
      // Not in the product's reviews, not even for its own board.
      expect(ids(await list(p.viewerA, { productId: product }))).not.toContain(named.id);
      expect(
        ok(await gql(PRODUCT, { id: product }, p.fgA)).reviews.map((r: Loose) => r.id),
      ).not.toContain(named.id);
      // Withdrawn once: again is INVALID_TRANSITION; the vendor can no longer respond.
      expect(failure(await gql(WITHDRAW, { id: named.id }, p.fgA))).toEqual({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      expect(
        failure(await gql(RESPOND, { input: { reviewId: named.id, response: 'x' } }, p.editor)),
      ).toMatchObject({ code: 'NOT_FOUND' });
      const audit = ok(await gql(AUDIT, { filter: { entityId: named.id } }, p.adminA));
      expect(audit.edges.map((e: Loose) => e.node.action)).toEqual([
        'productReview.withdrawn',
        'productReview.published',
      ]);
    });
  });
});
