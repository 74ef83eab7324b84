// The supervisor (issue #16 item 5): the platform admin creates SUPERVISOR organisations with
// ADMIN, INSPECTOR and VIEWER members; a supervisor sees what every signed-in user sees, its
// INSPECTORs the sector overviews too, and never one board's agreements, assessments,
// advisory answers or incidents.
import { OrganisationKind, Role, Sector } from '@regie/domain';
import { seedAgreement } from '../support/agreements-seed';
import { createOrganisation, signUp } from '../support/identity';
import { must, publishedStandard } from '../support/procurement';
import { seedVendor } from '../support/products';
import {
  download,
  OVERVIEW,
  seedBoardAssessment,
  seedBoardStandard,
} from '../support/sector-overview';
import { startTestApp, type TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely
type Loose = Record<string, any>;

let app: TestApp;
let platformAdmin: string;
let supervisor: string;
let inspector: string;
let supervisorViewer: string;
let supervisorAdmin: string;
let board: string;
let vendor: string;
let product: string;
let agreement: string;
let incident: string;
let boardAssessment: string;
let advisory: string;
let productStandard: string;
let boardStandard: string;
let fg: string;
let editor: string;
let cert: string;

const gql = async (token: string, query: string, variables: Loose = {}) =>
  app.graphql(query, variables, { token });

beforeAll(async () => {
  app = await startTestApp();
  const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
  platformAdmin = (await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] }))
    .token;
  const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
  const negotiator = (await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] }))
    .token;
  cert = (await signUp(app, { organisationId: sectorBody, roles: [Role.CERT] })).token;
  board = await createOrganisation(app, {
    kind: OrganisationKind.BOARD,
    name: 'Bestuur De Rivier',
    sectors: [Sector.PO],
  });
  fg = (await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] })).token;
  const seeded = await seedVendor(app, { name: 'Leerwolk', products: 1 });
  vendor = seeded.vendorId;
  product = seeded.products[0].id;
  editor = (await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] })).token;
  agreement = await seedAgreement(app, { boardId: board, vendorId: vendor, productIds: [product] });
  productStandard = (await publishedStandard(app, negotiator, sectorBody)).id;
  const standard = await seedBoardStandard(app, sectorBody, [{ minimumLevel: 3 }]);
  boardStandard = standard.id;
  boardAssessment = await seedBoardAssessment(app, {
    boardId: board,
    standardId: boardStandard,
    levels: { [standard.requirements[0].id]: 2 },
  });
  incident = must(
    await gql(
      editor,
      `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id affectedBoardCount } }`,
      {
        input: {
          vendorId: vendor,
          productIds: [product],
          title: 'Onbevoegde toegang',
          description: 'Een sleutel is uitgelekt.',
          severity: 'HIGH',
          personalDataInvolved: true,
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      },
    ),
    'reportIncident',
  ).id;
  advisory = must(
    await gql(
      cert,
      `mutation ($input: PublishAdvisoryInput!) { publishAdvisory(input: $input) { id } }`,
      {
        input: {
          publisherId: sectorBody,
          title: 'Kwetsbaarheid in Leerwolk',
          summary: 'Werk bij naar 4.2.1.',
          severity: 'HIGH',
          tlp: 'GREEN',
          productIds: [product],
        },
      },
    ),
    'publishAdvisory',
  ).id;
  must(
    await gql(
      fg,
      `mutation ($input: RespondToAdvisoryInput!) { respondToAdvisory(input: $input) { id } }`,
      {
        input: {
          advisoryId: advisory,
          boardId: board,
          response: 'AFFECTED',
          note: 'Wij werken bij',
        },
      },
    ),
    'respondToAdvisory',
  );
}, 120_000);

afterAll(() => app?.close());

describe('the platform admin creates a supervisor', () => {
  it('makes a SUPERVISOR organisation and invites its ADMIN, INSPECTOR and VIEWER', async () => {
    const created = must(
      await gql(
        platformAdmin,
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind name } }`,
        { input: { kind: 'SUPERVISOR', name: 'Inspectie van het Onderwijs' } },
      ),
      'createOrganisation',
    );
    expect(created).toMatchObject({ kind: 'SUPERVISOR', name: 'Inspectie van het Onderwijs' });
    supervisor = created.id;
    for (const role of ['ADMIN', 'INSPECTOR', 'VIEWER']) {
      const invited = await gql(
        platformAdmin,
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id roles } }`,
        {
          input: {
            organisationId: supervisor,
            email: `${role.toLowerCase()}@inspectie.example.nl`,
            roles: [role],
          },
        },
      );
      expect(invited.errors).toBeUndefined();
    }
    // A role of another kind does not fit a supervisor.
    const wrong = await gql(
      platformAdmin,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: {
          organisationId: supervisor,
          email: 'fg@inspectie.example.nl',
          roles: ['PRIVACY_OFFICER'],
        },
      },
    );
    expect(wrong.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // Nobody else creates one.
    const byBoard = await gql(
      fg,
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { kind: 'SUPERVISOR', name: 'Zelfbenoemd toezicht' } },
    );
    expect(byBoard.errors![0].extensions.code).toBe('FORBIDDEN');

    inspector = (await signUp(app, { organisationId: supervisor, roles: [Role.INSPECTOR] })).token;
    supervisorViewer = (await signUp(app, { organisationId: supervisor, roles: [Role.VIEWER] }))
      .token;
    supervisorAdmin = (await signUp(app, { organisationId: supervisor, roles: [Role.ADMIN] }))
      .token;
  });
});

