// The world of the tenancy matrix (test/api/tenancy-matrix.test.ts): organisations "A" with
// a person for every role of every kind of organisation, the platform admin and A's API
// tokens on one side; organisations "B" with their private objects on the other. Everything
// of B is made the way B's people make it (the API), except where a factory writes rows
// that the API only makes through a long story (an ACTIVE agreement, API tokens).
import { randomUUID } from 'node:crypto';
import { addDays, amsterdamDate, OrganisationKind, Role, ROLES_BY_KIND } from '@regie/domain';
import { DataSource } from 'typeorm';
import { fixture } from '../fixtures/pdfs';
import {
  ADD_DEVIATION,
  ADD_NOTE,
  POST_MESSAGE,
  APPROVE,
  ASSESS,
  ATTACH,
  CREATE,
  PUBLISH_OFFER,
  SUBMIT,
} from './agreements';
import { seedAgreement } from './agreements-seed';
import { issueApiToken } from './api-tokens';
import { createAttestation, createProduct } from './attestations';
import { uploadPdf } from './files';
import { createOrganisation, signUp } from './identity';
import {
  createTender,
  must,
  passDeadline,
  publishedStandard,
  SUBMIT_OFFER,
  tenderAction,
  TIERS,
} from './procurement';
import { leafletInput, seedVendor } from './products';
import type { TestApp } from './test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely
type Loose = Record<string, any>;

/** Someone who calls the API in the matrix: a person of an A organisation, or an A token. */
export interface MatrixViewer {
  /** How failures name it: `BOARD/PRIVACY_OFFICER`, `VENDOR/API token`, `PLATFORM_ADMIN`. */
  readonly label: string;
  readonly kind: OrganisationKind;
  /** The person's one role; null for an API token. */
  readonly role: Role | null;
  readonly token: string;
  readonly organisationId: string;
  readonly apiToken: boolean;
  readonly platformAdmin: boolean;
}

/**
 * A value that must never appear in an answer to the viewers it is hidden from: an id of
 * a private object of B, a secret, an e-mail address. The matrix scans every answer for
 * every value hidden from its viewer.
 */
export interface Secret {
  readonly value: string;
  readonly what: string;
  readonly hiddenFrom: (viewer: MatrixViewer, operation: string) => boolean;
}

/** Hidden from every A person and token; the platform admin may read it (DOMAIN.md). */
const fromA = (v: MatrixViewer) => !v.platformAdmin;
/** Hidden from everyone in the matrix, the platform admin included. */
const fromAll = () => true;
/** Hidden from everyone, but for the platform admin's reading of the audit trail. */
const exceptPlatformAudit = (v: MatrixViewer, operation: string) =>
  !v.platformAdmin || operation !== 'auditEvents';

export interface BPeople {
  boardAdmin: string;
  procurement: string;
  fg: string;
  boardSignatory: string;
  vendorAdmin: string;
  editor: string;
  vendorSignatory: string;
  sectorAdmin: string;
  negotiator: string;
  reviewer: string;
  supervisorAdmin: string;
  cert: string;
}

export interface World {
  readonly app: TestApp;
  /** A's people (every role of every kind), the platform admin and A's API tokens. */
  readonly viewers: MatrixViewer[];
  readonly a: {
    board: string;
    vendor: string;
    sectorBody: string;
    supervisor: string;
    platform: string;
    /** A product of vendor A, for inputs that act for A on B's objects. */
    product: string;
  };
  /** B's organisations, people (their tokens) and objects. */
  readonly b: {
    board: string;
    vendor: string;
    sectorBody: string;
    supervisor: string;
    boardNumber: string;
    vendorOin: string;
    people: BPeople;
    userIds: Record<keyof BPeople, string>;
    emails: string[];
    product: string;
    leafletDraft: string;
    agreementDraft: { id: string; version: number };
    agreementInReview: { id: string; version: number };
    agreementApproved: { id: string; version: number };
    agreementActive: { id: string; version: number };
    deviation: string;
    /** The vendor's deviation of the draft, which only it may change or withdraw. */
    draftDeviation: string;
    /** A message of the vendor on the agreement in review, which both parties read. */
    message: string;
    /** An agreement that expired yesterday: its exit is to be chosen and confirmed. */
    agreementEnded: { id: string; version: number };
    reviewNote: string;
    agreementDocument: string;
    /** Files uploaded by B and not yet part of anything. */
    boardUpload: string;
    vendorUpload: string;
    termsUpload: string;
    attestationPublic: string;
    attestationSector: string;
    attestationRestricted: string;
    restrictedDocument: string;
    accessRequestGranted: string;
    accessRequestPending: string;
    generalOffer: string;
    generalOfferWithdrawn: string;
    standard: { id: string; requirement: string };
    standardDraft: string;
    assessmentDraft: string;
    assessmentSubmitted: string;
    /** Sector body B's published BOARD standard; board B's submitted assessment and its new draft. */
    boardStandard: { id: string; requirement: string };
    boardAssessmentSubmitted: string;
    boardAssessmentDraft: string;
    tenderDraft: string;
    tenderOpen: string;
    tenderEvaluation: string;
    tenderCancelled: string;
    offerSealed: string;
    offerEvaluation: string;
    offerCancelled: string;
    dealDraft: string;
    dealPublished: string;
    participation: string;
    frameworkAgreement: string;
    /** The signed PDF of the framework agreement (a file both parties read). */
    frameworkAgreementDocument: string;
    incident: string;
    incidentUpdate: string;
    /** Sector body B's advisories on B's product, which affect board B (TLP:AMBER, AMBER_STRICT). */
    advisoryAmber: string;
    advisoryStrict: string;
    /** Vendor B's second product, on which board B's agreement is in force. */
    subprocessorProduct: string;
    /** Vendor B's announced change of its subprocessors, its draft, board B's objection. */
    subprocessorChange: string;
    subprocessorDraft: string;
    subprocessorObjection: string;
    /** Board B's anonymous review of B's product, and a named one it withdrew. */
    reviewAnonymous: string;
    reviewWithdrawn: string;
    notifications: string[];
    invitations: string[];
    invitationTokens: string[];
    apiTokenIds: string[];
    apiTokenSecrets: string[];
    /** B's API tokens by organisation. */
    apiTokens: { board: string; vendor: string; sectorBody: string; supervisor: string };
    auditEvents: string[];
    sealedAuditEvents: string[];
  };
  readonly secrets: Secret[];
}

