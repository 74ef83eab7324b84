import {
  addDays,
  amsterdamDate,
  AgreementStatus,
  EduvDataService,
  OrganisationKind,
  Role,
} from '@regie/domain';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../../apps/api/src/organisations/organisation.entity';
import { ProductEntity } from '../../apps/api/src/products/product.entity';
import { seedAgreement } from '../support/agreements-seed';
import { issueApiToken } from '../support/api-tokens';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

const OIN = '00000001812345678000';
const OTHER_OIN = '00000001899999999000';
const UNKNOWN_OIN = '00000001800000000000';
const S = EduvDataService;
const ANY_BOARD = '12345';

describe('Edu-V DPA API', () => {
  let app: TestApp;
  const today = amsterdamDate();
  // Board numbers (onderwijsbestuursnummers) of the boards.
  let combining: string;
  let expiredOnly: string;
  let draftOnly: string;
  let unrelated: string;
  let supplierToken: string;
  let otherSupplierToken: string;
  let boardToken: string;
  let expiredBoardToken: string;
  let newestInForce: string;
  let expiredAgreement: string;
  let personToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.running.app.get(DataSource);
    const organisations = ds.getRepository(OrganisationEntity);
    const number = async (id: string) => (await organisations.findOneByOrFail({ id })).boardNumber!;
    const boardA = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const boardB = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const boardC = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    const boardD = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    [combining, expiredOnly, draftOnly, unrelated] = await Promise.all(
      [boardA, boardB, boardC, boardD].map(number),
    );
    const supplier = await seedVendor(app, { products: 3 });
    const other = await seedVendor(app, { products: 1 });
    await organisations.update(supplier.vendorId, { oin: OIN });
    await organisations.update(other.vendorId, { oin: OTHER_OIN });
    const products = ds.getRepository(ProductEntity);
    const [p1, p2, p3] = supplier.products.map((p) => p.id);
    await products.update(p1, { dataServices: [S.ONDERWIJSDEELNEMERS, S.LEERRESULTATEN] });
    await products.update(p2, { dataServices: [S.LEERMIDDELGEBRUIK] });
    await products.update(p3, { dataServices: [S.AANSPRAKEN] });

    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    // Board A: two agreements in force that together cover three data services, and
    // a newer one that expired (neither its id nor its services count).
    await seedAgreement(app, {
      boardId: boardA,
      vendorId: supplier.vendorId,
      productIds: [p1],
      createdAt: at(30),
    });
    newestInForce = await seedAgreement(app, {
      boardId: boardA,
      vendorId: supplier.vendorId,
      productIds: [p2],
      createdAt: at(20),
    });
    await seedAgreement(app, {
      boardId: boardA,
      vendorId: supplier.vendorId,
      productIds: [p3],
      validUntil: addDays(today, -1),
      createdAt: at(10),
    });
    // Board B: only an expired one. Board C: only a draft.
    expiredAgreement = await seedAgreement(app, {
      boardId: boardB,
      vendorId: supplier.vendorId,
      productIds: [p1],
      validUntil: addDays(today, -1),
    });
    await seedAgreement(app, {
      boardId: boardC,
      vendorId: supplier.vendorId,
      productIds: [p1],
      status: AgreementStatus.DRAFT,
    });

    supplierToken = await issueApiToken(app, supplier.vendorId);
    otherSupplierToken = await issueApiToken(app, other.vendorId);
    boardToken = await issueApiToken(app, boardA);
    expiredBoardToken = await issueApiToken(app, boardB);
    personToken = (await signUp(app, { organisationId: supplier.vendorId, roles: [Role.ADMIN] }))
      .token;
  });
  afterAll(() => app.close());

  const ask = async (
    path: '/eduv/agreements/self' | '/eduv/agreements',
    params: [string, string][],
    token?: string,
    lang = 'nl',
  ) => {
    const query = new URLSearchParams(params).toString();
    const res = await fetch(`${app.url}${path}?${query}`, {
      headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is read loosely
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const params = (
    boardId: string,
    supplierOin = OIN,
    ...services: string[]
  ): [string, string][] => [
    ['supplierOin', supplierOin],
    ['boardId', boardId],
    ['ecosystem', 'Edu-V'],
    ...services.map((s): [string, string] => ['data_services', s]),
  ];

  it('combines the agreements in force: valid when together they cover every service asked', async () => {
    const res = await ask(
      '/eduv/agreements/self',
      params(combining, OIN, 'Onderwijsdeelnemers', 'Leermiddelgebruik'),
      supplierToken,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      agreementId: newestInForce,
      supplierOin: OIN,
      boardId: combining,
      ecosystem: 'Edu-V',
      dataServices: ['Onderwijsdeelnemers', 'Leermiddelgebruik', 'Leerresultaten'],
      valid: true,
    });
    // Aanspraken is only in the expired agreement.
    const more = await ask(
      '/eduv/agreements/self',
      params(combining, OIN, 'Onderwijsdeelnemers', 'Aanspraken'),
      supplierToken,
    );
    expect(more.body).toMatchObject({ agreementId: newestInForce, valid: false });
    // Asking for no service: valid when any agreement is in force.
    const none = await ask('/eduv/agreements/self', params(combining), supplierToken);
    expect(none.body.valid).toBe(true);
  });

  it('answers the board itself on /agreements the same way', async () => {
    const res = await ask('/eduv/agreements', params(combining, OIN, 'Leerresultaten'), boardToken);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ agreementId: newestInForce, valid: true });
  });

  it('names the newest agreement ever, not valid, when none is in force', async () => {
    const res = await ask('/eduv/agreements', params(expiredOnly), expiredBoardToken);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      agreementId: expiredAgreement,
      supplierOin: OIN,
      boardId: expiredOnly,
      ecosystem: 'Edu-V',
      dataServices: [],
      valid: false,
    });
  });

  it('answers 404 when there never was a signed agreement between them', async () => {
    for (const [boardId, oin] of [
      [draftOnly, OIN],
      [unrelated, OIN],
      ['99999', OIN],
    ]) {
      const res = await ask('/eduv/agreements/self', params(boardId, oin), supplierToken, 'en');
      expect(res).toEqual({
        status: 404,
        body: {
          status: 404,
          statusMessage: 'There is no processing agreement between this board and this supplier.',
        },
      });
    }
    const unknownSupplier = await ask(
      '/eduv/agreements',
      params(combining, UNKNOWN_OIN),
      boardToken,
    );
    expect(unknownSupplier.status).toBe(404);
  });

  // Parameters are checked before anything is looked up: any well-formed number will do.
  it.each([
    [
      'a malformed OIN (19 digits)',
      params(ANY_BOARD, '0000000181234567800'),
      'supplierOin is an OIN of exactly 20 digits.',
    ],
    [
      'a malformed OIN (letters)',
      params(ANY_BOARD, '0000000181234567800X'),
      'supplierOin is an OIN of exactly 20 digits.',
    ],
    [
      'an unknown data service',
      params(ANY_BOARD, OIN, 'Onderwijsaanbod', 'Leerlingdossier'),
      'Unknown data service: Leerlingdossier.',
    ],
    [
      'a data service in the wrong case',
      params(ANY_BOARD, OIN, 'ONDERWIJSAANBOD'),
      'Unknown data service: ONDERWIJSAANBOD.',
    ],
    [
      'a missing boardId',
      params(ANY_BOARD).filter(([k]) => k !== 'boardId'),
      'The parameter boardId is missing.',
    ],
    [
      'a missing supplierOin',
      params(ANY_BOARD).filter(([k]) => k !== 'supplierOin'),
      'The parameter supplierOin is missing.',
    ],
    [
      'a missing ecosystem',
      params(ANY_BOARD).filter(([k]) => k !== 'ecosystem'),
      'The parameter ecosystem is missing.',
    ],
    [
      'another ecosystem',
      [...params(ANY_BOARD).filter(([k]) => k !== 'ecosystem'), ['ecosystem', 'edu-v']] as [
        string,
        string,
      ][],
      'ecosystem has one value: Edu-V.',
    ],
    ['a malformed boardId', params('12AB'), 'boardId is an onderwijsbestuursnummer of 5 digits.'],
    [
      'a repeated boardId',
      [...params(ANY_BOARD), ['boardId', '54321']] as [string, string][],
      'Give the parameter boardId once.',
    ],
  ])('answers 400 with the error body for %s', async (_, query, statusMessage) => {
    for (const [path, token] of [
      ['/eduv/agreements/self', supplierToken],
      ['/eduv/agreements', boardToken],
    ] as const) {
      const res = await ask(path, query, token, 'en');
      expect(res).toEqual({ status: 400, body: { status: 400, statusMessage } });
    }
  });

  it('answers 403 to a supplier asking about another supplier, or a board about another board', async () => {
    const cases: [
      string,
      '/eduv/agreements/self' | '/eduv/agreements',
      [string, string][],
      string,
    ][] = [
      [
        otherSupplierToken,
        '/eduv/agreements/self',
        params(combining, OIN),
        'A supplier asks here only about its own agreements (its own OIN).',
      ],
      [
        supplierToken,
        '/eduv/agreements/self',
        params(combining, OTHER_OIN),
        'A supplier asks here only about its own agreements (its own OIN).',
      ],
      [
        boardToken,
        '/eduv/agreements/self',
        params(combining, OIN),
        'A supplier asks here only about its own agreements (its own OIN).',
      ],
      [
        boardToken,
        '/eduv/agreements',
        params(expiredOnly, OIN),
        'Only the board itself may ask about its agreements.',
      ],
      [
        supplierToken,
        '/eduv/agreements',
        params(combining, OIN),
        'Only the board itself may ask about its agreements.',
      ],
    ];
    for (const [token, path, query, statusMessage] of cases) {
      expect(await ask(path, query, token, 'en')).toEqual({
        status: 403,
        body: { status: 403, statusMessage },
      });
    }
    // Dutch by default.
    const nl = await ask('/eduv/agreements/self', params(combining, OTHER_OIN), supplierToken);
    expect(nl.body.statusMessage).toMatch(/eigen OIN/);
  });

  it("takes an organisation's API token: 401 without or with a bad one, 403 for a person's token", async () => {
    expect((await ask('/eduv/agreements/self', params(combining))).status).toBe(401);
    const bad = await ask('/eduv/agreements/self', params(combining), 'regie_api_nonsense');
    expect(bad).toEqual({ status: 401, body: { status: 401, statusMessage: expect.any(String) } });
    const person = await ask('/eduv/agreements/self', params(combining), personToken, 'en');
    expect(person).toEqual({
      status: 403,
      body: {
        status: 403,
        statusMessage: "The Edu-V API takes an organisation's API token, not a person's.",
      },
    });
  });
});
