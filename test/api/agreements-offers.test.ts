import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { boardsWithActiveAgreementsOn } from '../../apps/api/src/data-access/queries/agreements.queries';
import { fixture } from '../fixtures/pdfs';
import {
  ACCEPT_OFFER,
  ADD_DEVIATION,
  AGREEMENT,
  APPROVE,
  ASSESS,
  CREATE,
  expectedContentSha256,
  expectedOfferSha256,
  failure,
  LIST_AGREEMENTS,
  PUBLISH_OFFER,
  SIGN,
  SUBMIT,
} from '../support/agreements';
import { download, uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely

const OFFERS = `query ($vendorId: ID, $productId: ID, $first: Int, $after: String) {
  generalOffers(vendorId: $vendorId, productId: $productId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status products { id } } }
  }
}`;
const PRODUCT_OFFERS = `query ($id: ID!) { product(id: $id) { id generalOffers { id status } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawGeneralOffer(id: $id) { id status } }`;

describe('general offers, new versions and lists of agreements', () => {
  let app: TestApp;
  let ds: DataSource;
  let board: string;
  let otherBoard: string;
  let vendor: string;
  let products: string[];
  let procurement: Person;
  let fg: Person;
  let boardSignatory: Person;
  let editor: Person;
  let vendorSignatory: Person;
  let otherProcurement: Person;
  let otherFg: Person;
  let otherSignatory: Person;
  const today = amsterdamDate();

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const seeded = await seedVendor(app, { products: 3 });
    vendor = seeded.vendorId;
    products = seeded.products.map((p) => p.id);
    procurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });
    fg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    boardSignatory = await signUp(app, { organisationId: board, roles: [Role.SIGNATORY] });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorSignatory = await signUp(app, { organisationId: vendor, roles: [Role.SIGNATORY] });
    otherProcurement = await signUp(app, { organisationId: otherBoard, roles: [Role.PROCUREMENT] });
    otherFg = await signUp(app, { organisationId: otherBoard, roles: [Role.PRIVACY_OFFICER] });
    otherSignatory = await signUp(app, { organisationId: otherBoard, roles: [Role.SIGNATORY] });
  });
  afterAll(() => app.close());

  async function ok(query: string, input: Record<string, unknown>, who: Person): Promise<Data> {
    const res = await app.graphql(query, { input }, { token: who.token });
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Data;
  }

  async function read(id: string, who: Person): Promise<Data | null> {
    return (await app.graphql(AGREEMENT, { id }, { token: who.token })).data!.agreement;
  }

  async function publish(productIds = products.slice(0, 2)): Promise<Data> {
    const terms = await uploadPdf(app, vendorSignatory.token, fixture('tiny.pdf'), {
      filename: 'algemene-voorwaarden.pdf',
    });
    return ok(
      PUBLISH_OFFER,
      { vendorId: vendor, productIds, termsFileId: terms.id },
      vendorSignatory,
    );
  }

  async function activeDirect(boardId: string, who: Person[], overrides = {}): Promise<Data> {
    const [proc, officer, signatory] = who;
    const a = await ok(
      CREATE,
      { boardId, vendorId: vendor, productIds: [products[2]], ...overrides },
      proc,
    );
    const s = await ok(SUBMIT, { agreementId: a.id, version: a.version }, proc);
    const ap = await ok(APPROVE, { agreementId: a.id, version: s.version }, officer);
    const b = await ok(SIGN, { agreementId: a.id, version: ap.version }, signatory);
    return ok(SIGN, { agreementId: a.id, version: b.version }, vendorSignatory);
  }

  it('takes an accepted general offer to ACTIVE with the board’s signature alone', async () => {
    const offer = await publish();
    expect(offer).toMatchObject({
      status: 'PUBLISHED',
      vendor: { id: vendor },
      modelVersion: '4.0',
    });
    // Only the vendor's signatory publishes.
    const terms = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
    const refused = await app.graphql(
      PUBLISH_OFFER,
      { input: { vendorId: vendor, productIds: products, termsFileId: terms.id } },
      { token: editor.token },
    );
    expect(failure(refused)).toEqual({ code: 'FORBIDDEN', reason: null });

    const a = await ok(
      ACCEPT_OFFER,
      { generalOfferId: offer.id, boardId: board, validUntil: addDays(today, 365) },
      procurement,
    );
    expect(a).toMatchObject({ status: 'IN_REVIEW', source: 'GENERAL_OFFER', version: 1 });
    expect(a.products.map((p: Data) => p.id).sort()).toEqual(products.slice(0, 2).sort());
    expect(a.documents).toEqual([
      expect.objectContaining({ id: offer.terms.id, sha256: offer.terms.sha256 }),
    ]);
    expect(a.leaflets).toHaveLength(2);
    // No deviations on standing terms.
    const dev = await app.graphql(
      ADD_DEVIATION,
      { input: { agreementId: a.id, version: 1, clause: '1', text: 'x' } },
      { token: procurement.token },
    );
    expect(failure(dev)).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

    const approved = await ok(APPROVE, { agreementId: a.id, version: 1 }, fg);
    const vendorTries = await app.graphql(
      SIGN,
      { input: { agreementId: a.id, version: approved.version } },
      { token: vendorSignatory.token },
    );
    expect(failure(vendorTries)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
    const signed = await ok(SIGN, { agreementId: a.id, version: approved.version }, boardSignatory);
    expect(signed).toMatchObject({ status: 'ACTIVE', inForce: true });
    const hash = expectedContentSha256(signed);
    // The board's signature alone is on the agreement's content: the vendor never signed it.
    expect(signed.signatures).toEqual([
      expect.objectContaining({
        party: 'BOARD',
        documentSha256: hash,
        signedBy: { id: boardSignatory.userId, name: expect.any(String) },
      }),
    ]);
    // The vendor's consent is its signature on the offer, made by publishing, which the
    // content names by hash (expectedContentSha256 includes it).
    const offerSignature = {
      party: 'VENDOR',
      documentSha256: expectedOfferSha256(offer),
      signedAt: offer.publishedAt,
      signedBy: { id: vendorSignatory.userId, name: expect.any(String) },
    };
    expect(offer.vendorSignature).toEqual(offerSignature);
    expect(signed.generalOffer).toEqual({ id: offer.id, vendorSignature: offerSignature });
    expect(signed.waitingOn).toEqual([]);
    // The terms are readable to the accepting board; Product.generalOffers lists the offer.
    expect((await download(app, `/api/files/${offer.terms.id}`, fg.token)).status).toBe(200);
    const product = await app.graphql(
      PRODUCT_OFFERS,
      { id: products[0] },
      { token: otherFg.token },
    );
    expect(product.data!.product.generalOffers).toEqual([{ id: offer.id, status: 'PUBLISHED' }]);
    // The other board does not see this board's agreement from the offer.
    expect(await read(a.id, otherFg)).toBeNull();
  });

  it('withdraws an offer: listed for its vendor only, accepted no more', async () => {
    const offer = await publish([products[2]]);
    const byEditor = await app.graphql(WITHDRAW, { id: offer.id }, { token: editor.token });
    expect(failure(byEditor)).toEqual({ code: 'FORBIDDEN', reason: null });
    // Another vendor's signatory may neither withdraw it nor publish for this vendor;
    // another board's person may not accept it for this board.
    const rival = await seedVendor(app, { products: 1 });
    const rivalSignatory = await signUp(app, {
      organisationId: rival.vendorId,
      roles: [Role.SIGNATORY],
    });
    const byRival = await app.graphql(WITHDRAW, { id: offer.id }, { token: rivalSignatory.token });
    expect(failure(byRival)).toEqual({ code: 'FORBIDDEN', reason: null });
    const rivalTerms = await uploadPdf(app, rivalSignatory.token, fixture('tiny.pdf'));
    const publishForOther = await app.graphql(
      PUBLISH_OFFER,
      { input: { vendorId: vendor, productIds: [products[2]], termsFileId: rivalTerms.id } },
      { token: rivalSignatory.token },
    );
    expect(failure(publishForOther)).toEqual({ code: 'FORBIDDEN', reason: null });
    const foreignProduct = await app.graphql(
      PUBLISH_OFFER,
      {
        input: { vendorId: rival.vendorId, productIds: [products[2]], termsFileId: rivalTerms.id },
      },
      { token: rivalSignatory.token },
    );
    expect(foreignProduct.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.productIds.0', message: expect.any(String) }],
    });
    const forOtherBoard = await app.graphql(
      ACCEPT_OFFER,
      { input: { generalOfferId: offer.id, boardId: board } },
      { token: otherProcurement.token },
    );
    expect(failure(forOtherBoard)).toEqual({ code: 'FORBIDDEN', reason: null });
    const res = await app.graphql(WITHDRAW, { id: offer.id }, { token: vendorSignatory.token });
    expect(res.data!.withdrawGeneralOffer).toEqual({ id: offer.id, status: 'WITHDRAWN' });
    const again = await app.graphql(WITHDRAW, { id: offer.id }, { token: vendorSignatory.token });
    expect(failure(again)).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    const seenByBoard = await app.graphql(OFFERS, { productId: products[2] }, { token: fg.token });
    expect(seenByBoard.data!.generalOffers.edges.map((e: Data) => e.node.id)).not.toContain(
      offer.id,
    );
    const seenByVendor = await app.graphql(
      OFFERS,
      { productId: products[2] },
      { token: editor.token },
    );
    expect(seenByVendor.data!.generalOffers.edges.map((e: Data) => e.node.id)).toContain(offer.id);
    const accept = await app.graphql(
      ACCEPT_OFFER,
      { input: { generalOfferId: offer.id, boardId: board } },
      { token: procurement.token },
    );
    expect(failure(accept)).toEqual({ code: 'NOT_FOUND', reason: null });
    const audit = await ds.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [offer.id],
    );
    expect(audit.map((r: Data) => r.action)).toEqual([
      'generalOffer.published',
      'generalOffer.withdrawn',
    ]);
  });

  it('replaces a signed agreement by a new version that supersedes it once ACTIVE', async () => {
    const old = await ok(
      CREATE,
      {
        boardId: board,
        vendorId: vendor,
        productIds: [products[0]],
        validUntil: addDays(today, 400),
      },
      procurement,
    );
    const withDev = await ok(
      ADD_DEVIATION,
      { agreementId: old.id, version: 1, clause: '9', text: 'Eigen rechter' },
      editor,
    );
    await ok(ASSESS, { deviationId: withDev.deviations[0].id, assessment: 'ACCEPTABLE' }, fg);
    let o = (await read(old.id, fg))!;
    o = await ok(SUBMIT, { agreementId: old.id, version: o.version }, procurement);
    o = await ok(APPROVE, { agreementId: old.id, version: o.version }, fg);
    o = await ok(SIGN, { agreementId: old.id, version: o.version }, boardSignatory);
    o = await ok(SIGN, { agreementId: old.id, version: o.version }, vendorSignatory);
    expect(o.status).toBe('ACTIVE');

    const next = await ok(
      CREATE,
      { boardId: board, vendorId: vendor, productIds: products.slice(0, 2), supersedesId: old.id },
      editor,
    );
    expect(next).toMatchObject({
      status: 'DRAFT',
      validUntil: addDays(today, 400),
      supersedes: { id: old.id, status: 'ACTIVE' },
      deviations: [expect.objectContaining({ clause: '9', assessment: 'ACCEPTABLE' })],
    });
    // Not for another board's agreement, nor one not signed.
    const wrong = await app.graphql(
      CREATE,
      {
        input: {
          boardId: otherBoard,
          vendorId: vendor,
          productIds: [products[0]],
          supersedesId: old.id,
        },
      },
      { token: otherProcurement.token },
    );
    expect(failure(wrong)).toEqual({ code: 'NOT_FOUND', reason: null });
    const unsigned = await app.graphql(
      CREATE,
      {
        input: {
          boardId: board,
          vendorId: vendor,
          productIds: [products[0]],
          supersedesId: next.id,
        },
      },
      { token: procurement.token },
    );
    expect(failure(unsigned)).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });

    let n = await ok(SUBMIT, { agreementId: next.id, version: next.version }, procurement);
    n = await ok(APPROVE, { agreementId: next.id, version: n.version }, fg);
    n = await ok(SIGN, { agreementId: next.id, version: n.version }, boardSignatory);
    expect((await read(old.id, fg))!.status).toBe('ACTIVE');
    n = await ok(SIGN, { agreementId: next.id, version: n.version }, vendorSignatory);
    expect(n).toMatchObject({ status: 'ACTIVE', supersedes: { id: old.id, status: 'SUPERSEDED' } });
    expect((await read(old.id, editor))!).toMatchObject({ status: 'SUPERSEDED', inForce: false });
    const audit = await ds.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [old.id],
    );
    expect(audit[0].action).toBe('agreement.superseded');
  });

  it('lists with every filter field and cursor pages, for the parties only', async () => {
    // A board of its own, so the counts are this test's.
    const b = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const proc = await signUp(app, { organisationId: b, roles: [Role.PROCUREMENT] });
    const officer = await signUp(app, { organisationId: b, roles: [Role.PRIVACY_OFFICER] });
    const signatory = await signUp(app, { organisationId: b, roles: [Role.SIGNATORY] });
    const people = [proc, officer, signatory];
    const expiring = await activeDirect(b, people, { validUntil: addDays(today, 20) });
    const later = await activeDirect(b, people, { validUntil: addDays(today, 200) });
    const drafts: string[] = [];
    for (let i = 0; i < 3; i++)
      drafts.push(
        (await ok(CREATE, { boardId: b, vendorId: vendor, productIds: [products[i]] }, proc)).id,
      );

    const list = async (filter: Data, who: Person = proc, first = 25, after?: string) => {
      const res = await app.graphql(
        LIST_AGREEMENTS,
        { filter, first, after },
        { token: who.token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.agreements;
    };
    const ids = (c: Data) => c.edges.map((e: Data) => e.node.id);

    expect((await list({ boardId: b })).totalCount).toBe(5);
    expect(ids(await list({ boardId: b, status: ['DRAFT'] })).sort()).toEqual([...drafts].sort());
    expect(ids(await list({ boardId: b, status: ['ACTIVE'], expiringWithinDays: 60 }))).toEqual([
      expiring.id,
    ]);
    expect(ids(await list({ boardId: b, expiringWithinDays: 365 })).sort()).toEqual(
      [expiring.id, later.id].sort(),
    );
    expect((await list({ boardId: b, source: 'GENERAL_OFFER' })).totalCount).toBe(0);
    expect((await list({ boardId: b, source: 'DIRECT', vendorId: vendor })).totalCount).toBe(5);
    // The vendor sees them too; another board none.
    expect((await list({ boardId: b }, editor)).totalCount).toBe(5);
    expect((await list({ boardId: b }, otherFg)).totalCount).toBe(0);
    const bad = await app.graphql(
      LIST_AGREEMENTS,
      { filter: { expiringWithinDays: -1 } },
      { token: proc.token },
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.expiringWithinDays', message: expect.any(String) }],
    });

    // Pages of two, newest first, each agreement once.
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list({ boardId: b }, proc, 2, after);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...drafts].reverse().concat([later.id, expiring.id]));
  });

  it('names the boards with an agreement in force on a product', async () => {
    const a = await activeDirect(otherBoard, [otherProcurement, otherFg, otherSignatory], {
      validFrom: addDays(today, -10),
    });
    const em = ds.manager;
    expect(await boardsWithActiveAgreementsOn(em, [products[2]], today)).toContain(otherBoard);
    expect(
      await boardsWithActiveAgreementsOn(em, [products[2]], addDays(today, -11)),
    ).not.toContain(otherBoard);
    await ds.query(`UPDATE agreement SET termination_date = $1 WHERE id = $2`, [
      addDays(today, -1),
      a.id,
    ]);
    // Its only agreement on the product ended yesterday.
    expect(await boardsWithActiveAgreementsOn(em, [products[2]], today)).not.toContain(otherBoard);
  });
});