const KINDS_WITH_MEMBERS = [
  OrganisationKind.BOARD,
  OrganisationKind.VENDOR,
  OrganisationKind.SECTOR_BODY,
  OrganisationKind.SUPERVISOR,
] as const;

async function gql(app: TestApp, token: string, field: string, query: string, vars: Loose) {
  return must(await app.graphql(query, vars, { token }), field);
}

/** A supervisor made as the contract says: by the platform admin, through createOrganisation. */
async function createSupervisor(app: TestApp, platformAdminToken: string, name: string) {
  const created = await gql(
    app,
    platformAdminToken,
    'createOrganisation',
    `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind } }`,
    { input: { kind: OrganisationKind.SUPERVISOR, name } },
  );
  return created.id as string;
}

/** Board B's reason not to notify the authority: text only board B may ever read. */
export const BOARD_B_AUTHORITY_REASON = 'Besluit van bestuur B: geen risico voor betrokkenen';

export async function buildWorld(app: TestApp): Promise<World> {
  const ds = app.running.app.get(DataSource);
  const today = amsterdamDate();

  // --- A, and the platform ---------------------------------------------------------
  const platform = await createOrganisation(app, {
    kind: OrganisationKind.PLATFORM,
    name: 'Regie',
  });
  const platformAdmin = await signUp(app, {
    organisationId: platform,
    roles: [Role.PLATFORM_ADMIN],
    name: 'Platformbeheerder',
  });
  const seededA = await seedVendor(app, { name: 'Leverancier A', products: 1 });
  const a = {
    board: await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Bestuur A' }),
    vendor: seededA.vendorId,
    sectorBody: await createOrganisation(app, {
      kind: OrganisationKind.SECTOR_BODY,
      name: 'Sectorraad A',
    }),
    supervisor: await createSupervisor(app, platformAdmin.token, 'Inspectie A'),
    platform,
    product: seededA.products[0].id,
  };
  const aOrg: Record<(typeof KINDS_WITH_MEMBERS)[number], string> = {
    [OrganisationKind.BOARD]: a.board,
    [OrganisationKind.VENDOR]: a.vendor,
    [OrganisationKind.SECTOR_BODY]: a.sectorBody,
    [OrganisationKind.SUPERVISOR]: a.supervisor,
  };
  const viewers: MatrixViewer[] = [];
  for (const kind of KINDS_WITH_MEMBERS) {
    for (const role of ROLES_BY_KIND[kind]) {
      const person = await signUp(app, { organisationId: aOrg[kind], roles: [role] });
      viewers.push({
        label: `${kind}/${role}`,
        kind,
        role,
        token: person.token,
        organisationId: aOrg[kind],
        apiToken: false,
        platformAdmin: false,
      });
    }
    viewers.push({
      label: `${kind}/API token`,
      kind,
      role: null,
      token: await issueApiToken(app, aOrg[kind]),
      organisationId: aOrg[kind],
      apiToken: true,
      platformAdmin: false,
    });
  }
  viewers.push({
    label: 'PLATFORM_ADMIN',
    kind: OrganisationKind.PLATFORM,
    role: Role.PLATFORM_ADMIN,
    token: platformAdmin.token,
    organisationId: platform,
    apiToken: false,
    platformAdmin: true,
  });

  // --- B's organisations and people ------------------------------------------------
  const vendorOin = '00000001999999990000';
  const seededB = await seedVendor(app, { name: 'Leverancier B', products: 1 });
  const bVendor = seededB.vendorId;
  await ds.query(`UPDATE organisation SET oin = $2 WHERE id = $1`, [bVendor, vendorOin]);
  const bBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD, name: 'Bestuur B' });
  const bSector = await createOrganisation(app, {
    kind: OrganisationKind.SECTOR_BODY,
    name: 'Sectorraad B',
  });
  const bSupervisor = await createSupervisor(app, platformAdmin.token, 'Inspectie B');
  const [{ board_number: boardNumber }] = await ds.query(
    `SELECT board_number FROM organisation WHERE id = $1`,
    [bBoard],
  );
  const person = (organisationId: string, roles: Role[]) => signUp(app, { organisationId, roles });
  const bSigned = {
    boardAdmin: await person(bBoard, [Role.ADMIN]),
    procurement: await person(bBoard, [Role.PROCUREMENT]),
    fg: await person(bBoard, [Role.PRIVACY_OFFICER]),
    boardSignatory: await person(bBoard, [Role.SIGNATORY]),
    vendorAdmin: await person(bVendor, [Role.ADMIN]),
    editor: await person(bVendor, [Role.VENDOR_EDITOR]),
    vendorSignatory: await person(bVendor, [Role.SIGNATORY]),
    sectorAdmin: await person(bSector, [Role.ADMIN]),
    negotiator: await person(bSector, [Role.NEGOTIATOR]),
    reviewer: await person(bSector, [Role.REVIEWER]),
    supervisorAdmin: await person(bSupervisor, [Role.ADMIN]),
    cert: await person(bSector, [Role.CERT]),
  };
  const people = Object.fromEntries(
    Object.entries(bSigned).map(([k, p]) => [k, p.token]),
  ) as unknown as BPeople;
  const userIds = Object.fromEntries(
    Object.entries(bSigned).map(([k, p]) => [k, p.userId]),
  ) as Record<keyof BPeople, string>;
  const product = seededB.products[0].id;

  // --- Products and leaflets: a draft of the next leaflet version ---------------------
  const leafletDraft = (
    await gql(
      app,
      people.editor,
      'saveLeafletDraft',
      `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { id status } }`,
      { input: leafletInput(product) },
    )
  ).id as string;

  // --- Attestations: public, sector, restricted with its document; two access requests
  const attestation = (visibility: 'PUBLIC' | 'SECTOR' | 'RESTRICTED') =>
    createAttestation(app, people.editor, { vendorId: bVendor, visibility, productIds: [product] });
  const attestationPublic = (await attestation('PUBLIC')).id;
  const attestationSector = (await attestation('SECTOR')).id;
  const restricted = await attestation('RESTRICTED');
  const REQUEST = `mutation ($input: RequestAttestationAccessInput!) { requestAttestationAccess(input: $input) { id } }`;
  const accessRequestGranted = (
    await gql(app, people.fg, 'requestAttestationAccess', REQUEST, {
      input: { attestationId: restricted.id, organisationId: bBoard, reason: 'Voor de DPIA.' },
    })
  ).id as string;
  await gql(
    app,
    people.editor,
    'decideAttestationAccess',
    `mutation ($input: DecideAttestationAccessInput!) { decideAttestationAccess(input: $input) { id status } }`,
    { input: { requestId: accessRequestGranted, grant: true } },
  );
  const accessRequestPending = (
    await gql(app, people.reviewer, 'requestAttestationAccess', REQUEST, {
      input: { attestationId: restricted.id, organisationId: bSector, reason: 'Ter verificatie.' },
    })
  ).id as string;

  // --- Agreements of board B with vendor B, in several states ------------------------
  const upload = (token: string, organisationId: string) =>
    uploadPdf(app, token, fixture('tiny.pdf'), { organisationId });
  const call = (token: string, query: string, input: Loose) =>
    app.graphql(query, { input }, { token });
  const ok = async (token: string, query: string, input: Loose): Promise<Loose> => {
    const res = await call(token, query, input);
    if (res.errors) throw new Error(`world: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data!)[0] as Loose;
  };
  const draft = () =>
    ok(people.procurement, CREATE, { boardId: bBoard, vendorId: bVendor, productIds: [product] });

  let agreementDraft = await draft();
  agreementDraft = await ok(people.editor, ADD_DEVIATION, {
    agreementId: agreementDraft.id,
    version: agreementDraft.version,
    clause: '7.2',
    text: 'Meldplicht binnen 48 uur.',
  });
  const draftDeviation = agreementDraft.deviations[0].id as string;
  const agreementDocument = (await upload(people.procurement, bBoard)).id;
  agreementDraft = await ok(people.procurement, ATTACH, {
    agreementId: agreementDraft.id,
    version: agreementDraft.version,
    fileId: agreementDocument,
  });

  let agreementInReview = await draft();
  agreementInReview = await ok(people.editor, ADD_DEVIATION, {
    agreementId: agreementInReview.id,
    version: agreementInReview.version,
    clause: '9.1',
    text: 'Aansprakelijkheid beperkt tot de contractwaarde.',
  });
  agreementInReview = await ok(people.procurement, SUBMIT, {
    agreementId: agreementInReview.id,
    version: agreementInReview.version,
  });
  const deviation = agreementInReview.deviations[0].id as string;
  const message = (
    await ok(people.editor, POST_MESSAGE, {
      agreementId: agreementInReview.id,
      body: 'De aansprakelijkheid volgt de verzekering.',
    })
  ).id as string;
  const reviewNote = (
    await ok(people.fg, ADD_NOTE, {
      agreementId: agreementInReview.id,
      body: 'Aansprakelijkheid navragen bij de jurist.',
    })
  ).id as string;

  let agreementApproved = await draft();
  agreementApproved = await ok(people.procurement, SUBMIT, {
    agreementId: agreementApproved.id,
    version: agreementApproved.version,
  });
  agreementApproved = await ok(people.fg, APPROVE, {
    agreementId: agreementApproved.id,
    version: agreementApproved.version,
  });
  // The deviation of the reviewed agreement keeps an assessment on record as well.
  await ok(people.fg, ASSESS, { deviationId: deviation, assessment: 'ACCEPTABLE' });

  // An ACTIVE agreement (the incident below reaches board B through it).
  const agreementActiveId = await seedAgreement(app, {
    boardId: bBoard,
    vendorId: bVendor,
    productIds: [product],
  });

  // One that expired yesterday: the board chooses its exit, the vendor confirms it.
  const agreementEndedId = await seedAgreement(app, {
    boardId: bBoard,
    vendorId: bVendor,
    productIds: [product],
    validUntil: addDays(today, -1),
  });

  // --- General offers: one published, one withdrawn -----------------------------------
  const publishOffer = async () =>
    (
      await ok(people.vendorSignatory, PUBLISH_OFFER, {
        vendorId: bVendor,
        productIds: [product],
        termsFileId: (await upload(people.vendorSignatory, bVendor)).id,
      })
    ).id as string;
  const generalOffer = await publishOffer();
  const generalOfferWithdrawn = await publishOffer();
  await gql(
    app,
    people.vendorSignatory,
    'withdrawGeneralOffer',
    `mutation ($id: ID!) { withdrawGeneralOffer(id: $id) { id status } }`,
    { id: generalOfferWithdrawn },
  );

  // --- Standards, assessments, tenders, offers, deals, a participation -----------------
  const standard = await publishedStandard(app, people.negotiator, bSector);
  const standardDraft = (
    await gql(
      app,
      people.negotiator,
      'createMinimumStandard',
      `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { id } }`,
      {
        input: {
          sectorBodyId: bSector,
          name: 'Concept standaard',
          version: '0.1',
          requirements: [{ code: 'X', title: 'X', description: 'X', mandatory: true }],
        },
      },
    )
  ).id as string;
  const START = `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`;
  const product2 = (
    await gql(
      app,
      people.editor,
      'createProduct',
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { vendorId: bVendor, name: 'Leerplatform B Plus', category: 'LEARNING_PLATFORM' } },
    )
  ).id as string;
  const assessmentSubmitted = (
    await gql(app, people.editor, 'startAssessment', START, {
      input: { productId: product, standardId: standard.id },
    })
  ).id as string;
  for (const requirement of standard.requirements as { id: string }[]) {
    await gql(
      app,
      people.editor,
      'answerRequirement',
      `mutation ($input: AnswerRequirementInput!) { answerRequirement(input: $input) { id } }`,
      {
        input: {
          assessmentId: assessmentSubmitted,
          requirementId: requirement.id,
          answer: 'MEETS',
          explanation: 'Zie het certificaat.',
        },
      },
    );
  }
  await gql(
    app,
    people.editor,
    'submitAssessment',
    `mutation ($id: ID!) { submitAssessment(id: $id) { id } }`,
    { id: assessmentSubmitted },
  );
  const assessmentDraft = (
    await gql(app, people.editor, 'startAssessment', START, {
      input: { productId: product2, standardId: standard.id },
    })
  ).id as string;

  // Board B's own maturity against sector body B's BOARD standard: submitted, then reassessed.
  const boardStandard = await publishedStandard(
    app,
    people.negotiator,
    bSector,
    [
      {
        code: 'GOV',
        title: 'Governance',
        description: 'Beleid.',
        mandatory: true,
        minimumLevel: 3,
      },
      {
        code: 'RISK',
        title: 'Risicomanagement',
        description: 'Risicoanalyse.',
        mandatory: true,
        minimumLevel: 3,
        targetLevel: 4,
        targetDate: addDays(today, 365),
      },
    ],
    'BOARD',
  );
  const START_BOARD = `mutation ($input: StartBoardAssessmentInput!) { startBoardAssessment(input: $input) { id } }`;
  const boardAssessmentSubmitted = (
    await gql(app, people.fg, 'startBoardAssessment', START_BOARD, {
      input: { boardId: bBoard, standardId: boardStandard.id },
    })
  ).id as string;
  for (const requirement of boardStandard.requirements as { id: string }[]) {
    await gql(
      app,
      people.fg,
      'answerMaturity',
      `mutation ($input: AnswerMaturityInput!) { answerMaturity(input: $input) { id } }`,
      {
        input: {
          assessmentId: boardAssessmentSubmitted,
          requirementId: requirement.id,
          level: 2,
          explanation: 'Eigen oordeel van bestuur B.',
          plannedLevel: 3,
          plannedBy: addDays(today, 200),
        },
      },
    );
  }
  await gql(
    app,
    people.fg,
    'submitBoardAssessment',
    `mutation ($id: ID!) { submitBoardAssessment(id: $id) { id } }`,
    { id: boardAssessmentSubmitted },
  );
  const boardAssessmentDraft = (
    await gql(app, people.boardAdmin, 'startBoardAssessment', START_BOARD, {
      input: { boardId: bBoard, standardId: boardStandard.id },
    })
  ).id as string;

  const tenderDraft = await createTender(app, people.negotiator, bSector, {
    standardId: standard.id,
  });
  const tenderTo = async (status: 'OPEN_FOR_OFFERS' | 'EVALUATION' | 'CANCELLED') => {
    const id = await createTender(app, people.negotiator, bSector, { standardId: standard.id });
    must(await tenderAction(app, people.negotiator, 'openTenderForInterest', id), 'open');
    await gql(
      app,
      people.procurement,
      'registerInterest',
      `mutation ($input: RegisterInterestInput!) { registerInterest(input: $input) { id } }`,
      { input: { tenderId: id, boardId: bBoard, studentCount: 4321, schoolCount: 7 } },
    );
    await passDeadline(app, id, 'interest');
    must(await tenderAction(app, people.negotiator, 'openTenderForOffers', id), 'offers');
    const offer = (
      await gql(app, people.editor, 'submitOffer', SUBMIT_OFFER, {
        input: { tenderId: id, productId: product, priceTiers: TIERS, terms: 'Model 4.0.' },
      })
    ).id as string;
    if (status === 'EVALUATION') {
      await passDeadline(app, id, 'offer');
      must(await tenderAction(app, people.negotiator, 'closeTenderOffers', id), 'close');
    }
    if (status === 'CANCELLED') {
      await gql(
        app,
        people.negotiator,
        'cancelTender',
        `mutation ($id: ID!, $reason: String!) { cancelTender(id: $id, reason: $reason) { id } }`,
        { id, reason: 'Te weinig belangstelling.' },
      );
    }
    return { id, offer };
  };
  const open = await tenderTo('OPEN_FOR_OFFERS');
  const evaluation = await tenderTo('EVALUATION');
  const cancelled = await tenderTo('CANCELLED');

  const DEAL = `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`;
  const dealInput = (title: string) => ({
    input: {
      sectorBodyId: bSector,
      vendorId: bVendor,
      productIds: [product],
      title,
      terms: 'Model 4.0 met de afwijkingen van de sector.',
      priceTiers: TIERS,
      validFrom: today,
      validUntil: addDays(today, 730),
    },
  });
  const dealDraft = (
    await gql(app, people.negotiator, 'createFrameworkDeal', DEAL, dealInput('Concept'))
  ).id as string;
  const dealPublished = (
    await gql(app, people.negotiator, 'createFrameworkDeal', DEAL, dealInput('Raamovereenkomst'))
  ).id as string;
  must(await tenderAction(app, people.vendorSignatory, 'acceptFrameworkDeal', dealPublished), 'ok');
  must(await tenderAction(app, people.negotiator, 'publishFrameworkDeal', dealPublished), 'ok');
  const joined = await gql(
    app,
    people.boardSignatory,
    'joinFrameworkDeal',
    `mutation ($input: JoinFrameworkDealInput!) { joinFrameworkDeal(input: $input) { id agreement { id } } }`,
    { input: { dealId: dealPublished, boardId: bBoard } },
  );

  // --- An incident of vendor B that affects board B, with an update -------------------
  const incident = await gql(
    app,
    people.editor,
    'reportIncident',
    `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`,
    {
      input: {
        vendorId: bVendor,
        productIds: [product],
        title: 'Onbevoegde toegang',
        description: 'Een beheersleutel is uitgelekt.',
        severity: 'HIGH',
        personalDataInvolved: true,
        discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    },
  );
  const updated = await gql(
    app,
    people.editor,
    'addIncidentUpdate',
    `mutation ($input: AddIncidentUpdateInput!) { addIncidentUpdate(input: $input) { updates { id } } }`,
    { input: { incidentId: incident.id, body: 'De sleutel is ingetrokken.' } },
  );
  // Board B's own record of the breach (art. 33(5)): for board B alone, never its vendor.
  await gql(
    app,
    people.fg,
    'recordAuthorityDecision',
    `mutation ($input: RecordAuthorityDecisionInput!) { recordAuthorityDecision(input: $input) { id } }`,
    {
      input: {
        incidentId: incident.id,
        boardId: bBoard,
        decision: 'NOT_REPORTED',
        reason: BOARD_B_AUTHORITY_REASON,
      },
    },
  );

  // --- Sector body B's advisories on B's product: board B is affected and answers ------
  const advise = async (tlp: 'AMBER' | 'AMBER_STRICT') =>
    (
      await gql(
        app,
        people.cert,
        'publishAdvisory',
        `mutation ($input: PublishAdvisoryInput!) { publishAdvisory(input: $input) { id } }`,
        {
          input: {
            publisherId: bSector,
            title: `Kwetsbaarheid (${tlp})`,
            summary: 'Werk bij.',
            severity: 'HIGH',
            tlp,
            productIds: [product],
          },
        },
      )
    ).id as string;
  const advisoryAmber = await advise('AMBER');
  const advisoryStrict = await advise('AMBER_STRICT');
  await gql(
    app,
    people.fg,
    'respondToAdvisory',
    `mutation ($input: RespondToAdvisoryInput!) { respondToAdvisory(input: $input) { id } }`,
    { input: { advisoryId: advisoryStrict, boardId: bBoard, response: 'AFFECTED', note: 'B' } },
  );

  // --- Vendor B changes the subprocessors of its second product: board B is told, objects
  const subprocessorProduct = await createProduct(app, bVendor, 'Product B2');
  const SAVE = `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { id } }`;
  const first = await gql(app, people.editor, 'saveLeafletDraft', SAVE, {
    input: leafletInput(subprocessorProduct),
  });
  await gql(
    app,
    people.editor,
    'publishLeaflet',
    `mutation ($id: ID!) { publishLeaflet(id: $id) { id } }`,
    { id: first.id },
  );
  await seedAgreement(app, {
    boardId: bBoard,
    vendorId: bVendor,
    productIds: [subprocessorProduct],
  });
  const subprocessorDraft = (
    await gql(app, people.editor, 'saveLeafletDraft', SAVE, {
      input: leafletInput(subprocessorProduct, {
        subprocessors: [
          {
            name: 'Nieuwe Wolk B.V.',
            service: 'hosting',
            country: 'NL',
            transferMechanism: 'NOT_APPLICABLE',
          },
        ],
      }),
    })
  ).id as string;
  const subprocessorChange = (
    await gql(
      app,
      people.editor,
      'announceSubprocessorChange',
      `mutation ($input: AnnounceSubprocessorChangeInput!) { announceSubprocessorChange(input: $input) { id } }`,
      { input: { leafletId: subprocessorDraft, effectiveOn: addDays(today, 30) } },
    )
  ).id as string;
  const subprocessorObjection = `Bezwaar van bestuur B ${randomUUID()}`;
  await gql(
    app,
    people.fg,
    'objectToSubprocessorChange',
    `mutation ($input: ObjectToSubprocessorChangeInput!) { objectToSubprocessorChange(input: $input) { id } }`,
    { input: { changeId: subprocessorChange, boardId: bBoard, reason: subprocessorObjection } },
  );

  // --- Board B's FG reviews B's product: anonymously, and once named but withdrawn -----
  const REVIEW = `mutation ($input: PublishProductReviewInput!) { publishProductReview(input: $input) { id } }`;
  const review = async (anonymous: boolean) =>
    (
      await gql(app, people.fg, 'publishProductReview', REVIEW, {
        input: {
          boardId: bBoard,
          productId: product,
          riskLevel: 'MEDIUM',
          summary: 'Meldplicht te ruim.',
          findings: [
            { topic: 'BREACH_NOTIFICATION', verdict: 'DEVIATES_UNACCEPTABLY', note: '72 uur.' },
          ],
          anonymous,
        },
      })
    ).id as string;
  const reviewAnonymous = await review(true);
  const reviewWithdrawn = await review(false);
  await gql(
    app,
    people.fg,
    'withdrawProductReview',
    `mutation ($id: ID!) { withdrawProductReview(id: $id) { id } }`,
    { id: reviewWithdrawn },
  );

  // --- Invitations and API tokens of every B organisation -----------------------------
  const invitations: string[] = [];
  const invitationTokens: string[] = [];
  const admins: [string, string, Role][] = [
    [people.boardAdmin, bBoard, Role.VIEWER],
    [people.vendorAdmin, bVendor, Role.VIEWER],
    [people.sectorAdmin, bSector, Role.VIEWER],
    [people.supervisorAdmin, bSupervisor, Role.INSPECTOR],
  ];
  for (const [token, organisationId, role] of admins) {
    const invitation = await gql(
      app,
      token,
      'inviteMember',
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id token } }`,
      {
        input: {
          organisationId,
          email: `uitgenodigd-${randomUUID().slice(0, 8)}@b.example.nl`,
          roles: [role],
        },
      },
    );
    invitations.push(invitation.id);
    invitationTokens.push(invitation.token);
  }
  const bOrgs = [bBoard, bVendor, bSector, bSupervisor];
  const apiTokenSecrets: string[] = [];
  for (const organisationId of bOrgs)
    apiTokenSecrets.push(await issueApiToken(app, organisationId));
  const [boardToken, vendorToken, sectorToken, supervisorToken] = apiTokenSecrets;
  const apiTokenIds: string[] = (
    await ds.query(`SELECT id FROM api_token WHERE organisation_id = ANY($1::uuid[])`, [bOrgs])
  ).map((r: { id: string }) => r.id);

  const notifications: string[] = (
    await ds.query(`SELECT id FROM notification WHERE recipient_id = ANY($1::uuid[])`, [
      Object.values(userIds),
    ])
  ).map((r: { id: string }) => r.id);
  const auditRows: { id: string; sealed: boolean }[] = await ds.query(
    `SELECT id, seal_key IS NOT NULL
                AND seal_key NOT IN (SELECT seal_key FROM audit_seal_lifted) AS sealed
       FROM audit_event
      WHERE organisation_id = ANY($1::uuid[]) OR party_ids && $1::uuid[]
         OR actor_id = ANY($2::uuid[])`,
    [bOrgs, Object.values(userIds)],
  );
  const sealedAuditEvents = auditRows.filter((r) => r.sealed).map((r) => r.id);

  // Versions as they are now: assessing a deviation moves its agreement's version too.
  const current = async (id: string) => ({
    id,
    version: Number(
      (await ds.query(`SELECT version FROM agreement WHERE id = $1`, [id]))[0].version,
    ),
  });
  const emails = Object.values(bSigned).map((p) => p.email);

  const b: World['b'] = {
    board: bBoard,
    vendor: bVendor,
    sectorBody: bSector,
    supervisor: bSupervisor,
    boardNumber,
    vendorOin,
    people,
    userIds,
    emails,
    product,
    leafletDraft,
    agreementDraft: await current(agreementDraft.id),
    agreementInReview: await current(agreementInReview.id),
    agreementApproved: await current(agreementApproved.id),
    agreementActive: await current(agreementActiveId),
    agreementEnded: await current(agreementEndedId),
    deviation,
    draftDeviation,
    message,
    reviewNote,
    agreementDocument,
    boardUpload: (await upload(people.procurement, bBoard)).id,
    vendorUpload: (await upload(people.editor, bVendor)).id,
    termsUpload: (await upload(people.vendorSignatory, bVendor)).id,
    attestationPublic,
    attestationSector,
    attestationRestricted: restricted.id,
    restrictedDocument: restricted.document.id,
    accessRequestGranted,
    accessRequestPending,
    generalOffer,
    generalOfferWithdrawn,
    standard: { id: standard.id, requirement: standard.requirements[0].id },
    standardDraft,
    assessmentDraft,
    assessmentSubmitted,
    boardStandard: { id: boardStandard.id, requirement: boardStandard.requirements[0].id },
    boardAssessmentSubmitted,
    boardAssessmentDraft,
    tenderDraft,
    tenderOpen: open.id,
    tenderEvaluation: evaluation.id,
    tenderCancelled: cancelled.id,
    offerSealed: open.offer,
    offerEvaluation: evaluation.offer,
    offerCancelled: cancelled.offer,
    dealDraft,
    dealPublished,
    participation: joined.id,
    frameworkAgreement: joined.agreement.id,
    frameworkAgreementDocument: (
      await gql(
        app,
        people.boardSignatory,
        'agreement',
        `query ($id: ID!) { agreement(id: $id) { signedDocument { id } } }`,
        { id: joined.agreement.id },
      )
    ).signedDocument.id,
    incident: incident.id,
    incidentUpdate: updated.updates[0].id,
    advisoryAmber,
    advisoryStrict,
    subprocessorProduct,
    subprocessorChange,
    subprocessorDraft,
    subprocessorObjection,
    reviewAnonymous,
    reviewWithdrawn,
    notifications,
    invitations,
    invitationTokens,
    apiTokenIds,
    apiTokenSecrets,
    apiTokens: {
      board: boardToken,
      vendor: vendorToken,
      sectorBody: sectorToken,
      supervisor: supervisorToken,
    },
    auditEvents: auditRows.map((r) => r.id),
    sealedAuditEvents,
  };
  return { app, viewers, a, b, secrets: secretsOf(b) };
}

