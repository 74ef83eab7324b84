// What a vendor search shows beside each result, beyond the contract: which of a vendor's
// products the search matched (Organisation.matchedProductIds), and the board's own agreement
// with each product (Product.myAgreementStatus), for every result of a page in a bounded
// number of statements. Another board's agreements stay invisible.
import { AgreementStatus, OrganisationKind, ProductCategory, Role, Sector } from '@regie/domain';
import { seedAgreement } from '../support/agreements-seed';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { statementsDuring } from '../support/sql-statements';
import { startTestApp, type TestApp } from '../support/test-app';

const SEARCH = `query ($filter: VendorFilter, $boardId: ID) {
  vendors(filter: $filter, first: 50) {
    edges { node {
      id name matchedProductIds
      products { id name myAgreementStatus(boardId: $boardId) }
    } }
  }
}`;

describe('what a vendor search shows per result', () => {
  let app: TestApp;
  let board: string;
  let otherBoard: string;
  let officer: string;
  let otherOfficer: string;
  let vendorEditor: string;
  let kompas: { vendorId: string; products: { id: string }[] };
  let rekenen: { vendorId: string; products: { id: string }[] };

  beforeAll(async () => {
    app = await startTestApp({ env: { REGIE_MAIL_INTERVAL_MS: '0' } });
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Bestuur Noord' });
    otherBoard = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Bestuur Zuid',
    });
    officer = (await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] })).token;
    otherOfficer = (await signUp(app, { organisationId: otherBoard, roles: [Role.PROCUREMENT] }))
      .token;
    kompas = await seedVendor(app, {
      name: 'Kompas Onderwijssoftware',
      productName: 'Kompas Leerlingvolgsysteem',
      category: ProductCategory.STUDENT_INFORMATION_SYSTEM,
      sectors: [Sector.VO],
    });
    rekenen = await seedVendor(app, {
      name: 'Leerwijs Uitgevers',
      products: 3,
      category: ProductCategory.DIGITAL_LEARNING_MATERIAL,
      sectors: [Sector.PO],
    });
    vendorEditor = (
      await signUp(app, { organisationId: rekenen.vendorId, roles: [Role.VENDOR_EDITOR] })
    ).token;
    // Bestuur Noord's agreement with Kompas is active; Bestuur Zuid has none.
    await seedAgreement(app, {
      boardId: board,
      vendorId: kompas.vendorId,
      productIds: [kompas.products[0].id],
    });
    // Bestuur Zuid's own: in review, on one Leerwijs product.
    await seedAgreement(app, {
      boardId: otherBoard,
      vendorId: rekenen.vendorId,
      productIds: [rekenen.products[1].id],
      status: AgreementStatus.IN_REVIEW,
    });
  });
  afterAll(() => app.close());

  interface Found {
    id: string;
    name: string;
    matchedProductIds: string[] | null;
    products: { id: string; name: string; myAgreementStatus: string | null }[];
  }

  async function search(token: string, filter: Record<string, unknown>, boardId?: string) {
    app.useToken(token);
    const res = (await app.graphql(SEARCH, { filter, boardId: boardId ?? null })) as {
      errors?: unknown;
      data: { vendors: { edges: { node: Found }[] } };
    };
    expect(res.errors).toBeUndefined();
    return res.data.vendors.edges.map((e) => e.node);
  }

  it('names the product a search matched, and none when only the vendor’s name matched', async () => {
    const byProduct = await search(officer, { search: 'leerlingvolgsysteem' });
    expect(byProduct.map((v) => v.name)).toEqual(['Kompas Onderwijssoftware']);
    expect(byProduct[0].matchedProductIds).toEqual([kompas.products[0].id]);

    const byVendorName = await search(officer, { search: 'uitgevers' });
    expect(byVendorName.map((v) => v.name)).toEqual(['Leerwijs Uitgevers']);
    expect(byVendorName[0].matchedProductIds).toEqual([]);
  });

  it('names the products of the category and sector filtered on', async () => {
    const found = await search(officer, {
      category: ProductCategory.DIGITAL_LEARNING_MATERIAL,
      sector: Sector.PO,
    });
    const leerwijs = found.find((v) => v.name === 'Leerwijs Uitgevers')!;
    expect(leerwijs.matchedProductIds).toEqual(rekenen.products.map((p) => p.id));
    expect(found.some((v) => v.name === 'Kompas Onderwijssoftware')).toBe(false);
  });

  it('says nothing about matching for a search without product conditions, or outside a search', async () => {
    const all = await search(officer, {});
    expect(all.every((v) => v.matchedProductIds === null)).toBe(true);
    const eea = await search(officer, { dataOnlyInEea: true });
    expect(eea.every((v) => v.matchedProductIds === null)).toBe(true);

    app.useToken(officer);
    const res = (await app.graphql(
      `query ($id: ID!) { organisation(id: $id) { matchedProductIds } }`,
      { id: kompas.vendorId },
    )) as { errors?: unknown; data: { organisation: { matchedProductIds: string[] | null } } };
    expect(res.errors).toBeUndefined();
    expect(res.data.organisation.matchedProductIds).toBeNull();
  });

  it("shows a board its own agreement with each product, never another board's", async () => {
    const mine = await search(officer, {});
    const status = (vendors: typeof mine, productId: string) =>
      vendors.flatMap((v) => v.products).find((p) => p.id === productId)!.myAgreementStatus;
    expect(status(mine, kompas.products[0].id)).toBe(AgreementStatus.ACTIVE);
    // Bestuur Zuid's agreement in review is not Bestuur Noord's to see.
    expect(status(mine, rekenen.products[1].id)).toBeNull();

    const theirs = await search(otherOfficer, {});
    expect(status(theirs, rekenen.products[1].id)).toBe(AgreementStatus.IN_REVIEW);
    expect(status(theirs, kompas.products[0].id)).toBeNull();

    // Naming another board reads nothing of it.
    const named = await search(otherOfficer, {}, board);
    expect(status(named, kompas.products[0].id)).toBeNull();
    const namedOwn = await search(officer, {}, board);
    expect(status(namedOwn, kompas.products[0].id)).toBe(AgreementStatus.ACTIVE);

    // A vendor is no board: nothing, not even its own customers' agreements.
    const vendor = await search(vendorEditor, {});
    expect(status(vendor, rekenen.products[1].id)).toBeNull();
  });

  it('costs the same statements for a page with 2 or 12 vendors', async () => {
    const count = async () =>
      (
        await statementsDuring(app, () =>
          search(officer, { category: ProductCategory.DIGITAL_LEARNING_MATERIAL }),
        )
      ).length;
    const before = await count();
    for (let i = 0; i < 10; i++)
      await seedVendor(app, {
        name: `Uitgeverij ${i}`,
        products: 2,
        category: ProductCategory.DIGITAL_LEARNING_MATERIAL,
      });
    expect(await count()).toBe(before);
  });
});
