import { DataSource } from 'typeorm';
import { OrganisationKind, ProductCategory, Role, Sector } from '@regie/domain';
import { createOrganisation, signUp } from '../support/identity';
import { seedManyVendors, seedVendor } from '../support/products';
import { statementsDuring } from '../support/sql-statements';
import { startTestApp, type TestApp } from '../support/test-app';

const VENDORS = `query ($filter: VendorFilter, $first: Int, $after: String) {
  vendors(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The page an FG's overview asks for: vendors, their products, current and older leaflets. */
const REGISTER_PAGE = `query ($filter: VendorFilter, $first: Int) {
  vendors(filter: $filter, first: $first) {
    totalCount
    edges { node {
      id name
      products {
        id name category vendor { id name }
        currentLeaflet { id version dataOutsideEea subprocessors { country inEea } }
        leaflets { id version status }
        attestations { type validity }
      }
    } }
  }
}`;

describe('the vendor register', () => {
  let app: TestApp;

  beforeAll(async () => {
    // No outbox worker: its polls would count among the page's statements.
    app = await startTestApp({ env: { REGIE_MAIL_INTERVAL_MS: '0' } });
    const board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    app.useToken((await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] })).token);
  });
  afterAll(() => app.close());

  async function names(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    const res: any = await app.graphql(VENDORS, { filter, first });
    expect(res.errors).toBeUndefined();
    return res.data.vendors.edges.map((e: any) => e.node.name);
  }

  describe('search, in Dutch', () => {
    beforeAll(async () => {
      await seedVendor(app, {
        name: 'Kompas Onderwijssoftware',
        productName: 'Kompas LVS',
        description: 'Leerlingvolgsystemen en leerlingadministratie voor het primair onderwijs.',
      });
      await seedVendor(app, { name: 'Café Digitaal B.V.', productName: 'Kantine' });
      await seedVendor(app, {
        name: 'Kinderopvang Software',
        productName: 'Crèche Planner',
        description: 'Roosters voor de kinderopvang.',
      });
      // Not a vendor: a board with a matching name stays out of the register.
      await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Café-onderwijs' });
    });

    it("lets 'leerlingvolgsysteem' find a product described as 'Leerlingvolgsystemen'", async () => {
      expect(await names({ search: 'leerlingvolgsysteem' })).toEqual(['Kompas Onderwijssoftware']);
      expect(await names({ search: 'LEERLINGVOLGSYSTEEM primair' })).toEqual([
        'Kompas Onderwijssoftware',
      ]);
    });

    it('finds the first part of a compound word, as someone types it', async () => {
      expect(await names({ search: 'leerlingvolg' })).toEqual(['Kompas Onderwijssoftware']);
    });

    it("lets 'cafe' meet 'Café', and 'creche' meet 'Crèche', in vendor and product names", async () => {
      expect(await names({ search: 'cafe' })).toEqual(['Café Digitaal B.V.']);
      expect(await names({ search: 'café' })).toEqual(['Café Digitaal B.V.']);
      expect(await names({ search: 'creche' })).toEqual(['Kinderopvang Software']);
      expect(await names({ search: 'CRÈCHE' })).toEqual(['Kinderopvang Software']);
    });

    it('treats what to_tsquery would parse as plain text', async () => {
      expect(await names({ search: "cafe' & | ! (:*" })).toEqual(['Café Digitaal B.V.']);
      expect(await names({ search: '&|!' })).toContain('Café Digitaal B.V.');
    });
  });

  describe('filters', () => {
    beforeAll(async () => {
      await seedVendor(app, {
        name: 'Filtertest Toetsen',
        category: ProductCategory.TESTING,
        sectors: [Sector.VO],
      });
      await seedVendor(app, {
        name: 'Filtertest Platform',
        category: ProductCategory.LEARNING_PLATFORM,
        sectors: [Sector.PO, Sector.VO],
      });
      await seedVendor(app, {
        name: 'Filtertest Buitenland',
        category: ProductCategory.OFFICE_CLOUD,
        sectors: [Sector.MBO],
        outsideEea: true,
      });
      await seedVendor(app, {
        name: 'Filtertest Zonder Bijsluiter',
        category: ProductCategory.TESTING,
        sectors: [Sector.PO],
        published: false,
      });
    });

    it('filters on product category and sector, both met by one product', async () => {
      const search = 'Filtertest';
      expect(await names({ search, category: 'TESTING' })).toEqual([
        'Filtertest Toetsen',
        'Filtertest Zonder Bijsluiter',
      ]);
      expect(await names({ search, sector: 'VO' })).toEqual([
        'Filtertest Platform',
        'Filtertest Toetsen',
      ]);
      expect(await names({ search, category: 'TESTING', sector: 'VO' })).toEqual([
        'Filtertest Toetsen',
      ]);
      expect(await names({ search, category: 'LEARNING_PLATFORM', sector: 'MBO' })).toEqual([]);
    });

    it('finds vendors holding an attestation of a type that has not expired', async () => {
      const ds = app.running.app.get(DataSource);
      for (const [name, validUntil] of [
        ['Filtertest Platform', 'current_date + 30'],
        ['Filtertest Toetsen', 'current_date - 1'],
      ]) {
        await ds.query(
          `WITH f AS (
             INSERT INTO stored_file (id, owner_organisation_id, filename, media_type, size, sha256, link_kind, linked_at)
             SELECT gen_random_uuid(), o.id, 'iso.pdf', 'application/pdf', 1, repeat('0', 64), 'attestation', now()
               FROM organisation o WHERE o.name = $1 RETURNING id, owner_organisation_id, sha256)
           INSERT INTO attestation (vendor_id, type, issuer, scope, issued_on, valid_until, visibility,
             document_file_id, document_sha256)
           SELECT owner_organisation_id, 'ISO27001', 'Certificeerder', 'Alles', current_date - 400,
                  ${validUntil}, 'PUBLIC', id, sha256 FROM f`,
          [name],
        );
      }
      expect(await names({ search: 'Filtertest', attestationType: 'ISO27001' })).toEqual([
        'Filtertest Platform',
      ]);
      expect(await names({ search: 'Filtertest', attestationType: 'SOC2_TYPE2' })).toEqual([]);
    });

    it('finds vendors whose published leaflets keep every product inside the EEA, and the others', async () => {
      const search = 'Filtertest';
      expect(await names({ search, dataOnlyInEea: true })).toEqual([
        'Filtertest Platform',
        'Filtertest Toetsen',
      ]);
      expect(await names({ search, dataOnlyInEea: false })).toEqual([
        'Filtertest Buitenland',
        'Filtertest Zonder Bijsluiter',
      ]);
    });
  });

  it('pages through vendors by name with a cursor: totalCount, none twice, none missed', async () => {
    const expected: string[] = [];
    for (const letter of 'GDAFCEB') {
      const name = `Paginaproef ${letter}`;
      expected.push(name);
      await seedVendor(app, { name });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await app.graphql(VENDORS, {
        filter: { search: 'Paginaproef' },
        first: 3,
        after,
      });
      expect(res.data.vendors.totalCount).toBe(7);
      seen.push(...res.data.vendors.edges.map((e: any) => e.node.name));
      if (!res.data.vendors.pageInfo.hasNextPage) break;
      after = res.data.vendors.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.sort());
  });

  it('reads 50 vendors with their products and attestations in 4 statements, sign-in included', async () => {
    await seedManyVendors(app, { prefix: 'Budgetproef', count: 50, productsEach: 2 });
    const query = `query ($filter: VendorFilter) {
      vendors(filter: $filter, first: 50) { totalCount edges { node {
        id name attestations { type validity }
        products { id name attestations { type validity } }
      } } }
    }`;
    await app.graphql('{ vendors(first: 1) { edges { cursor } } }'); // signs in
    let page: any;
    const statements = await statementsDuring(app, async () => {
      page = await app.graphql(query, { filter: { search: 'Budgetproef' } });
    });
    expect(page.errors).toBeUndefined();
    expect(page.data.vendors.totalCount).toBe(50);
    expect(page.data.vendors.edges[0].node.products[0].attestations).toEqual([
      { type: 'ISO27001', validity: 'VALID' },
    ]);
    // The page with its count, products, their attestations, the vendors' attestations;
    // the sign-in is kept from the viewer's request before.
    expect({ statements: statements.length, sql: statements }).toEqual({
      statements: 4,
      sql: expect.any(Array),
    });
  });

  it('searches once per page, counting in the same statement; counts only when asked', async () => {
    for (const letter of 'ABCD') await seedVendor(app, { name: `Eenmaalproef ${letter}` });
    const search = { filter: { search: 'Eenmaalproef' }, first: 3 };
    let page: any;
    const searched = await statementsDuring(app, async () => {
      page = await app.graphql(VENDORS, search);
    });
    expect(page.data.vendors.totalCount).toBe(4);
    expect(page.data.vendors.edges).toHaveLength(3);
    expect(searched.filter((sql) => sql.includes('to_tsquery'))).toHaveLength(1);

    const counts = (sql: readonly string[]) => sql.filter((s) => /\bcount\(/i.test(s));
    const bare = await statementsDuring(app, () =>
      app.graphql('{ vendors(first: 3) { edges { node { id } } } }'),
    );
    expect(counts(bare)).toEqual([]);
    const counted = await statementsDuring(app, () =>
      app.graphql('{ vendors(first: 3) { totalCount } }'),
    );
    expect(counts(counted)).toHaveLength(1);
  });

  it('lists only vendors, and Organisation.products is empty for other kinds', async () => {
    const res: any = await app.graphql(`{
      vendors(first: 100) { edges { node { kind } } }
      organisations(kind: BOARD, first: 100) { edges { node { products { id } } } }
    }`);
    expect(new Set(res.data.vendors.edges.map((e: any) => e.node.kind))).toEqual(
      new Set(['VENDOR']),
    );
    expect(res.data.organisations.edges.every((e: any) => e.node.products.length === 0)).toBe(true);
  });

  it('costs the same few SQL statements for a page of 5 or of 50 vendors with products and leaflets', async () => {
    await seedManyVendors(app, { prefix: 'Telproef', count: 50, productsEach: 2 });
    const run = async (first: number) => {
      let page: any;
      const statements = await statementsDuring(app, async () => {
        page = await app.graphql(REGISTER_PAGE, { filter: { search: 'Telproef' }, first });
      });
      expect(page.errors).toBeUndefined();
      const vendors = page.data.vendors.edges.map((e: any) => e.node);
      expect(vendors).toHaveLength(first);
      for (const v of vendors) {
        expect(v.products).toHaveLength(2);
        for (const p of v.products) {
          expect(p.vendor).toEqual({ id: v.id, name: v.name });
          expect(p.currentLeaflet).toMatchObject({ version: 1, dataOutsideEea: false });
          expect(p.leaflets).toEqual([
            { id: p.currentLeaflet.id, version: 1, status: 'PUBLISHED' },
          ]);
          expect(p.attestations).toEqual([{ type: 'ISO27001', validity: 'VALID' }]);
        }
      }
      return statements;
    };
    const five = await run(5);
    const fifty = await run(50);
    // Page and count 1, products 1, current leaflets 1, all leaflets 1, attestations 1;
    // the sign-in is kept (ViewerService) once the viewer has been read.
    expect({ statements: fifty.length, sql: fifty }).toEqual({
      statements: five.length,
      sql: expect.any(Array),
    });
    expect(fifty.length).toBeLessThanOrEqual(5);
  });
});
