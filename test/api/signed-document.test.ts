// An agreement's signed document over HTTP: a real PDF made when the agreement becomes
// ACTIVE (by the last signature, by accepting a general offer, by joining a framework deal),
// stating the signed content in full, every signature, the vendor's consent it rests on and
// the content hash; both parties download it, nobody else. The PDF is read back with PDF.js
// and the hash recomputed from what it states.
import { createHash } from 'node:crypto';
import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { SignedDocuments } from '../../apps/api/src/agreements/signed-document';
import {
  ACCEPT_OFFER,
  ADD_DEVIATION,
  AGREEMENT_FIELDS,
  APPROVE,
  ASSESS,
  ATTACH,
  CREATE,
  PUBLISH_OFFER,
  SIGN,
  SUBMIT,
} from '../support/agreements';
import { seedAgreement } from '../support/agreements-seed';
import { download, uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { must, tenderAction, TIERS } from '../support/procurement';
import { seedVendor } from '../support/products';
import { readSignedPdf, sha256 } from '../support/signed-pdf';
import { startTestApp, type TestApp } from '../support/test-app';
import { fixture } from '../fixtures/pdfs';

type Person = Awaited<ReturnType<typeof signUp>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API data, read loosely
type Data = Record<string, any>;

const FIELDS = `${AGREEMENT_FIELDS} signedDocument { id filename mediaType size sha256 url }`;
const READ = `query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`;

describe("an agreement's signed document", () => {
  let app: TestApp;
  let ds: DataSource;
  let board: string;
  let vendor: string;
  let products: string[];
  let procurement: Person;
  let fg: Person;
  let boardSignatory: Person;
  let editor: Person;
  let vendorSignatory: Person;
  let outsider: Person;
  let otherVendorEditor: Person;

  const ok = async (query: string, input: Record<string, unknown>, who: Person) => {
    const res = await app.graphql(query, { input }, { token: who.token });
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Data;
  };
  const read = async (id: string, who: Person): Promise<Data | null> =>
    (await app.graphql(READ, { id }, { token: who.token })).data!.agreement;
  const pdfOf = async (a: Data) => {
    const res = await download(app, a.signedDocument.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // The bytes are the file Regie says they are.
    expect(sha256Bytes(bytes)).toBe(a.signedDocument.sha256);
    expect(bytes.length).toBe(a.signedDocument.size);
    return readSignedPdf(bytes);
  };

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    board = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Rivierenland',
    });
    const seeded = await seedVendor(app, { name: 'Leerwolk Nederland', products: 3 });
    vendor = seeded.vendorId;
    products = seeded.products.map((p) => p.id);
    procurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });
    fg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    boardSignatory = await signUp(app, {
      organisationId: board,
      roles: [Role.SIGNATORY],
      name: 'Bea Bestuurder',
    });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorSignatory = await signUp(app, {
      organisationId: vendor,
      roles: [Role.SIGNATORY],
      name: 'Vincent Verkoper',
    });
    const otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    outsider = await signUp(app, { organisationId: otherBoard, roles: [Role.PRIVACY_OFFICER] });
    const otherVendor = await seedVendor(app, { products: 1 });
    otherVendorEditor = await signUp(app, {
      organisationId: otherVendor.vendorId,
      roles: [Role.ADMIN],
    });
  });
  afterAll(() => app.close());

  it('is made when the last signature makes the agreement ACTIVE, stating exactly what was signed', async () => {
    let a = await ok(
      CREATE,
      {
        boardId: board,
        vendorId: vendor,
        productIds: [products[0], products[1]],
        validFrom: amsterdamDate(),
        validUntil: addDays(amsterdamDate(), 365),
      },
      procurement,
    );
    // Text a PDF must not mangle: accents, Greek, a euro sign, runs of spaces.
    const clause = 'Aansprakelijkheid  is beperkt tot €10.000;  naïef — Ελλάδα ';
    a = await ok(
      ADD_DEVIATION,
      { agreementId: a.id, version: a.version, clause: '9.2', text: clause },
      editor,
    );
    const terms = await uploadPdf(app, procurement.token, fixture('tiny.pdf'), {
      filename: 'bijlage-beveiliging.pdf',
      organisationId: board,
    });
    a = await ok(ATTACH, { agreementId: a.id, version: a.version, fileId: terms.id }, procurement);
    a = await ok(SUBMIT, { agreementId: a.id, version: a.version }, procurement);
    await ok(
      ASSESS,
      {
        deviationId: a.deviations[0].id,
        assessment: 'ACCEPTABLE_WITH_MEASURES',
        note: 'Met verzekering',
      },
      fg,
    );
    a = (await read(a.id, fg))!;
    a = await ok(APPROVE, { agreementId: a.id, version: a.version }, fg);
    a = await ok(SIGN, { agreementId: a.id, version: a.version }, boardSignatory);
    // One signature in: not ACTIVE, no document yet.
    expect((await read(a.id, boardSignatory))!.signedDocument).toBeNull();
    await ok(SIGN, { agreementId: a.id, version: a.version }, vendorSignatory);
    a = (await read(a.id, boardSignatory))!;
    expect(a.status).toBe('ACTIVE');
    expect(a.signedDocument).toMatchObject({
      mediaType: 'application/pdf',
      filename: expect.stringMatching(
        /^verwerkersovereenkomst-stichting-rivierenland-leerwolk-nederland-\d{4}-\d{2}-\d{2}\.pdf$/,
      ),
    });

    const pdf = await pdfOf(a);
    // The hash it states is the one both signatures recorded…
    expect(a.signatures).toHaveLength(2);
    for (const s of a.signatures) expect(pdf.statedHash).toBe(s.documentSha256);
    // …and the one recomputed from the content it states, printed and attached alike.
    expect(pdf.printedContent).toBe(pdf.attachedContent);
    expect(sha256(pdf.printedContent)).toBe(pdf.statedHash);
    const content = JSON.parse(pdf.printedContent);
    expect(content).toMatchObject({
      parties: { boardId: board, vendorId: vendor },
      productIds: [products[0], products[1]].sort(),
      deviations: [
        {
          clause: '9.2',
          text: clause.trim(), // as stored: the API trims what it is given
          assessment: 'ACCEPTABLE_WITH_MEASURES',
          assessmentNote: 'Met verzekering',
        },
      ],
      documentSha256s: [terms.sha256],
    });

    // In words, for a person: parties, products, leaflets, the deviation, the attachment, every signature.
    const words = pdf.text.replace(/\s+/g, ' ');
    for (const expected of [
      'Stichting Rivierenland',
      'Leerwolk Nederland',
      'Model Verwerkersovereenkomst 4.0',
      'Aanvaardbaar met maatregelen',
      'Met verzekering',
      'bijlage-beveiliging.pdf',
      terms.sha256,
      'Bea Bestuurder',
      'Vincent Verkoper',
      'Leerlingen',
      'Contactgegevens',
    ])
      expect(words).toContain(expected);
    expect(words).not.toContain('Instemming van de leverancier');
  });

  it('is for both parties to download, and for nobody else', async () => {
    const [row] = await ds.query(
      `SELECT id, signed_document_file_id FROM agreement WHERE board_id = $1 AND status = 'ACTIVE' AND source = 'DIRECT'`,
      [board],
    );
    for (const party of [boardSignatory, fg, editor, vendorSignatory]) {
      const a = (await read(row.id, party))!;
      expect(a.signedDocument.id).toBe(row.signed_document_file_id);
      const res = await download(app, a.signedDocument.url);
      expect(res.status).toBe(200);
      // With the person's token too, as an API client fetches it.
      const withToken = await download(app, `/api/files/${a.signedDocument.id}`, party.token);
      expect(withToken.status).toBe(200);
    }
    for (const stranger of [outsider, otherVendorEditor]) {
      expect(await read(row.id, stranger)).toBeNull();
      const res = await download(app, `/api/files/${row.signed_document_file_id}`, stranger.token);
      expect(res.status).toBe(404);
    }
  });

  it("states the vendor's signed offer as the consent an accepted general offer rests on", async () => {
    const termsFile = await uploadPdf(app, vendorSignatory.token, fixture('tiny.pdf'), {
      filename: 'algemene-voorwaarden.pdf',
    });
    const offer = await ok(
      PUBLISH_OFFER,
      { vendorId: vendor, productIds: [products[2]], termsFileId: termsFile.id },
      vendorSignatory,
    );
    let a = await ok(ACCEPT_OFFER, { generalOfferId: offer.id, boardId: board }, procurement);
    a = await ok(APPROVE, { agreementId: a.id, version: a.version }, fg);
    a = await ok(SIGN, { agreementId: a.id, version: a.version }, boardSignatory);
    a = (await read(a.id, editor))!;
    expect(a.status).toBe('ACTIVE');
    const pdf = await pdfOf(a);
    expect(sha256(pdf.printedContent)).toBe(pdf.statedHash);
    const board_ = a.signatures.find((s: Data) => s.party === 'BOARD');
    expect(pdf.statedHash).toBe(board_.documentSha256);
    const words = pdf.text.replace(/\s+/g, ' ');
    expect(words).toContain('Instemming van de leverancier waarop de overeenkomst rust');
    expect(words).toContain(
      'Algemeen aanbod van Leerwolk Nederland, gepubliceerd en daarmee ondertekend door Vincent Verkoper',
    );
    expect(words).toContain(offer.terms.sha256);
    // The agreement's own signatures are the board's: the vendor's consent is not one of them.
    const signatures = words.slice(
      words.indexOf('Handtekeningen · Signatures'),
      words.indexOf('Instemming van de leverancier'),
    );
    expect(signatures).toContain('Bea Bestuurder');
    expect(signatures).not.toContain('Vincent Verkoper');
  });

  it("states the vendor's signature on the deal for an agreement made by joining a framework deal", async () => {
    const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    const negotiator = await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] });
    const today = amsterdamDate();
    const deal = must(
      await app.graphql(
        `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`,
        {
          input: {
            sectorBodyId: sectorBody,
            vendorId: vendor,
            productIds: [products[1]],
            title: 'Raamovereenkomst Toetsen 2026',
            terms: 'Model 4.0 met de afwijkingen van de sector.',
            priceTiers: TIERS,
            validFrom: today,
            validUntil: addDays(today, 730),
          },
        },
        { token: negotiator.token },
      ),
      'createFrameworkDeal',
    );
    must(
      await tenderAction(app, vendorSignatory.token, 'acceptFrameworkDeal', deal.id),
      'acceptFrameworkDeal',
    );
    must(
      await tenderAction(app, negotiator.token, 'publishFrameworkDeal', deal.id),
      'publishFrameworkDeal',
    );
    const joined = must(
      await app.graphql(
        `mutation ($input: JoinFrameworkDealInput!) { joinFrameworkDeal(input: $input) { agreement { id } } }`,
        { input: { dealId: deal.id, boardId: board } },
        { token: boardSignatory.token },
      ),
      'joinFrameworkDeal',
    );
    const a = (await read(joined.agreement.id, boardSignatory))!;
    expect(a.status).toBe('ACTIVE');
    const pdf = await pdfOf(a);
    expect(sha256(pdf.printedContent)).toBe(pdf.statedHash);
    const words = pdf.text.replace(/\s+/g, ' ');
    expect(words).toContain(
      'Raamovereenkomst "Raamovereenkomst Toetsen 2026", voor Leerwolk Nederland ondertekend door Vincent Verkoper',
    );
    expect(words).toContain('Raamovereenkomst · Framework deal');
  });

  it('is made at start-up for an agreement that was ACTIVE before Regie made these documents', async () => {
    const id = await seedAgreement(app, {
      boardId: board,
      vendorId: vendor,
      productIds: [products[0]],
    });
    expect((await read(id, fg))!.signedDocument).toBeNull();
    const made = await app.running.app.get(SignedDocuments).backfill();
    expect(made).toBe(1);
    const a = (await read(id, fg))!;
    const pdf = await pdfOf(a);
    expect(sha256(pdf.printedContent)).toBe(pdf.statedHash);
    // Nothing is left without its document, and a second run has nothing to do.
    expect(await app.running.app.get(SignedDocuments).backfill()).toBe(0);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM agreement WHERE status = 'ACTIVE' AND signed_document_file_id IS NULL`,
    );
    expect(n).toBe(0);
  });
});

function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