/** Who may not see what of B (DOMAIN.md "Visibility"), as values to scan answers for. */
function secretsOf(b: World['b']): Secret[] {
  const s = (value: string, what: string, hiddenFrom: Secret['hiddenFrom']): Secret => ({
    value,
    what,
    hiddenFrom,
  });
  const many = (values: string[], what: string, hiddenFrom: Secret['hiddenFrom']) =>
    values.map((v, i) => s(v, `${what} #${i + 1}`, hiddenFrom));
  const kinds =
    (...k: OrganisationKind[]) =>
    (v: MatrixViewer) =>
      k.includes(v.kind);
  return [
    // A board's own: its agreements, their documents, deviations and review notes.
    s(b.agreementDraft.id, 'draft agreement', fromA),
    s(b.agreementInReview.id, 'agreement in review', fromA),
    s(b.agreementApproved.id, 'approved agreement', fromA),
    s(b.agreementActive.id, 'active agreement', fromA),
    s(b.frameworkAgreement, 'framework agreement of the participation', fromA),
    s(b.frameworkAgreementDocument, "the framework agreement's signed PDF (file)", fromA),
    s(b.agreementEnded.id, 'ended agreement', fromA),
    s(b.deviation, 'deviation', fromA),
    s(b.draftDeviation, "the vendor's deviation of the draft", fromA),
    s(b.message, 'message on an agreement', fromA),
    s(b.reviewNote, 'review note', fromA),
    s(b.agreementDocument, 'agreement document (file)', fromA),
    s(b.boardUpload, "board B's unattached upload", fromA),
    s(b.vendorUpload, "vendor B's unattached upload", fromA),
    s(b.termsUpload, "vendor B's unattached terms", fromA),
    // A vendor's own drafts.
    s(b.leafletDraft, 'leaflet draft', fromA),
    s(b.generalOfferWithdrawn, 'withdrawn general offer', fromA),
    // SECTOR attestations: boards and sector bodies only (and the platform admin).
    s(
      b.attestationSector,
      'SECTOR attestation',
      kinds(OrganisationKind.VENDOR, OrganisationKind.SUPERVISOR),
    ),
    // A RESTRICTED document: the vendor, granted organisations and sector bodies'
    // REVIEWERs; never the platform admin as such.
    s(
      b.restrictedDocument,
      'RESTRICTED attestation document (file)',
      (v) => !(v.kind === OrganisationKind.SECTOR_BODY && v.role === Role.REVIEWER),
    ),
    s(b.accessRequestGranted, 'granted access request', fromA),
    s(b.accessRequestPending, 'pending access request', fromA),
    // Drafts of a sector body (and a vendor's draft assessment): only their owner. The
    // code hides them from the platform admin too, as issue 13 asks, except in the audit
    // trail, which DOMAIN.md gives the platform admin whole but for what is sealed.
    s(b.standardDraft, 'draft standard', exceptPlatformAudit),
    s(b.tenderDraft, 'DRAFT tender', exceptPlatformAudit),
    s(b.dealDraft, 'DRAFT deal', exceptPlatformAudit),
    s(b.assessmentDraft, 'draft assessment', exceptPlatformAudit),
    // A board's assessments of its own maturity: its members only, the platform admin
    // included, in the audit trail too (their events are sealed to the board).
    s(b.boardAssessmentSubmitted, "board B's submitted maturity assessment", fromAll),
    s(b.boardAssessmentDraft, "board B's draft maturity assessment", fromAll),
    // Sealed offers: their vendor only, nobody else ever; a cancelled tender's for good.
    s(b.offerSealed, 'sealed offer', fromAll),
    s(b.offerCancelled, "cancelled tender's sealed offer", fromAll),
    // Unsealed (EVALUATION): to the tender's sector body too. The platform admin reads its
    // audit events (no longer sealed) but never the offer itself.
    s(b.offerEvaluation, 'offer in evaluation', exceptPlatformAudit),
    ...many(b.sealedAuditEvents, 'audit event of a sealed offer', fromAll),
    // A board's own participations.
    s(b.participation, 'participation', fromA),
    // Incidents: the vendor and affected boards; sector bodies see counts.
    s(
      b.incident,
      'incident',
      kinds(OrganisationKind.BOARD, OrganisationKind.VENDOR, OrganisationKind.SUPERVISOR),
    ),
    s(
      b.incidentUpdate,
      'incident update',
      kinds(OrganisationKind.BOARD, OrganisationKind.VENDOR, OrganisationKind.SUPERVISOR),
    ),
    // Advisories by TLP: AMBER for the affected boards (B), the publisher, the product's
    // vendor (B) and the platform admin; AMBER_STRICT not even for the platform admin
    // (but for its reading of the audit trail, which names the advisory).
    s(b.advisoryAmber, 'TLP:AMBER advisory', fromA),
    s(b.advisoryStrict, 'TLP:AMBER_STRICT advisory', exceptPlatformAudit),
    // A change of subprocessors: its vendor and the notified boards, nobody else, the
    // platform admin included (but for its reading of the audit trail, which names it); the
    // announced draft as any draft (and to the notified boards); an objection's reason: the
    // objecting board and the vendor.
    s(b.subprocessorChange, 'change of subprocessors', exceptPlatformAudit),
    s(b.subprocessorDraft, 'announced leaflet draft', fromA),
    s(b.subprocessorObjection, 'objection to a change of subprocessors', fromAll),
    // Shared reviews: published ones to boards, sector bodies, supervisors (and the platform
    // admin) and the product's vendor, never another vendor; a withdrawn one to its board
    // alone (but for the platform admin's reading of the audit trail of a named one). That
    // board B wrote the anonymous one is never in an answer to A (the cases' `reveals`).
    s(b.reviewAnonymous, "board B's anonymous review", kinds(OrganisationKind.VENDOR)),
    s(b.reviewWithdrawn, "board B's withdrawn review", exceptPlatformAudit),
    // Notifications: for themselves only, the platform admin included.
    ...many(b.notifications, "B person's notification", fromAll),
    // Invitations and tokens: the organisation's admins (and members), the platform admin.
    ...many(b.invitations, 'invitation', fromA),
    ...many(b.invitationTokens, 'invitation token', fromAll),
    ...many(b.apiTokenIds, 'API token', fromA),
    ...many(b.apiTokenSecrets, 'API token secret', fromAll),
    // Audit events of B: B's admins and FGs; the platform admin reads all but the sealed.
    ...many(b.auditEvents, 'audit event of B', fromA),
    // People of other organisations are a Person: never an e-mail address.
    ...many(b.emails, "B person's e-mail address", fromA),
  ];
}
