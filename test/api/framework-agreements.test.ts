// The agreement a board gets by joining a framework deal (issue 15): the deal's deviations as
// the sector body negotiated them (addedBy null, unassessed, never open), the board's signature
// alone on the agreement's content, which names the vendor's signature on the deal by hash;
// the board's FG may record its own assessment of each deviation for its records.
import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import {
  AGREEMENT,
  ASSESS,
  expectedContentSha256,
  failure,
  POST_MESSAGE,
  UPDATE_DEVIATION,
  WITHDRAW_DEVIATION,
} from '../support/agreements';
import { createOrganisation, signUp } from '../support/identity';
import { must, TIERS } from '../support/procurement';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely

describe('a framework agreement', () => {
  let app: TestApp;
  let board: string;
  let negotiator: Person;
  let vendorSignatory: Person;
  let boardSignatory: Person;
  let fg: Person;
  let procurement: Person;
  let editor: Person;
  let agreement: Data;
  let deal: Data;
  const today = amsterdamDate();

  const gql = async (query: string, variables: Record<string, unknown>, who: Person) =>
    app.graphql(query, variables, { token: who.token });

  beforeAll(async () => {
    app = await startTestApp();
    const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    const seeded = await seedVendor(app, { name: 'Toetsweb', products: 1 });
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    negotiator = await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] });
    vendorSignatory = await signUp(app, {
      organisationId: seeded.vendorId,
      roles: [Role.SIGNATORY],
      name: 'Sam Directeur',
    });
    editor = await signUp(app, { organisationId: seeded.vendorId, roles: [Role.VENDOR_EDITOR] });
    boardSignatory = await signUp(app, { organisationId: board, roles: [Role.SIGNATORY] });
    fg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    procurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });

    const created = must(
      await gql(
        `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`,
        {
          input: {
            sectorBodyId: sectorBody,
            vendorId: seeded.vendorId,
            productIds: [seeded.products[0].id],
            title: 'Raamovereenkomst toetsen',
            terms: 'Model 4.0 met twee afwijkingen.',
            priceTiers: TIERS,
            validFrom: today,
            validUntil: addDays(today, 730),
          },
        },
        negotiator,
      ),
      'createFrameworkDeal',
    );
    for (const [clause, topic, text] of [
      ['7.2', 'BREACH_NOTIFICATION', 'Datalekken binnen 48 uur melden.'],
      ['12', undefined, 'Aansprakelijkheid tot twee jaar contractwaarde.'],
    ])
      must(
        await gql(
          `mutation ($input: AddDealDeviationInput!) { addDealDeviation(input: $input) { id } }`,
          { input: { dealId: created.id, clause, text, ...(topic ? { topic } : {}) } },
          negotiator,
        ),
        'addDealDeviation',
      );
    deal = must(
      await gql(
        `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) {
           id deviations { clause topic addedBy assessment }
           vendorSignature { party documentSha256 signedAt signedBy { id name } } } }`,
        { id: created.id },
        vendorSignatory,
      ),
      'acceptFrameworkDeal',
    );
    must(
      await gql(
        `mutation ($id: ID!) { publishFrameworkDeal(id: $id) { id } }`,
        { id: created.id },
        negotiator,
      ),
      'publishFrameworkDeal',
    );
    const joined = must(
      await gql(
        `mutation ($input: JoinFrameworkDealInput!) { joinFrameworkDeal(input: $input) { agreement { id } } }`,
        { input: { dealId: created.id, boardId: board } },
        boardSignatory,
      ),
      'joinFrameworkDeal',
    );
    agreement = (await gql(AGREEMENT, { id: joined.agreement.id }, fg)).data!.agreement;
  });
  afterAll(() => app.close());

  it('files the deal’s deviations under their topics, proposed by neither party', () => {
    expect(deal.deviations).toEqual([
      { clause: '7.2', topic: 'BREACH_NOTIFICATION', addedBy: null, assessment: null },
      { clause: '12', topic: 'OTHER', addedBy: null, assessment: null },
    ]);
  });

  it('carries them as the sector body negotiated them: unassessed, and never open', async () => {
    expect(agreement).toMatchObject({
      status: 'ACTIVE',
      source: 'FRAMEWORK',
      createdBy: null,
      waitingOn: [],
    });
    expect(agreement.deviations).toEqual([
      expect.objectContaining({
        clause: '7.2',
        topic: 'BREACH_NOTIFICATION',
        addedBy: null,
        assessment: null,
      }),
      expect.objectContaining({ clause: '12', topic: 'OTHER', addedBy: null, assessment: null }),
    ]);
    const register = await gql(
      `query ($b: ID!) { processorRegister(boardId: $b) { agreement { id } openDeviations } }`,
      { b: board },
      fg,
    );
    expect(register.data!.processorRegister).toEqual([
      { agreement: { id: agreement.id }, openDeviations: 0 },
    ]);
  });

  it('bears the board’s signature alone, over content naming the vendor’s signature on the deal', () => {
    expect(agreement.signatures).toEqual([
      expect.objectContaining({
        party: 'BOARD',
        signedBy: { id: boardSignatory.userId, name: expect.any(String) },
        documentSha256: expectedContentSha256(agreement),
      }),
    ]);
    expect(agreement.frameworkDeal).toEqual({ id: deal.id, vendorSignature: deal.vendorSignature });
    expect(deal.vendorSignature).toMatchObject({
      party: 'VENDOR',
      signedBy: { id: vendorSignatory.userId, name: 'Sam Directeur' },
    });
  });

  it('lets the board’s FG record its own assessment, outside what was signed', async () => {
    const [first] = agreement.deviations;
    const assessed = must(
      await gql(
        ASSESS,
        {
          input: {
            deviationId: first.id,
            assessment: 'ACCEPTABLE_WITH_MEASURES',
            note: 'Met logging.',
          },
        },
        fg,
      ),
      'assessDeviation',
    );
    expect(assessed).toMatchObject({ assessment: 'ACCEPTABLE_WITH_MEASURES' });
    const now = (await gql(AGREEMENT, { id: agreement.id }, fg)).data!.agreement;
    // The agreement did not change: same version, the signature still matches its content.
    expect(now.version).toBe(agreement.version);
    expect(now.deviations[0]).toMatchObject({
      assessment: 'ACCEPTABLE_WITH_MEASURES',
      addedBy: null,
    });
    expect(now.signatures[0].documentSha256).toBe(expectedContentSha256(now));
    // Only the board's FG assesses.
    expect(
      failure(
        await gql(
          ASSESS,
          { input: { deviationId: first.id, assessment: 'UNACCEPTABLE' } },
          procurement,
        ),
      ),
    ).toEqual({ code: 'FORBIDDEN', reason: null });
  });

  it('lets neither party change or withdraw the deal’s deviations', async () => {
    const [, second] = agreement.deviations;
    for (const who of [procurement, editor]) {
      for (const [query, input] of [
        [UPDATE_DEVIATION, { deviationId: second.id, version: agreement.version, text: 'x' }],
        [WITHDRAW_DEVIATION, { deviationId: second.id, version: agreement.version }],
      ] as const)
        expect(failure(await gql(query, { input }, who))).toEqual({
          code: 'FORBIDDEN',
          reason: null,
        });
    }
  });

  it('lets the parties talk on it', async () => {
    const message = must(
      await gql(POST_MESSAGE, { input: { agreementId: agreement.id, body: 'Welkom.' } }, editor),
      'postAgreementMessage',
    );
    expect(message).toMatchObject({ party: 'VENDOR', body: 'Welkom.' });
  });
});
