import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { createOrganisation, signUp } from '../support/identity';
import { leafletInput } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

const LEAFLET_FIELDS = `id version status purposes dataSubjects dataCategories
  retention { category period }
  subprocessors { name service country transferMechanism inEea transferWithoutSafeguards }
  locations { country inEea activity }
  breachNotificationHours privacyContactEmail publishedAt
  dataOutsideEea usesPersonalNumbers transferWithoutSafeguards
  product { id name }`;
const SAVE = `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { ${LEAFLET_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishLeaflet(id: $id) { ${LEAFLET_FIELDS} } }`;
const PRODUCT = `query ($id: ID!) {
  product(id: $id) {
    currentLeaflet { id version status privacyContactEmail }
    leaflets { id version status }
  }
}`;
const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`;

describe('privacy leaflets', () => {
  let app: TestApp;
  let ds: DataSource;
  let vendor: string;
  let editor: string;
  let vendorViewer: string;
  let otherEditor: string;
  let board: string;
  let platformAdmin: string;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const other = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const boardId = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    editor = (await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] })).token;
    vendorViewer = (await signUp(app, { organisationId: vendor, roles: [Role.VIEWER] })).token;
    otherEditor = (await signUp(app, { organisationId: other, roles: [Role.VENDOR_EDITOR] })).token;
    board = (await signUp(app, { organisationId: boardId, roles: [Role.PRIVACY_OFFICER] })).token;
    platformAdmin = (await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] }))
      .token;
  });
  afterAll(() => app.close());

  async function newProduct(name = 'Leerwijs Platform'): Promise<string> {
    const res = await app.graphql(
      CREATE_PRODUCT,
      { input: { vendorId: vendor, name, category: 'LEARNING_PLATFORM' } },
      { token: editor },
    );
    return res.data!.createProduct.id;
  }

  async function save(input: Record<string, unknown>, token = editor) {
    const res = await app.graphql(SAVE, { input }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.saveLeafletDraft;
  }

  async function publish(id: string, token = editor) {
    const res = await app.graphql(PUBLISH, { id }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.publishLeaflet;
  }

  const leafletRows = async (productId: string) =>
    (
      await ds.query(
        `SELECT version, status::text AS status FROM privacy_leaflet WHERE product_id = $1 ORDER BY version`,
        [productId],
      )
    ).map((r: { version: number; status: string }) => `${r.version}:${r.status}`);

  it('saves a draft that only the vendor sees, publishes it as version 1 for everyone, and audits both', async () => {
    const productId = await newProduct();
    const draft = await save(leafletInput(productId));
    expect(draft).toMatchObject({
      version: 1,
      status: 'DRAFT',
      publishedAt: null,
      product: { id: productId },
      locations: [{ country: 'NL', inEea: true, activity: 'opslag en verwerking' }],
      dataOutsideEea: false,
      usesPersonalNumbers: false,
      transferWithoutSafeguards: false,
    });

    const own: any = await app.graphql(PRODUCT, { id: productId }, { token: vendorViewer });
    expect(own.data.product).toEqual({
      currentLeaflet: null,
      leaflets: [{ id: draft.id, version: 1, status: 'DRAFT' }],
    });
    for (const token of [board, otherEditor]) {
      const other: any = await app.graphql(PRODUCT, { id: productId }, { token });
      expect(other.data.product).toEqual({ currentLeaflet: null, leaflets: [] });
    }
    const admin: any = await app.graphql(PRODUCT, { id: productId }, { token: platformAdmin });
    expect(admin.data.product.leaflets).toHaveLength(1);

    const published = await publish(draft.id);
    expect(published).toMatchObject({ id: draft.id, version: 1, status: 'PUBLISHED' });
    expect(Date.parse(published.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    const seen: any = await app.graphql(PRODUCT, { id: productId }, { token: board });
    expect(seen.data.product).toMatchObject({
      currentLeaflet: { id: draft.id, version: 1, status: 'PUBLISHED' },
      leaflets: [{ id: draft.id, version: 1, status: 'PUBLISHED' }],
    });

    const events = await ds.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [draft.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'leaflet.draftSaved',
      'leaflet.published',
    ]);
  });

  it('replaces the content of the one draft, which keeps its id and version', async () => {
    const productId = await newProduct();
    const first = await save(leafletInput(productId));
    const second = await save(
      leafletInput(productId, { purposes: ['Toetsen afnemen'], breachNotificationHours: 48 }),
    );
    expect(second).toMatchObject({
      id: first.id,
      version: 1,
      purposes: ['Toetsen afnemen'],
      breachNotificationHours: 48,
    });
    expect(await leafletRows(productId)).toEqual(['1:DRAFT']);
  });

  it('starts the next draft as a copy of the last published version, with the next number, and leaves that version as it was', async () => {
    const productId = await newProduct();
    const v1 = await publish(
      (await save(leafletInput(productId, { privacyContactEmail: 'fg@leerwijs.example.nl' }))).id,
    );
    const { privacyContactEmail: _left, ...withoutContact } = leafletInput(productId, {
      purposes: ['Onderwijs', 'Analyse van leerresultaten'],
    });
    const draft2 = await save(withoutContact);
    expect(draft2).toMatchObject({
      version: 2,
      status: 'DRAFT',
      privacyContactEmail: 'fg@leerwijs.example.nl',
      purposes: ['Onderwijs', 'Analyse van leerresultaten'],
    });
    expect(draft2.id).not.toBe(v1.id);

    const during: any = await app.graphql(PRODUCT, { id: productId }, { token: board });
    expect(during.data.product.currentLeaflet).toMatchObject({ id: v1.id, version: 1 });

    const v2 = await publish(draft2.id);
    expect(v2).toMatchObject({ version: 2, status: 'PUBLISHED' });
    const draft3 = await save(leafletInput(productId, { privacyContactEmail: null }));
    expect(draft3).toMatchObject({ version: 3, privacyContactEmail: null });

    const own: any = await app.graphql(PRODUCT, { id: productId }, { token: editor });
    expect(own.data.product.leaflets.map((l: any) => `${l.version}:${l.status}`)).toEqual([
      '3:DRAFT',
      '2:PUBLISHED',
      '1:PUBLISHED',
    ]);
    expect(own.data.product.currentLeaflet).toMatchObject({ id: v2.id, version: 2 });
    const [stored] = await ds.query(
      `SELECT purposes, privacy_contact_email FROM privacy_leaflet WHERE id = $1`,
      [v1.id],
    );
    expect(stored).toEqual({
      purposes: ['Het geven van onderwijs en begeleiden van leerlingen'],
      privacy_contact_email: 'fg@leerwijs.example.nl',
    });
  });

  it('never changes a published version: publishing again is a CONFLICT, and the database refuses an UPDATE or DELETE', async () => {
    const productId = await newProduct();
    const v1 = await publish((await save(leafletInput(productId))).id);
    const again = await app.graphql(PUBLISH, { id: v1.id }, { token: editor });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    await expect(
      ds.query(`UPDATE privacy_leaflet SET purposes = '{Iets anders}' WHERE id = $1`, [v1.id]),
    ).rejects.toThrow(/never changes/);
    await expect(ds.query(`DELETE FROM privacy_leaflet WHERE id = $1`, [v1.id])).rejects.toThrow(
      /never changes/,
    );
    expect(await leafletRows(productId)).toEqual(['1:PUBLISHED']);
  });

  it('flags personal numbers, data outside the EEA, and a sub-processor outside it without safeguards', async () => {
    const productId = await newProduct();
    const draft = await save(
      leafletInput(productId, {
        dataCategories: ['CONTACT_DETAILS', 'STUDY_PROGRESS', 'PERSONAL_NUMBER'],
        subprocessors: [
          {
            name: 'Cloud EU',
            service: 'hosting',
            country: 'IE',
            transferMechanism: 'NOT_APPLICABLE',
          },
          {
            name: 'Mail Inc.',
            service: 'e-mail',
            country: 'US',
            transferMechanism: 'STANDARD_CONTRACTUAL_CLAUSES',
          },
          { name: 'Support Ltd', service: 'support', country: 'IN', transferMechanism: 'NONE' },
        ],
        locations: [
          { country: 'NL', activity: 'opslag' },
          { country: 'CH', activity: 'back-up' },
        ],
      }),
    );
    expect(draft).toMatchObject({
      usesPersonalNumbers: true,
      dataOutsideEea: true,
      transferWithoutSafeguards: true,
      subprocessors: [
        { country: 'IE', inEea: true, transferWithoutSafeguards: false },
        { country: 'US', inEea: false, transferWithoutSafeguards: false },
        { country: 'IN', inEea: false, transferWithoutSafeguards: true },
      ],
      locations: [
        { country: 'NL', inEea: true },
        { country: 'CH', inEea: false },
      ],
    });
  });

  describe('across organisations', () => {
    it("refuses another vendor's editor a draft on this vendor's product (FORBIDDEN), and writes nothing", async () => {
      const productId = await newProduct();
      const res = await app.graphql(
        SAVE,
        { input: leafletInput(productId) },
        { token: otherEditor },
      );
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await leafletRows(productId)).toEqual([]);
    });

    it("hides this vendor's draft from another vendor (NOT_FOUND) and refuses it a published version (FORBIDDEN)", async () => {
      const productId = await newProduct();
      const v1 = await publish((await save(leafletInput(productId))).id);
      const draft = await save(leafletInput(productId));
      const hidden = await app.graphql(PUBLISH, { id: draft.id }, { token: otherEditor });
      expect(hidden.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const boardTry = await app.graphql(PUBLISH, { id: draft.id }, { token: board });
      expect(boardTry.errors?.[0].extensions.code).toBe('FORBIDDEN'); // no vendor role at all
      const visible = await app.graphql(PUBLISH, { id: v1.id }, { token: otherEditor });
      expect(visible.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await leafletRows(productId)).toEqual(['1:PUBLISHED', '2:DRAFT']);
    });

    it("refuses the vendor's own VIEWER (FORBIDDEN): it sees the draft but may not change it", async () => {
      const productId = await newProduct();
      const draft = await save(leafletInput(productId));
      const publishing = await app.graphql(PUBLISH, { id: draft.id }, { token: vendorViewer });
      expect(publishing.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const saving = await app.graphql(
        SAVE,
        { input: leafletInput(productId) },
        { token: vendorViewer },
      );
      expect(saving.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await leafletRows(productId)).toEqual(['1:DRAFT']);
    });

    it('answers NOT_FOUND for a leaflet or product that does not exist', async () => {
      const none = '00000000-0000-4000-8000-000000000000';
      const publishing = await app.graphql(PUBLISH, { id: none }, { token: editor });
      expect(publishing.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const saving = await app.graphql(SAVE, { input: leafletInput(none) }, { token: editor });
      expect(saving.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('bad input', () => {
    let productId: string;
    beforeAll(async () => {
      productId = await newProduct('Invoercontrole');
    });
    afterEach(async () => {
      expect(await leafletRows(productId)).toEqual([]);
    });

    async function fieldsOf(overrides: Record<string, unknown>) {
      const res = await app.graphql(
        SAVE,
        { input: leafletInput(productId, overrides) },
        { token: editor },
      );
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      return { status: res.status, fields: res.errors![0].extensions.fields!.map((f) => f.field) };
    }

    it('names an unknown data category', async () => {
      const { status, fields } = await fieldsOf({
        dataCategories: ['CONTACT_DETAILS', 'SHOE_SIZE'],
      });
      expect(status).toBe(400);
      expect(fields).toEqual(['input.dataCategories.1']);
    });

    it('names a negative breach-notification period', async () => {
      expect((await fieldsOf({ breachNotificationHours: -1 })).fields).toEqual([
        'input.breachNotificationHours',
      ]);
    });

    it('names every country that is not ISO 3166-1 alpha-2', async () => {
      const { fields } = await fieldsOf({
        locations: [
          { country: 'NLD', activity: 'opslag' },
          { country: 'nl', activity: 'opslag' },
          { country: 'NL', activity: 'opslag' },
        ],
        subprocessors: [
          { name: 'X', service: 'hosting', country: 'XX', transferMechanism: 'NONE' },
        ],
      });
      expect(fields.sort()).toEqual([
        'input.locations.0.country',
        'input.locations.1.country',
        'input.subprocessors.0.country',
      ]);
    });

    it('names an empty purpose list, and a blank purpose', async () => {
      expect((await fieldsOf({ purposes: [] })).fields).toEqual(['input.purposes']);
      expect((await fieldsOf({ purposes: ['  '] })).fields).toEqual(['input.purposes']);
    });

    it('names a sub-processor outside the EEA without a mechanism, and retention for a category not processed', async () => {
      const { fields } = await fieldsOf({
        subprocessors: [
          { name: 'Y', service: 'support', country: 'US', transferMechanism: 'NOT_APPLICABLE' },
        ],
        retention: [{ category: 'HEALTH_WELLBEING', period: '1 jaar' }],
      });
      expect(fields).toEqual([
        'input.subprocessors.0.transferMechanism',
        'input.retention.0.category',
      ]);
    });

    it('names an invalid contact address', async () => {
      expect((await fieldsOf({ privacyContactEmail: 'geen adres' })).fields).toEqual([
        'input.privacyContactEmail',
      ]);
    });
  });
});