describe('what a supervisor sees', () => {
  it('sees what every signed-in user sees', async () => {
    for (const token of [inspector, supervisorViewer, supervisorAdmin]) {
      const res = await gql(
        token,
        `query ($b: ID!, $p: ID!, $s: ID!) {
          organisation(id: $b) { id name kind sectors }
          product(id: $p) { id name }
          minimumStandard(id: $s) { id status }
        }`,
        { b: board, p: product, s: productStandard },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        organisation: { id: board, name: 'Bestuur De Rivier', kind: 'BOARD', sectors: ['PO'] },
        product: { id: product, name: 'Product 1' },
        minimumStandard: { id: productStandard, status: 'PUBLISHED' },
      });
    }
  });

  it('reads sector overviews as an INSPECTOR, and only as one', async () => {
    const overview = must(
      await gql(inspector, OVERVIEW, { standardId: productStandard }),
      'sectorOverview',
    );
    // One board: withheld.
    expect(overview.products).toEqual([
      expect.objectContaining({
        product: expect.objectContaining({ id: product, name: 'Product 1' }),
        boardsInForce: null,
      }),
    ]);
    expect(overview.agreementsInForce).toBeNull();
    const boards = must(
      await gql(inspector, OVERVIEW, { standardId: boardStandard }),
      'sectorOverview',
    );
    expect(boards.boardsAssessed).toBeNull();
    expect(boards.requirements[0].levelCounts).toEqual([null, null, null, null, null]);
    expect(JSON.stringify([overview, boards])).not.toContain(board);
    for (const token of [supervisorViewer, supervisorAdmin]) {
      const res = await gql(token, OVERVIEW, { standardId: productStandard });
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      const file = await download(app, `/api/standards/${productStandard}/overview.csv`, token);
      expect(file.status).toBe(403);
    }
    const file = await download(app, `/api/standards/${boardStandard}/overview.csv`, inspector);
    expect(file.status).toBe(200);
    expect(await file.text()).not.toContain('Bestuur De Rivier');
  });

  it("never sees one board's agreements, assessments, advisory answers or incidents", async () => {
    for (const token of [inspector, supervisorViewer, supervisorAdmin]) {
      const res = await gql(
        token,
        `query ($a: ID!, $i: ID!, $adv: ID!) {
          agreement(id: $a) { id }
          agreements(first: 25) { totalCount edges { node { id } } }
          incident(id: $i) { id }
          incidents(first: 25) { totalCount edges { node { id notices { board { id } } } } }
          advisory(id: $adv) { id affectedBoardCount respondedCount responses { board { id } response note } }
        }`,
        { a: agreement, i: incident, adv: advisory },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        agreement: null,
        agreements: { totalCount: 0, edges: [] },
        incident: null,
        incidents: { totalCount: 0, edges: [] },
        // TLP:GREEN reaches supervisors; which board answered what does not.
        advisory: { id: advisory, affectedBoardCount: null, respondedCount: null, responses: [] },
      });
      // The board's own maturity assessment: not theirs to read, and not theirs to list.
      const own = await gql(token, `query ($id: ID!) { boardAssessment(id: $id) { id } }`, {
        id: boardAssessment,
      });
      expect(own.errors).toBeUndefined();
      expect(own.data!.boardAssessment).toBeNull();
      const list = await gql(token, `query ($b: ID!) { boardAssessments(boardId: $b) { id } }`, {
        b: board,
      });
      expect(list.errors![0].extensions.code).toBe('FORBIDDEN');
      const register = await gql(
        token,
        `query ($b: ID!) { processorRegister(boardId: $b) { vendor { id } } }`,
        { b: board },
      );
      expect(register.errors![0].extensions.code).toBe('FORBIDDEN');
      for (const path of [
        `/api/boards/${board}/register.csv`,
        `/api/boards/${board}/breach-log.csv`,
      ])
        expect((await download(app, path, token)).status).toBe(404);
    }
  });

  it('changes nothing of a board or a vendor', async () => {
    for (const token of [inspector, supervisorViewer, supervisorAdmin]) {
      const create = await gql(
        token,
        `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
        { input: { boardId: board, vendorId: vendor, productIds: [product] } },
      );
      expect(create.errors![0].extensions.code).toBe('FORBIDDEN');
      const ack = await gql(
        token,
        `mutation ($input: AcknowledgeIncidentInput!) { acknowledgeIncident(input: $input) { id } }`,
        { input: { incidentId: incident, boardId: board } },
      );
      expect(ack.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
