import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation ($input: CreateProductInput!) {
  createProduct(input: $input) { id name category description sectors dataServices vendor { id name } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) { id name category description sectors dataServices }
}`;
const PRODUCT = `query ($id: ID!) {
  product(id: $id) { id name category description sectors vendor { id name } currentLeaflet { id } leaflets { id } }
}`;
const PRODUCTS = `query ($filter: ProductFilter, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const EVENTS = `query ($id: ID!) {
  auditEvents(filter: { entityId: $id }) { edges { node { action entityType } } }
}`;

describe('products', () => {
  let app: TestApp;
  let vendor: string;
  let otherVendor: string;
  let editor: string;
  let admin: string;
  let viewer: string;
  let otherEditor: string;
  let board: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Leerwijs Test B.V.',
    });
    otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const boardId = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    editor = (await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] })).token;
    admin = (await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] })).token;
    viewer = (await signUp(app, { organisationId: vendor, roles: [Role.VIEWER, Role.SIGNATORY] }))
      .token;
    otherEditor = (
      await signUp(app, { organisationId: otherVendor, roles: [Role.VENDOR_EDITOR, Role.ADMIN] })
    ).token;
    board = (await signUp(app, { organisationId: boardId, roles: [Role.PROCUREMENT] })).token;
  });
  afterAll(() => app.close());

  async function create(input: Record<string, unknown>, token = editor) {
    const res = await app.graphql(
      CREATE,
      { input: { vendorId: vendor, category: 'LEARNING_PLATFORM', ...input } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createProduct;
  }

  it("lets a vendor's editor create a product that every signed-in user can read", async () => {
    const created = await create({
      name: '  Leerwijs Lezen ',
      category: 'DIGITAL_LEARNING_MATERIAL',
      description: 'Leesmethode voor groep 4 tot en met 8.',
      sectors: ['PO', 'PO', 'SO'],
      dataServices: ['LEERRESULTATEN'],
    });
    expect(created).toMatchObject({
      name: 'Leerwijs Lezen',
      category: 'DIGITAL_LEARNING_MATERIAL',
      sectors: ['PO', 'SO'],
      dataServices: ['LEERRESULTATEN'],
      vendor: { id: vendor, name: 'Leerwijs Test B.V.' },
    });
    const read: any = await app.graphql(PRODUCT, { id: created.id }, { token: board });
    expect(read.data.product).toMatchObject({
      id: created.id,
      name: 'Leerwijs Lezen',
      description: 'Leesmethode voor groep 4 tot en met 8.',
      vendor: { id: vendor },
      currentLeaflet: null,
      leaflets: [],
    });
  });

  it("lets the vendor's ADMIN create and update products, and records both in the audit trail", async () => {
    const created = await create({ name: 'Leerwijs Schrijven' }, admin);
    const updated: any = await app.graphql(
      UPDATE,
      { id: created.id, input: { name: 'Leerwijs Schrijven Plus', description: 'Nieuw.' } },
      { token: admin },
    );
    expect(updated.data.updateProduct).toMatchObject({
      name: 'Leerwijs Schrijven Plus',
      description: 'Nieuw.',
      category: 'LEARNING_PLATFORM',
    });
    const events: any = await app.graphql(EVENTS, { id: created.id }, { token: admin });
    expect(events.data.auditEvents.edges.map((e: any) => e.node.action).sort()).toEqual([
      'product.created',
      'product.updated',
    ]);
    const [update] = await app.running.app
      .get(DataSource)
      .query(`SELECT before, after FROM audit_event WHERE entity_id = $1 AND action = $2`, [
        created.id,
        'product.updated',
      ]);
    expect(update.before).toMatchObject({ name: 'Leerwijs Schrijven', description: null });
    expect(update.after).toMatchObject({ name: 'Leerwijs Schrijven Plus', description: 'Nieuw.' });
  });

  it('changes only what an update gives, and removes the description on null', async () => {
    const created = await create({ name: 'Deels', description: 'Eerst', sectors: ['VO'] });
    const res: any = await app.graphql(
      UPDATE,
      {
        id: created.id,
        input: { description: null },
      },
      { token: editor },
    );
    expect(res.data.updateProduct).toMatchObject({
      name: 'Deels',
      description: null,
      sectors: ['VO'],
    });
  });

  it("refuses another vendor's editor (FORBIDDEN) and changes nothing", async () => {
    const created = await create({ name: 'Van ons', description: 'Origineel' });
    const res = await app.graphql(
      UPDATE,
      { id: created.id, input: { name: 'Gekaapt' } },
      { token: otherEditor },
    );
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const read: any = await app.graphql(PRODUCT, { id: created.id }, { token: editor });
    expect(read.data.product).toMatchObject({ name: 'Van ons', description: 'Origineel' });
    const events: any = await app.graphql(EVENTS, { id: created.id }, { token: admin });
    expect(events.data.auditEvents.edges.map((e: any) => e.node.action)).toEqual([
      'product.created',
    ]);
  });

  it("refuses to create a product for another vendor, and for the vendor's own VIEWER or SIGNATORY", async () => {
    for (const token of [otherEditor, viewer, board]) {
      const res = await app.graphql(
        CREATE,
        { input: { vendorId: vendor, name: 'Niet toegestaan', category: 'OTHER' } },
        { token },
      );
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const list: any = await app.graphql(
      PRODUCTS,
      { filter: { search: 'toegestaan' } },
      { token: editor },
    );
    expect(list.data.products.totalCount).toBe(0);
  });

  it("refuses the vendor's own VIEWER an update (FORBIDDEN), and an unknown product (NOT_FOUND)", async () => {
    const created = await create({ name: 'Alleen lezen' });
    const res = await app.graphql(
      UPDATE,
      { id: created.id, input: { name: 'x' } },
      { token: viewer },
    );
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const missing = await app.graphql(UPDATE, { id, input: { name: 'x' } }, { token: editor });
      expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const read: any = await app.graphql(PRODUCT, { id }, { token: editor });
      expect(read.data.product).toBeNull();
    }
  });

  it('names the field of bad product input', async () => {
    const blank = await app.graphql(
      CREATE,
      { input: { vendorId: vendor, name: '   ', category: 'OTHER' } },
      { token: editor },
    );
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name', message: expect.any(String) }],
    });
    const category = await app.graphql(
      CREATE,
      { input: { vendorId: vendor, name: 'Goed', category: 'GAME' } },
      { token: editor },
    );
    expect(category.status).toBe(400);
    expect(category.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.category', message: expect.any(String) }],
    });
  });

  it('lists products by name with a cursor, filtered by vendor, category, sector and words', async () => {
    const ds = app.running.app.get(DataSource);
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM product WHERE vendor_id = $1`,
      [vendor],
    );
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await app.graphql(
        PRODUCTS,
        { filter: { vendorId: vendor }, first: 2, after },
        { token: board },
      );
      expect(res.data.products.totalCount).toBe(count);
      names.push(...res.data.products.edges.map((e: any) => e.node.name));
      if (!res.data.products.pageInfo.hasNextPage) break;
      after = res.data.products.pageInfo.endCursor;
    }
    expect(names).toHaveLength(count);
    expect(names).toEqual([...names].sort());

    await create({
      name: 'Toetsmeester',
      category: 'TESTING',
      sectors: ['VO'],
      description: 'Toetsen maken en nakijken.',
    });
    const testing: any = await app.graphql(
      PRODUCTS,
      { filter: { category: 'TESTING', sector: 'VO' } },
      { token: board },
    );
    expect(testing.data.products.edges.map((e: any) => e.node.name)).toEqual(['Toetsmeester']);
    const words: any = await app.graphql(
      PRODUCTS,
      { filter: { search: 'toets nakijken' } },
      { token: board },
    );
    expect(words.data.products.edges.map((e: any) => e.node.name)).toEqual(['Toetsmeester']);
    const none: any = await app.graphql(
      PRODUCTS,
      { filter: { vendorId: otherVendor } },
      { token: board },
    );
    expect(none.data.products.totalCount).toBe(0);
  });

  it('refuses more than 100 at a time', async () => {
    const res = await app.graphql(PRODUCTS, { first: 101 }, { token: board });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first', message: expect.any(String) }],
    });
  });
});
