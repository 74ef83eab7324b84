// The cases of the tenancy matrix (test/api/tenancy-matrix.test.ts): one per GraphQL operation
// and per REST route the API serves, each aimed at B's private objects (or acting for a B
// organisation), with what every A person, A's API tokens and the platform admin must get.
//
// Adding an operation: add `CASES.<operationName>` with
//   document   the GraphQL document; its one root field is the operation;
//   variables  one set of variables per target (each set is a case for every viewer): name
//              B's objects through `w.b` (tenancy-world.ts), or act for a B organisation;
//   expect     ONE   a single-object query: null, without an error, to whoever may not see
//                    the object it names (a value of `w.secrets` hidden from the viewer);
//                    to the others, an answer with nothing hidden from them;
//              LIST  a list or anything else that answers: nothing hidden from the viewer in
//                    it (`LIST.or(...codes)` also accepts those error codes);
//              denied(...codes)  one of these error codes, no data. Where the variables name
//                    a value hidden from the viewer and the guard lets the viewer try the
//                    operation, the answer must also be exactly what the same request gets
//                    when that id does not exist (a random id): a private object is treated
//                    as if it did not exist, never FORBIDDEN where a missing one is NOT_FOUND.
//   platformAdmin  'allowed' where DOMAIN.md lets the platform admin do this for any
//              organisation (it is then not run for it); by default it gets `expect`, and
//              the scan for what is hidden even from it (sealed, RESTRICTED documents,
//              others' notifications, a sector body's drafts).
//   allowed    the A viewers whom DOMAIN.md lets do this to B's object (not run for them).
//   owner      a B person for whom the same request reaches B's objects: a query shows
//              something private of B, a mutation gets past tenancy (it succeeds, is a CONFLICT,
//              or answers otherwise than for a random id). The matrix checks this, so that a
//              case cannot pass by aiming at nothing or by being malformed. The owners' changes
//              run after the matrix, from the last case to the first: a case that spoils
//              another's object for its owner (cancelling a tender) goes before it.
//   reveals    anything else in the answer that must not be there, beyond the scanned ids.
// Every answer of every case is scanned for every secret hidden from its viewer; an API token
// trying a mutation must get FORBIDDEN (or UNAUTHENTICATED); INTERNAL_SERVER_ERROR is always a
// failure. An operation the contract names but the API does not serve yet needs a case once it
// is served: the matrix enumerates the served schema and fails naming every operation without
// one. REST routes: `ROUTES['GET /path/:param']`, likewise enumerated from the router.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { leafletInput } from './products';
import { TIERS } from './procurement';
import {
  BOARD_B_AUTHORITY_REASON,
  type BPeople,
  type MatrixViewer,
  type World,
} from './tenancy-world';

type Vars = Record<string, unknown>;

export type Outcome =
  | { readonly kind: 'one' }
  | { readonly kind: 'list'; readonly codes: readonly string[] }
  | { readonly kind: 'denied'; readonly codes: readonly string[] };

export const ONE: Outcome = { kind: 'one' };
export const LIST = Object.assign({ kind: 'list', codes: [] } as Outcome, {
  or: (...codes: string[]): Outcome => ({ kind: 'list', codes }),
});
export const denied = (...codes: string[]): Outcome => ({ kind: 'denied', codes });

export interface Case {
  readonly document: string;
  readonly variables: (w: World) => Vars[];
  readonly expect: Outcome;
  readonly platformAdmin?: Outcome | 'allowed';
  readonly allowed?: (v: MatrixViewer) => boolean;
  readonly owner?: keyof BPeople;
  readonly reveals?: (answer: string, w: World, v: MatrixViewer) => string | undefined;
}

const today = () => amsterdamDate();
const NF = denied('NOT_FOUND', 'FORBIDDEN');
const FORBIDDEN = denied('FORBIDDEN');
const bOrgs = (w: World) => [w.b.board, w.b.vendor, w.b.sectorBody, w.b.supervisor];
const input = (value: Vars) => ({ input: value });
const isReviewer = (v: MatrixViewer) =>
  v.kind === OrganisationKind.SECTOR_BODY && v.role === Role.REVIEWER;

// What the answers select: every relation through which something of B could slip out.
const FILE = 'id url';
const ATTESTATION = `id visibility vendor { id } document { ${FILE} } supersedes { id } supersededBy { id }`;
const AGREEMENT = `id status version createdBy waitingOn board { id } vendor { id }
  deviations { id addedBy } reviewNotes { id } messages { id author { id } }
  documents { ${FILE} } signedDocument { ${FILE} } signatures { party signedBy { id } } supersedes { id } frameworkDeal { id }
  generalOffer { id vendorSignature { signedBy { id } } } exit { choice confirmedBy { id } }
  leaflets { id status }`;
const SUBPROCESSOR_CHANGE = `id status product { id } leaflet { id } notifiedBoardCount objectionCount
  objections { board { id } reason objectedBy { id } }`;
const PRODUCT_REVIEW = `id anonymous riskLevel vendorResponse withdrawnAt board { id }
  product { id } leaflet { id } findings { topic verdict note }`;
const PRODUCT = `id vendor { id } currentLeaflet { id } leaflets { id status }
  reviews { id board { id } }
  subprocessorChanges { id objections { reason } }
  attestations { ${ATTESTATION} } assessments { id status }
  frameworkDeals { id status participations { id agreement { id } } }
  generalOffers { id status terms { ${FILE} } }`;
const ORGANISATION = `id kind name attestations { ${ATTESTATION} }
  products { id leaflets { id status } assessments { id status } }`;
const DEAL = `id status vendor { id } participantCount participations { id board { id } agreement { id } }
  tender { id offers { id } } vendorSignature { party signedBy { id } } deviations { id }`;
const TENDER = `id status interests { board { id } studentCount } offers { id vendor { id } }
  deals { id status participations { id } } standard { id }`;
const ASSESSMENT = `id status product { id } standard { id }
  answers { verdict evidence { id document { ${FILE} } } }`;
const BOARD_ASSESSMENT = `id status board { id } standard { id } minimumMet targetMet
  requirementTotal answers { requirement { id } level plannedLevel plannedBy }`;
const INCIDENT = `id vendor { id } affectedBoardCount notices { board { id } acknowledgedBy { id }
    authorityDecision authorityDecisionReason authorityDeadline authorityClockRunning
    authorityRecordedBy { id } authorityDecisionHistory { version reason recordedBy { id } } }
  updates { id author { id } }`;
const ADVISORY = `id publisher { id } products { id } affectedBoardCount respondedCount
  responses { board { id } response note respondedBy { id } }`;
const CSAF_EXAMPLE = readFileSync(
  join(__dirname, '../../../shared/schemas/csaf-2.0/examples/bsi-2022-0001.json'),
  'utf8',
);
const ACCESS_REQUEST = `id status requester { id } attestation { id document { ${FILE} } }`;
const connection = (node: string) => `totalCount edges { node { ${node} } }`;

/** Product.sectorSignals: counts of boards, where an answer could slip one board's choice. */
const SIGNALS = `sectorSignals { boardsInForce boardsWithDeviations deviationTopics { topic boards }
  reviewCount reviewsByRisk { riskLevel reviews } }`;

/**
 * Board B's agreements in force on B's products, counted for A: another vendor gets no signals
 * at all, and the sector never a count of 1 or 2 boards (B's products have one board each).
 */
const signalsOfBoardB = (answer: string, _w: World, v: MatrixViewer) =>
  v.kind === OrganisationKind.VENDOR
    ? /"sectorSignals":\{/.test(answer)
      ? "another vendor's signals"
      : undefined
    : /"(boardsInForce|boardsWithDeviations|boards)":[12][,}]/.test(answer)
      ? 'a count of 1 or 2 boards'
      : undefined;

/** Board B named in an answer: its interest in a tender, its notice of an incident. */
const namesBoardB = (answer: string, w: World, v: MatrixViewer) =>
  !v.platformAdmin && answer.includes(w.b.board) ? 'names board B' : undefined;

/** Board B's record of a breach, or board B itself, in an answer to anyone outside board B. */
const namesBoardBOrItsRecord = (answer: string, w: World, v: MatrixViewer) =>
  answer.includes(BOARD_B_AUTHORITY_REASON)
    ? "board B's record of the breach"
    : namesBoardB(answer, w, v);

/**
 * Board B has only an anonymous review (and a withdrawn one) out: nothing about reviews
 * may name board B to anyone outside it, the platform admin included.
 */
const namesAnonymousBoard = (answer: string, w: World) =>
  answer.includes(w.b.board) ? 'names board B behind its anonymous review' : undefined;

const agreementVersion = (a: { id: string; version: number }) => ({
  agreementId: a.id,
  version: a.version,
});

export const CASES: Record<string, Case> = {
  // --- identity --------------------------------------------------------------------
  me: {
    document: `{ me { id email memberships { organisation { id } roles } } }`,
    variables: () => [{}],
    expect: LIST,
  },
  login: {
    document: `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
    variables: (w) => [input({ email: w.b.emails[0], password: 'geraden' })],
    // A failed login is UNAUTHENTICATED whatever the cause; repeated, RATE_LIMITED.
    expect: denied('UNAUTHENTICATED', 'RATE_LIMITED'),
  },
  acceptInvitation: {
    document: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { id memberships { organisation { id } } } } }`,
    // An invitation's id is not its token: nobody joins B by knowing an id.
    variables: (w) => [input({ token: w.b.invitations[0] })],
    expect: denied('BAD_USER_INPUT'),
  },
  updateMe: {
    document: `mutation ($input: UpdateMeInput!) { updateMe(input: $input) { id email memberships { organisation { id } } } }`,
    variables: () => [input({})],
    expect: LIST,
  },
  refreshAccessToken: {
    document: `mutation { refreshAccessToken { expiresAt user { id memberships { organisation { id } } } } }`,
    variables: () => [{}],
    expect: LIST,
  },
  organisation: {
    document: `query ($id: ID!) { organisation(id: $id) { ${ORGANISATION} } }`,
    // A board's and a vendor's profiles: the vendor's with its attestations and products.
    variables: (w) => [{ id: w.b.vendor }, { id: w.b.board }],
    expect: ONE,
    owner: 'editor',
  },
  organisations: {
    document: `query ($kind: OrganisationKind, $search: String) { organisations(kind: $kind, search: $search, first: 25) { ${connection(ORGANISATION)} } }`,
    variables: () => [{}],
    expect: LIST,
    owner: 'editor',
  },
  createOrganisation: {
    document: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => [input({ kind: 'VENDOR', name: 'Niet toegestaan' })],
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
  },
  updateOrganisation: {
    document: `mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name } }`,
    variables: (w) => bOrgs(w).map((id) => ({ id, input: { name: 'Overgenomen' } })),
    expect: NF,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  members: {
    document: `query ($id: ID!) { members(organisationId: $id) { email person { id } roles } }`,
    variables: (w) => bOrgs(w).map((id) => ({ id })),
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  invitations: {
    document: `query ($id: ID!) { invitations(organisationId: $id) { id email token } }`,
    variables: (w) => bOrgs(w).map((id) => ({ id })),
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  inviteMember: {
    document: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id token } }`,
    variables: (w) =>
      bOrgs(w).map((organisationId) =>
        input({ organisationId, email: 'indringer@a.example.nl', roles: ['ADMIN'] }),
      ),
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  revokeInvitation: {
    document: `mutation ($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`,
    variables: (w) => w.b.invitations.map((id) => ({ id })),
    expect: NF,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  setMemberRoles: {
    document: `mutation ($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { roles organisation { id } } }`,
    variables: (w) => [
      input({ organisationId: w.b.board, userId: w.b.userIds.fg, roles: ['VIEWER'] }),
      input({ organisationId: w.b.vendor, userId: w.b.userIds.editor, roles: ['VIEWER'] }),
      input({ organisationId: w.b.sectorBody, userId: w.b.userIds.negotiator, roles: ['VIEWER'] }),
    ],
    expect: NF,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  removeMember: {
    document: `mutation ($organisationId: ID!, $userId: ID!) { removeMember(organisationId: $organisationId, userId: $userId) }`,
    variables: (w) => [
      { organisationId: w.b.board, userId: w.b.userIds.procurement },
      { organisationId: w.b.vendor, userId: w.b.userIds.vendorSignatory },
      { organisationId: w.b.supervisor, userId: w.b.userIds.supervisorAdmin },
    ],
    expect: NF,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  apiTokens: {
    document: `query ($id: ID!) { apiTokens(organisationId: $id) { id name organisation { id } } }`,
    variables: (w) => bOrgs(w).map((id) => ({ id })),
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  createApiToken: {
    document: `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`,
    variables: (w) => bOrgs(w).map((organisationId) => input({ organisationId, name: 'lek' })),
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },
  revokeApiToken: {
    document: `mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
    variables: (w) => w.b.apiTokenIds.map((id) => ({ id })),
    expect: NF,
    platformAdmin: 'allowed',
    owner: 'boardAdmin',
  },

  // --- products, leaflets, attestations ---------------------------------------------
  vendors: {
    document: `query ($filter: VendorFilter) { vendors(filter: $filter, first: 25) { ${connection(ORGANISATION)} } }`,
    variables: () => [{}],
    expect: LIST,
    owner: 'editor',
  },
  product: {
    document: `query ($id: ID!) { product(id: $id) { ${PRODUCT} ${SIGNALS} } }`,
    variables: (w) => [{ id: w.b.product }, { id: w.b.subprocessorProduct }],
    expect: ONE,
    owner: 'editor',
    reveals: (answer, w, v) => namesAnonymousBoard(answer, w) ?? signalsOfBoardB(answer, w, v),
  },
  products: {
    // first: 10 (B's vendor has fewer products) keeps the whole selection under the cost limit.
    document: `query ($filter: ProductFilter) { products(filter: $filter, first: 10) { ${connection(`${PRODUCT} ${SIGNALS}`)} } }`,
    variables: (w) => [{ filter: { vendorId: w.b.vendor } }],
    expect: LIST,
    owner: 'editor',
    reveals: (answer, w, v) => namesAnonymousBoard(answer, w) ?? signalsOfBoardB(answer, w, v),
  },
  compareProducts: {
    document: `query ($boardId: ID, $ids: [ID!]!, $standardId: ID) { compareProducts(boardId: $boardId, ids: $ids, standardId: $standardId) {
      myAgreementStatus product { id } assessment { id status } currentLeaflet { id status } deals { id status participations { id } }
    } }`,
    variables: (w) => [
      { ids: [w.b.product], standardId: w.b.standard.id },
      { boardId: w.b.board, ids: [w.b.product], standardId: w.b.standard.id },
      { ids: [w.b.product], standardId: w.b.standardDraft },
    ],
    // Acting for board B is FORBIDDEN; B's draft standard is as if there were none.
    expect: LIST.or('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    reveals: (answer) =>
      /"myAgreementStatus":"/.test(answer) ? "board B's agreement status" : undefined,
  },
  createProduct: {
    document: `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
    variables: (w) => [input({ vendorId: w.b.vendor, name: 'Kuckoek', category: 'OTHER' })],
    expect: FORBIDDEN,
    owner: 'editor',
  },
  updateProduct: {
    document: `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id name } }`,
    variables: (w) => [{ id: w.b.product, input: { name: 'Overgenomen' } }],
    expect: NF,
    owner: 'editor',
  },
  saveLeafletDraft: {
    document: `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { id } }`,
    variables: (w) => [input(leafletInput(w.b.product))],
    expect: NF,
    owner: 'editor',
  },
  publishLeaflet: {
    document: `mutation ($id: ID!) { publishLeaflet(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.leafletDraft }],
    expect: NF,
    owner: 'editor',
  },
  attestation: {
    document: `query ($id: ID!) { attestation(id: $id) { ${ATTESTATION} products { id } } }`,
    variables: (w) => [
      { id: w.b.attestationRestricted },
      { id: w.b.attestationSector },
      { id: w.b.attestationPublic },
    ],
    expect: ONE,
    owner: 'editor',
  },
  attestations: {
    document: `query ($filter: AttestationFilter) { attestations(filter: $filter, first: 25) { ${connection(ATTESTATION)} } }`,
    variables: () => [{}],
    expect: LIST,
    owner: 'editor',
  },
  attestationAccessRequests: {
    document: `query ($attestationId: ID) { attestationAccessRequests(attestationId: $attestationId, first: 25) { ${connection(ACCESS_REQUEST)} } }`,
    variables: (w) => [{}, { attestationId: w.b.attestationRestricted }],
    expect: LIST,
    owner: 'editor',
  },
  createAttestation: {
    document: `mutation ($input: CreateAttestationInput!) { createAttestation(input: $input) { id document { id } } }`,
    variables: (w) => {
      const attestation = (vendorId: string) =>
        input({
          vendorId,
          type: 'ISO27001',
          issuer: 'Certificeerder',
          scope: 'Alles',
          issuedOn: addDays(today(), -10),
          validUntil: addDays(today(), 300),
          visibility: 'PUBLIC',
          productIds: [],
          documentFileId: w.b.vendorUpload,
        });
      // For vendor B; and for vendor A with B's uploaded document.
      return [attestation(w.b.vendor), attestation(w.a.vendor)];
    },
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'editor',
  },
  updateAttestation: {
    document: `mutation ($id: ID!, $input: UpdateAttestationInput!) { updateAttestation(id: $id, input: $input) { id visibility } }`,
    variables: (w) =>
      [w.b.attestationRestricted, w.b.attestationSector, w.b.attestationPublic].map((id) => ({
        id,
        input: { visibility: 'PUBLIC', productIds: [] },
      })),
    expect: NF,
    owner: 'editor',
  },
  verifyAttestation: {
    document: `mutation ($input: VerifyAttestationInput!) { verifyAttestation(input: $input) { id verification } }`,
    variables: (w) =>
      [w.b.attestationRestricted, w.b.attestationSector].map((attestationId) =>
        input({ attestationId, status: 'REJECTED', note: 'Afgewezen door A.' }),
      ),
    expect: NF,
    // Verifying is the task of every sector body's REVIEWER (DOMAIN.md).
    allowed: (v) => isReviewer(v) && !v.apiToken,
    owner: 'reviewer',
  },
  requestAttestationAccess: {
    document: `mutation ($input: RequestAttestationAccessInput!) { requestAttestationAccess(input: $input) { id } }`,
    variables: (w) =>
      [w.b.board, w.b.sectorBody].map((organisationId) =>
        input({ organisationId, attestationId: w.b.attestationRestricted, reason: 'Namens B.' }),
      ),
    expect: FORBIDDEN,
    owner: 'fg',
  },
  decideAttestationAccess: {
    document: `mutation ($input: DecideAttestationAccessInput!) { decideAttestationAccess(input: $input) { id status } }`,
    variables: (w) => [input({ requestId: w.b.accessRequestPending, grant: true })],
    expect: NF,
    owner: 'editor',
  },
  revokeAttestationAccess: {
    document: `mutation ($id: ID!) { revokeAttestationAccess(requestId: $id) { id status } }`,
    variables: (w) => [{ id: w.b.accessRequestGranted }],
    expect: NF,
    owner: 'editor',
  },

  // --- processing agreements --------------------------------------------------------
  agreement: {
    document: `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT} } }`,
    variables: (w) =>
      [
        w.b.agreementDraft.id,
        w.b.agreementInReview.id,
        w.b.agreementApproved.id,
        w.b.agreementActive.id,
        w.b.frameworkAgreement,
      ].map((id) => ({ id })),
    expect: ONE,
    owner: 'procurement',
  },
  agreements: {
    document: `query ($filter: AgreementFilter) { agreements(filter: $filter, first: 25) { ${connection(AGREEMENT)} } }`,
    variables: (w) => [
      {},
      { filter: { boardId: w.b.board } },
      { filter: { vendorId: w.b.vendor } },
    ],
    expect: LIST.or('FORBIDDEN'),
    owner: 'procurement',
  },
  processorRegister: {
    document: `query ($boardId: ID!) { processorRegister(boardId: $boardId) { agreement { id } vendor { id } products { id } } }`,
    variables: (w) => [{ boardId: w.b.board }],
    expect: FORBIDDEN,
    platformAdmin: 'allowed',
    owner: 'procurement',
  },
  generalOffers: {
    document: `query ($vendorId: ID) { generalOffers(vendorId: $vendorId, first: 25) { ${connection('id status terms { id url } products { id }')} } }`,
    variables: (w) => [{}, { vendorId: w.b.vendor }],
    expect: LIST,
    owner: 'vendorSignatory',
  },
  createAgreement: {
    document: `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id supersedes { id } } }`,
    variables: (w) => [
      input({ boardId: w.b.board, vendorId: w.b.vendor, productIds: [w.b.product] }),
      // For A's own parties, superseding B's agreement.
      input({
        boardId: w.a.board,
        vendorId: w.a.vendor,
        productIds: [w.a.product],
        supersedesId: w.b.agreementActive.id,
      }),
    ],
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'procurement',
  },
  updateAgreement: {
    document: `mutation ($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id } }`,
    variables: (w) => [
      input({ ...agreementVersion(w.b.agreementDraft), validUntil: addDays(today(), 30) }),
    ],
    expect: NF,
    owner: 'procurement',
  },
  addDeviation: {
    document: `mutation ($input: AddDeviationInput!) { addDeviation(input: $input) { id } }`,
    variables: (w) =>
      [w.b.agreementDraft, w.b.agreementInReview].map((a) =>
        input({ ...agreementVersion(a), clause: '1.1', text: 'Ingevoegd door A.' }),
      ),
    expect: NF,
    owner: 'procurement',
  },
  attachAgreementDocument: {
    document: `mutation ($input: AttachDocumentInput!) { attachAgreementDocument(input: $input) { id } }`,
    variables: (w) => [input({ ...agreementVersion(w.b.agreementDraft), fileId: w.b.boardUpload })],
    expect: NF,
    owner: 'procurement',
  },
  submitAgreementForReview: {
    document: `mutation ($input: AgreementVersionInput!) { submitAgreementForReview(input: $input) { id status } }`,
    variables: (w) => [input(agreementVersion(w.b.agreementDraft))],
    expect: NF,
    owner: 'procurement',
  },
  assessDeviation: {
    document: `mutation ($input: AssessDeviationInput!) { assessDeviation(input: $input) { id assessment } }`,
    variables: (w) => [input({ deviationId: w.b.deviation, assessment: 'UNACCEPTABLE' })],
    expect: NF,
    owner: 'fg',
  },
  requestAgreementChanges: {
    document: `mutation ($input: RequestChangesInput!) { requestAgreementChanges(input: $input) { id status } }`,
    variables: (w) => [input({ ...agreementVersion(w.b.agreementInReview), note: 'Van A.' })],
    expect: NF,
    owner: 'fg',
  },
  approveAgreement: {
    document: `mutation ($input: AgreementVersionInput!) { approveAgreement(input: $input) { id status } }`,
    variables: (w) => [input(agreementVersion(w.b.agreementInReview))],
    expect: NF,
    owner: 'fg',
  },
  addReviewNote: {
    document: `mutation ($input: AddReviewNoteInput!) { addReviewNote(input: $input) { id } }`,
    variables: (w) =>
      [w.b.agreementInReview, w.b.agreementDraft].map((a) =>
        input({ agreementId: a.id, body: 'Notitie van A.' }),
      ),
    expect: NF,
    owner: 'fg',
  },
  signAgreement: {
    document: `mutation ($input: AgreementVersionInput!) { signAgreement(input: $input) { id status } }`,
    variables: (w) => [input(agreementVersion(w.b.agreementApproved))],
    expect: NF,
    owner: 'boardSignatory',
  },
  terminateAgreement: {
    document: `mutation ($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { id status } }`,
    variables: (w) =>
      [w.b.agreementActive].map((a) =>
        input({ ...agreementVersion(a), endDate: today(), reason: 'Door A beëindigd.' }),
      ),
    expect: NF,
    owner: 'boardSignatory',
  },
  updateDeviation: {
    document: `mutation ($input: UpdateDeviationInput!) { updateDeviation(input: $input) { id deviations { id } } }`,
    variables: (w) => [
      input({
        deviationId: w.b.draftDeviation,
        version: w.b.agreementDraft.version,
        text: 'Van A.',
      }),
      input({
        deviationId: w.b.deviation,
        version: w.b.agreementInReview.version,
        topic: 'SECURITY',
      }),
    ],
    expect: NF,
    owner: 'editor',
  },
  withdrawDeviation: {
    document: `mutation ($input: WithdrawDeviationInput!) { withdrawDeviation(input: $input) { id deviations { id } } }`,
    variables: (w) => [
      input({ deviationId: w.b.draftDeviation, version: w.b.agreementDraft.version }),
      input({ deviationId: w.b.deviation, version: w.b.agreementInReview.version }),
    ],
    expect: NF,
    owner: 'editor',
  },
  postAgreementMessage: {
    document: `mutation ($input: PostAgreementMessageInput!) { postAgreementMessage(input: $input) { id author { id } } }`,
    variables: (w) =>
      [w.b.agreementInReview, w.b.agreementActive, w.b.agreementEnded].map((a) =>
        input({ agreementId: a.id, body: 'Bericht van A.' }),
      ),
    expect: NF,
    owner: 'fg',
  },
  // The owner confirms after it chose (owners run from the last case to the first).
  confirmAgreementExit: {
    document: `mutation ($input: ConfirmAgreementExitInput!) { confirmAgreementExit(input: $input) { id exit { statement } } }`,
    variables: (w) => [
      input({ agreementId: w.b.agreementEnded.id, statement: 'Door A verwijderd.' }),
    ],
    expect: NF,
    owner: 'vendorSignatory',
  },
  chooseAgreementExit: {
    document: `mutation ($input: ChooseAgreementExitInput!) { chooseAgreementExit(input: $input) { id exit { choice } } }`,
    variables: (w) =>
      [w.b.agreementEnded, w.b.agreementActive].map((a) =>
        input({ agreementId: a.id, choice: 'DELETE' }),
      ),
    expect: NF,
    owner: 'boardSignatory',
  },
  publishGeneralOffer: {
    document: `mutation ($input: PublishGeneralOfferInput!) { publishGeneralOffer(input: $input) { id } }`,
    variables: (w) => [
      input({ vendorId: w.b.vendor, productIds: [w.b.product], termsFileId: w.b.termsUpload }),
      input({ vendorId: w.a.vendor, productIds: [w.a.product], termsFileId: w.b.termsUpload }),
    ],
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'vendorSignatory',
  },
  withdrawGeneralOffer: {
    document: `mutation ($id: ID!) { withdrawGeneralOffer(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.generalOffer }, { id: w.b.generalOfferWithdrawn }],
    expect: NF,
    owner: 'vendorSignatory',
  },
  acceptGeneralOffer: {
    document: `mutation ($input: AcceptGeneralOfferInput!) { acceptGeneralOffer(input: $input) { id } }`,
    variables: (w) => [
      input({ boardId: w.b.board, generalOfferId: w.b.generalOffer }),
      // For board A, B's withdrawn offer: as if there were none.
      input({ boardId: w.a.board, generalOfferId: w.b.generalOfferWithdrawn }),
    ],
    expect: NF,
    owner: 'fg',
  },

  // --- standards and assessments ----------------------------------------------------
  minimumStandard: {
    document: `query ($id: ID!) { minimumStandard(id: $id) { id status requirements { id } sectorBody { id } } }`,
    variables: (w) => [{ id: w.b.standardDraft }, { id: w.b.standard.id }],
    expect: ONE,
    owner: 'negotiator',
  },
  minimumStandards: {
    document: `{ minimumStandards { id status } }`,
    variables: () => [{}],
    expect: LIST,
    owner: 'negotiator',
  },
  assessment: {
    document: `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT} } }`,
    variables: (w) => [{ id: w.b.assessmentDraft }, { id: w.b.assessmentSubmitted }],
    expect: ONE,
    owner: 'editor',
  },
  assessments: {
    document: `query ($productId: ID, $standardId: ID, $status: AssessmentStatus) { assessments(productId: $productId, standardId: $standardId, status: $status, first: 25) { ${connection(ASSESSMENT)} } }`,
    variables: () => [{}, { status: 'DRAFT' }],
    expect: LIST,
    owner: 'editor',
  },
  createMinimumStandard: {
    document: `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { id } }`,
    variables: (w) => [
      input({
        sectorBodyId: w.b.sectorBody,
        name: 'Van A',
        version: '1',
        requirements: [{ code: 'A', title: 'A', description: 'A', mandatory: true }],
      }),
    ],
    expect: FORBIDDEN,
    owner: 'negotiator',
  },
  publishMinimumStandard: {
    document: `mutation ($id: ID!) { publishMinimumStandard(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.standardDraft }],
    expect: NF,
    owner: 'negotiator',
  },
  startAssessment: {
    document: `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`,
    variables: (w) => [
      input({ productId: w.b.product, standardId: w.b.standard.id }),
      // A's own product against B's draft standard: as if there were none.
      input({ productId: w.a.product, standardId: w.b.standardDraft }),
    ],
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'editor',
  },
  answerRequirement: {
    document: `mutation ($input: AnswerRequirementInput!) { answerRequirement(input: $input) { id } }`,
    variables: (w) => [
      input({
        assessmentId: w.b.assessmentDraft,
        requirementId: w.b.standard.requirement,
        answer: 'DOES_NOT_MEET',
      }),
    ],
    expect: NF,
    owner: 'editor',
  },
  submitAssessment: {
    document: `mutation ($id: ID!) { submitAssessment(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.assessmentDraft }],
    expect: NF,
    owner: 'editor',
  },
  reviewAnswer: {
    document: `mutation ($input: ReviewAnswerInput!) { reviewAnswer(input: $input) { id } }`,
    variables: (w) =>
      [w.b.assessmentDraft, w.b.assessmentSubmitted].map((assessmentId) =>
        input({ assessmentId, requirementId: w.b.standard.requirement, verdict: 'DISPUTED' }),
      ),
    expect: NF,
    owner: 'reviewer',
  },

  // A board's own maturity: nobody outside the board, the platform admin included.
  boardAssessments: {
    document: `query ($boardId: ID!, $standardId: ID) { boardAssessments(boardId: $boardId, standardId: $standardId) { ${BOARD_ASSESSMENT} } }`,
    variables: (w) => [
      { boardId: w.b.board },
      { boardId: w.b.board, standardId: w.b.boardStandard.id },
    ],
    // Acting for an organisation one does not belong to (RUNTIME.md).
    expect: FORBIDDEN,
    owner: 'fg',
  },
  boardAssessment: {
    document: `query ($id: ID!) { boardAssessment(id: $id) { ${BOARD_ASSESSMENT} } }`,
    variables: (w) => [{ id: w.b.boardAssessmentSubmitted }, { id: w.b.boardAssessmentDraft }],
    expect: ONE,
    owner: 'boardAdmin',
  },
  startBoardAssessment: {
    document: `mutation ($input: StartBoardAssessmentInput!) { startBoardAssessment(input: $input) { ${BOARD_ASSESSMENT} } }`,
    variables: (w) => [input({ boardId: w.b.board, standardId: w.b.boardStandard.id })],
    expect: FORBIDDEN,
    owner: 'fg',
  },
  answerMaturity: {
    document: `mutation ($input: AnswerMaturityInput!) { answerMaturity(input: $input) { id } }`,
    variables: (w) =>
      [w.b.boardAssessmentDraft, w.b.boardAssessmentSubmitted].map((assessmentId) =>
        input({ assessmentId, requirementId: w.b.boardStandard.requirement, level: 5 }),
      ),
    expect: NF,
    owner: 'fg',
  },
  submitBoardAssessment: {
    document: `mutation ($id: ID!) { submitBoardAssessment(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.boardAssessmentDraft }, { id: w.b.boardAssessmentSubmitted }],
    expect: NF,
    owner: 'fg',
  },

  // --- collective procurement -------------------------------------------------------
  tender: {
    document: `query ($id: ID!) { tender(id: $id) { ${TENDER} } }`,
    variables: (w) =>
      [w.b.tenderDraft, w.b.tenderOpen, w.b.tenderEvaluation, w.b.tenderCancelled].map((id) => ({
        id,
      })),
    expect: ONE,
    owner: 'negotiator',
    reveals: namesBoardB,
  },
  tenders: {
    document: `query ($status: TenderStatus) { tenders(status: $status, first: 25) { ${connection(TENDER)} } }`,
    variables: () => [undefined, 'DRAFT'].map((status) => ({ status })),
    expect: LIST,
    owner: 'negotiator',
    reveals: namesBoardB,
  },
  frameworkDeal: {
    document: `query ($id: ID!) { frameworkDeal(id: $id) { ${DEAL} } }`,
    variables: (w) => [{ id: w.b.dealDraft }, { id: w.b.dealPublished }],
    expect: ONE,
    owner: 'negotiator',
  },
  frameworkDeals: {
    document: `query ($status: DealStatus, $vendorId: ID) { frameworkDeals(status: $status, vendorId: $vendorId, first: 25) { ${connection(DEAL)} } }`,
    variables: () => [{}, { status: 'DRAFT' }],
    expect: LIST,
    owner: 'negotiator',
  },
  createTender: {
    document: `mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }`,
    variables: (w) => [
      input({
        sectorBodyId: w.b.sectorBody,
        title: 'Van A',
        description: 'Van A',
        category: 'OTHER',
        interestDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        offerDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        criteria: [{ name: 'prijs', weight: 100 }],
      }),
    ],
    expect: FORBIDDEN,
    owner: 'negotiator',
  },
  updateTender: {
    document: `mutation ($id: ID!, $input: UpdateTenderInput!) { updateTender(id: $id, input: $input) { id title } }`,
    variables: (w) =>
      [w.b.tenderDraft, w.b.tenderOpen].map((id) => ({ id, input: { title: 'Door A' } })),
    expect: NF,
    owner: 'negotiator',
  },
  // Before the tender's other steps: the owners' check runs the cases last to first.
  cancelTender: {
    document: `mutation ($id: ID!, $reason: String!) { cancelTender(id: $id, reason: $reason) { id status } }`,
    variables: (w) =>
      [w.b.tenderDraft, w.b.tenderOpen, w.b.tenderEvaluation].map((id) => ({
        id,
        reason: 'Door A.',
      })),
    expect: NF,
    owner: 'negotiator',
  },
  openTenderForInterest: {
    document: `mutation ($id: ID!) { openTenderForInterest(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.tenderDraft }],
    expect: NF,
    owner: 'negotiator',
  },
  openTenderForOffers: {
    document: `mutation ($id: ID!) { openTenderForOffers(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.tenderDraft }, { id: w.b.tenderOpen }],
    expect: NF,
    owner: 'negotiator',
  },
  closeTenderOffers: {
    document: `mutation ($id: ID!) { closeTenderOffers(id: $id) { id status offers { id } } }`,
    variables: (w) => [{ id: w.b.tenderDraft }, { id: w.b.tenderOpen }],
    expect: NF,
    owner: 'negotiator',
  },
  scoreOffer: {
    document: `mutation ($input: ScoreOfferInput!) { scoreOffer(input: $input) { id totalScore } }`,
    variables: (w) =>
      [w.b.offerEvaluation, w.b.offerSealed].map((offerId) =>
        input({ offerId, scores: [{ criterion: 'prijs', score: 1 }] }),
      ),
    expect: NF,
    owner: 'negotiator',
  },
  awardTender: {
    document: `mutation ($input: AwardTenderInput!) { awardTender(input: $input) { id status deals { id } } }`,
    variables: (w) => [
      input({
        tenderId: w.b.tenderEvaluation,
        offerIds: [w.b.offerEvaluation],
        validFrom: today(),
        validUntil: addDays(today(), 365),
      }),
    ],
    expect: NF,
    owner: 'negotiator',
  },
  createFrameworkDeal: {
    document: `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`,
    variables: (w) => [
      input({
        sectorBodyId: w.b.sectorBody,
        vendorId: w.b.vendor,
        productIds: [w.b.product],
        title: 'Van A',
        terms: 'Van A',
        priceTiers: TIERS,
        validFrom: today(),
        validUntil: addDays(today(), 365),
      }),
    ],
    expect: FORBIDDEN,
    owner: 'negotiator',
  },
  addDealDeviation: {
    document: `mutation ($input: AddDealDeviationInput!) { addDealDeviation(input: $input) { id } }`,
    variables: (w) =>
      [w.b.dealDraft, w.b.dealPublished].map((dealId) =>
        input({ dealId, clause: '2.2', text: 'Van A.' }),
      ),
    expect: NF,
    owner: 'negotiator',
  },
  publishFrameworkDeal: {
    document: `mutation ($id: ID!) { publishFrameworkDeal(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.dealDraft }],
    expect: NF,
    owner: 'negotiator',
  },
  registerInterest: {
    document: `mutation ($input: RegisterInterestInput!) { registerInterest(input: $input) { id interests { board { id } } } }`,
    variables: (w) => [
      input({ boardId: w.b.board, tenderId: w.b.tenderOpen, studentCount: 1, schoolCount: 1 }),
      // For board A, B's draft tender: as if there were none.
      input({ boardId: w.a.board, tenderId: w.b.tenderDraft, studentCount: 1, schoolCount: 1 }),
    ],
    expect: NF,
    owner: 'procurement',
  },
  submitOffer: {
    document: `mutation ($input: SubmitOfferInput!) { submitOffer(input: $input) { id } }`,
    variables: (w) => [
      input({ tenderId: w.b.tenderOpen, productId: w.b.product, priceTiers: TIERS, terms: 'A' }),
      // For vendor A, on B's draft tender: as if there were none.
      input({ tenderId: w.b.tenderDraft, productId: w.a.product, priceTiers: TIERS, terms: 'A' }),
    ],
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'editor',
  },
  withdrawOffer: {
    document: `mutation ($id: ID!) { withdrawOffer(id: $id) { id } }`,
    variables: (w) =>
      [w.b.offerSealed, w.b.offerEvaluation, w.b.offerCancelled].map((id) => ({ id })),
    expect: NF,
    owner: 'editor',
  },
  acceptFrameworkDeal: {
    document: `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.dealDraft }],
    expect: NF,
    owner: 'vendorSignatory',
  },
  joinFrameworkDeal: {
    document: `mutation ($input: JoinFrameworkDealInput!) { joinFrameworkDeal(input: $input) { id agreement { id } } }`,
    variables: (w) => [
      input({ boardId: w.b.board, dealId: w.b.dealPublished }),
      // For board A, B's draft deal: as if there were none.
      input({ boardId: w.a.board, dealId: w.b.dealDraft }),
    ],
    expect: NF,
    owner: 'boardSignatory',
  },

  // --- incidents ------------------------------------------------------------------
  incident: {
    document: `query ($id: ID!) { incident(id: $id) { ${INCIDENT} } }`,
    variables: (w) => [{ id: w.b.incident }],
    expect: ONE,
    owner: 'fg',
    // Sector bodies see the incident's counts, never which boards, nor a board's record.
    reveals: namesBoardBOrItsRecord,
  },
  incidents: {
    document: `{ incidents(first: 25) { ${connection(INCIDENT)} } }`,
    variables: () => [{}],
    expect: LIST,
    owner: 'fg',
    reveals: namesBoardBOrItsRecord,
  },
  reportIncident: {
    document: `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`,
    variables: (w) => {
      const report = (vendorId: string) =>
        input({
          vendorId,
          productIds: [w.b.product],
          title: 'Van A',
          description: 'Van A',
          severity: 'LOW',
          personalDataInvolved: false,
          discoveredAt: new Date(Date.now() - 60_000).toISOString(),
        });
      // For vendor B; and for vendor A about B's product (BAD_USER_INPUT: it does not fit).
      return [report(w.b.vendor), report(w.a.vendor)];
    },
    expect: denied('FORBIDDEN', 'BAD_USER_INPUT'),
    owner: 'editor',
  },
  addIncidentUpdate: {
    document: `mutation ($input: AddIncidentUpdateInput!) { addIncidentUpdate(input: $input) { id } }`,
    variables: (w) => [input({ incidentId: w.b.incident, body: 'Van A.' })],
    expect: NF,
    owner: 'editor',
  },
  resolveIncident: {
    document: `mutation ($id: ID!) { resolveIncident(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.incident }],
    expect: NF,
    owner: 'editor',
  },
  acknowledgeIncident: {
    document: `mutation ($input: AcknowledgeIncidentInput!) { acknowledgeIncident(input: $input) { id } }`,
    variables: (w) => [
      input({ boardId: w.b.board, incidentId: w.b.incident }),
      // For board A, which the incident does not affect.
      input({ boardId: w.a.board, incidentId: w.b.incident }),
    ],
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'fg',
  },
  recordAuthorityDecision: {
    document: `mutation ($input: RecordAuthorityDecisionInput!) { recordAuthorityDecision(input: $input) { id notices { board { id } authorityDecisionReason } } }`,
    variables: (w) =>
      [w.b.board, w.a.board].map((boardId) =>
        input({
          incidentId: w.b.incident,
          boardId,
          decision: 'NOT_REPORTED',
          reason: 'Van A',
        }),
      ),
    expect: NF,
    owner: 'fg',
  },

  // --- security advisories (the sector CERT) -----------------------------------------
  advisory: {
    document: `query ($id: ID!) { advisory(id: $id) { ${ADVISORY} } }`,
    variables: (w) => [{ id: w.b.advisoryAmber }, { id: w.b.advisoryStrict }],
    expect: ONE,
    owner: 'cert',
    // Only the publisher's CERT and the board itself learn which boards it concerns.
    reveals: namesBoardB,
  },
  sectorOverview: {
    // Aggregates of a published standard to boards, sector bodies, inspectors and the
    // platform admin (FORBIDDEN to the others); a draft standard is null for everyone, and a
    // sector of fewer than 10 boards is refused. Nothing in it names a board.
    document: `query ($standardId: ID!, $sector: Sector) { sectorOverview(standardId: $standardId, sector: $sector) {
      standard { id status } products { product { id } assessment { id } boardsInForce }
      agreementsInForce agreementsOnCompliantProducts boardsAssessed boardsAtMinimum
      requirements { requirement { id } levelCounts } } }`,
    variables: (w) => [
      { standardId: w.b.standardDraft },
      { standardId: w.b.standard.id },
      { standardId: w.b.standard.id, sector: 'PO' },
    ],
    expect: LIST.or('FORBIDDEN', 'BAD_USER_INPUT'),
    reveals: (answer, w) =>
      answer.includes(w.b.board) || answer.includes(w.b.agreementActive.id)
        ? 'names board B or its agreement'
        : undefined,
  },
  advisories: {
    document: `{ advisories(first: 25) { ${connection(ADVISORY)} } }`,
    variables: () => [{}],
    expect: LIST,
    owner: 'cert',
    reveals: namesBoardB,
  },
  publishAdvisory: {
    document: `mutation ($input: PublishAdvisoryInput!) { publishAdvisory(input: $input) { id } }`,
    variables: (w) => [
      input({
        publisherId: w.b.sectorBody,
        title: 'Van A',
        summary: 'Van A',
        severity: 'LOW',
        tlp: 'CLEAR',
        productIds: [w.b.product],
      }),
    ],
    expect: FORBIDDEN,
    owner: 'cert',
  },
  importCsafAdvisory: {
    document: `mutation ($input: ImportCsafAdvisoryInput!) { importCsafAdvisory(input: $input) { id } }`,
    variables: (w) => [
      input({ publisherId: w.b.sectorBody, document: CSAF_EXAMPLE, productIds: [w.b.product] }),
    ],
    expect: FORBIDDEN,
    owner: 'cert',
  },
  respondToAdvisory: {
    document: `mutation ($input: RespondToAdvisoryInput!) { respondToAdvisory(input: $input) { id } }`,
    variables: (w) => [
      input({ advisoryId: w.b.advisoryAmber, boardId: w.b.board, response: 'NOT_AFFECTED' }),
      // For board A, which may not read B's advisory: as if there were none.
      input({ advisoryId: w.b.advisoryAmber, boardId: w.a.board, response: 'NOT_AFFECTED' }),
      input({ advisoryId: w.b.advisoryStrict, boardId: w.a.board, response: 'NOT_AFFECTED' }),
    ],
    expect: denied('FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'),
    owner: 'fg',
  },

  // --- changes of subprocessors (GDPR art. 28(2)) ----------------------------------
  subprocessorChanges: {
    document: `query ($productId: ID) { subprocessorChanges(productId: $productId, first: 25) { ${connection(SUBPROCESSOR_CHANGE)} } }`,
    variables: (w) => [{}, { productId: w.b.subprocessorProduct }],
    expect: LIST,
    owner: 'editor',
    // Only the vendor learns which boards were told or objected.
    reveals: namesBoardB,
  },
  announceSubprocessorChange: {
    document: `mutation ($input: AnnounceSubprocessorChangeInput!) { announceSubprocessorChange(input: $input) { id } }`,
    variables: (w) => [
      input({ leafletId: w.b.subprocessorDraft, effectiveOn: addDays(today(), 31) }),
      // B's other draft, of the product whose leaflet every board reads.
      input({ leafletId: w.b.leafletDraft, effectiveOn: addDays(today(), 31) }),
    ],
    expect: NF,
    owner: 'editor',
  },
  // Before objectToSubprocessorChange: the owners' run withdraws the change last.
  withdrawSubprocessorChange: {
    document: `mutation ($id: ID!) { withdrawSubprocessorChange(id: $id) { id status } }`,
    variables: (w) => [{ id: w.b.subprocessorChange }],
    expect: NF,
    owner: 'editor',
  },
  objectToSubprocessorChange: {
    document: `mutation ($input: ObjectToSubprocessorChangeInput!) { objectToSubprocessorChange(input: $input) { id } }`,
    variables: (w) => [
      input({ changeId: w.b.subprocessorChange, boardId: w.b.board, reason: 'Van A' }),
      // For board A, which was not told of B's change: as if there were none.
      input({ changeId: w.b.subprocessorChange, boardId: w.a.board, reason: 'Van A' }),
    ],
    expect: NF,
    owner: 'fg',
  },

  // --- reviews boards share ----------------------------------------------------------
  productReviews: {
    document: `query ($productId: ID, $boardId: ID) { productReviews(productId: $productId, boardId: $boardId, first: 25) { ${connection(PRODUCT_REVIEW)} } }`,
    variables: (w) => [{}, { productId: w.b.product }, { boardId: w.b.board }],
    expect: LIST,
    owner: 'fg',
    reveals: namesAnonymousBoard,
  },
  productReview: {
    document: `query ($id: ID!) { productReview(id: $id) { ${PRODUCT_REVIEW} } }`,
    variables: (w) => [{ id: w.b.reviewAnonymous }, { id: w.b.reviewWithdrawn }],
    expect: ONE,
    owner: 'fg',
    reveals: namesAnonymousBoard,
  },
  publishProductReview: {
    document: `mutation ($input: PublishProductReviewInput!) { publishProductReview(input: $input) { id board { id } } }`,
    variables: (w) => [
      input({
        boardId: w.b.board,
        productId: w.b.product,
        riskLevel: 'LOW',
        summary: 'Van A',
        findings: [{ topic: 'SECURITY', verdict: 'MEETS_MODEL', note: 'Van A' }],
      }),
      // For board A, on B's draft leaflet, which A may not read: as if there were none.
      input({
        boardId: w.a.board,
        productId: w.b.product,
        leafletId: w.b.leafletDraft,
        riskLevel: 'LOW',
        summary: 'Van A',
        findings: [{ topic: 'SECURITY', verdict: 'MEETS_MODEL', note: 'Van A' }],
      }),
    ],
    expect: NF,
    owner: 'fg',
  },
  // Before respondToProductReview: the owners' run withdraws the review last.
  withdrawProductReview: {
    document: `mutation ($id: ID!) { withdrawProductReview(id: $id) { id withdrawnAt } }`,
    variables: (w) => [{ id: w.b.reviewAnonymous }, { id: w.b.reviewWithdrawn }],
    expect: NF,
    owner: 'fg',
  },
  respondToProductReview: {
    document: `mutation ($input: RespondToProductReviewInput!) { respondToProductReview(input: $input) { id vendorResponse } }`,
    variables: (w) => [
      input({ reviewId: w.b.reviewAnonymous, response: 'Van A' }),
      input({ reviewId: w.b.reviewWithdrawn, response: 'Van A' }),
    ],
    expect: NF,
    owner: 'editor',
  },

  // --- audit and notifications ------------------------------------------------------
  auditEvents: {
    document: `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 25) { totalCount edges { node { id entityId entityType organisation { id } actor { id } } } } }`,
    variables: (w) => [
      {},
      { filter: { organisationId: w.b.board } },
      { filter: { organisationId: w.b.vendor } },
      { filter: { entityId: w.b.offerSealed } },
    ],
    expect: LIST.or('FORBIDDEN'),
    owner: 'boardAdmin',
  },
  verifyAuditChain: {
    document: `{ verifyAuditChain { valid eventsChecked firstBrokenEventId } }`,
    variables: () => [{}],
    expect: FORBIDDEN,
    platformAdmin: LIST,
  },
  auditCheckpoint: {
    document: `{ auditCheckpoint { eventCount headHash at signature } }`,
    variables: () => [{}],
    expect: FORBIDDEN,
    platformAdmin: LIST,
  },
  notifications: {
    document: `{ notifications(first: 25) { ${connection('id kind title body link')} } }`,
    variables: () => [{}],
    // For the signed-in person only: an API token has none (FORBIDDEN).
    expect: LIST.or('FORBIDDEN'),
    owner: 'fg',
  },
  markNotificationRead: {
    document: `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`,
    variables: (w) => [{ id: w.b.notifications[0] }],
    expect: NF,
    owner: 'fg',
  },
};

// --- REST routes -------------------------------------------------------------------

export interface RouteRequest {
  readonly path: string;
  /** A multipart form: the request is a POST of it. */
  readonly form?: () => FormData;
  /**
   * Run only for viewers from whom this value is hidden (w.secrets): whoever may read
   * the object may fetch it.
   */
  readonly hides?: string;
}

export interface RouteCase {
  readonly requests: (w: World) => RouteRequest[];
  /** The HTTP statuses allowed to a viewer; errors answer `{ status, statusMessage }`. */
  readonly expect: readonly number[];
  /** Without any token. */
  readonly anonymous: readonly number[];
  readonly platformAdmin?: readonly number[] | 'allowed';
  readonly allowed?: (v: MatrixViewer) => boolean;
  /** The token of someone of B whom one of the requests serves (2xx): it aims at something. */
  readonly owner?: (w: World) => string;
}

const pdfForm = (organisationId: string) => () => {
  const form = new FormData();
  form.append('organisationId', organisationId);
  form.append(
    'file',
    new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }),
    'a.pdf',
  );
  return form;
};

const eduv = (path: string) => (w: World) => [
  {
    path: `${path}?supplierOin=${w.b.vendorOin}&boardId=${w.b.boardNumber}&ecosystem=Edu-V`,
  },
];

export const ROUTES: Record<string, RouteCase> = {
  'POST /api/files': {
    // A file for a B organisation: 403, and nothing stored.
    requests: (w) =>
      bOrgs(w).map((organisationId) => ({ path: '/api/files', form: pdfForm(organisationId) })),
    expect: [403],
    anonymous: [401],
    owner: (w) => w.b.people.editor,
  },
  'GET /api/files/:id': {
    requests: (w) =>
      [
        w.b.restrictedDocument,
        w.b.agreementDocument,
        w.b.frameworkAgreementDocument,
        w.b.boardUpload,
        w.b.vendorUpload,
      ].map((id) => ({ path: `/api/files/${id}`, hides: id })),
    expect: [404],
    anonymous: [401],
    owner: (w) => w.b.people.editor,
  },
  'GET /api/boards/:boardId/register.csv': {
    requests: (w) => [{ path: `/api/boards/${w.b.board}/register.csv` }],
    expect: [404],
    anonymous: [401],
    platformAdmin: 'allowed',
    owner: (w) => w.b.people.fg,
  },
  'GET /api/boards/:boardId/register.xlsx': {
    requests: (w) => [{ path: `/api/boards/${w.b.board}/register.xlsx` }],
    expect: [404],
    anonymous: [401],
    platformAdmin: 'allowed',
    owner: (w) => w.b.people.fg,
  },
  'GET /api/boards/:boardId/breach-log.csv': {
    // To the board's members only; the platform admin is none.
    requests: (w) => [{ path: `/api/boards/${w.b.board}/breach-log.csv` }],
    expect: [404],
    anonymous: [401],
    owner: (w) => w.b.people.fg,
  },
  'GET /api/boards/:boardId/breach-log.xlsx': {
    requests: (w) => [{ path: `/api/boards/${w.b.board}/breach-log.xlsx` }],
    expect: [404],
    anonymous: [401],
    owner: (w) => w.b.people.fg,
  },
  'GET /api/standards/:standardId/overview.csv': {
    // As sectorOverview: a draft standard is as missing (404), to its own sector body too;
    // vendors and a supervisor's VIEWER or ADMIN may not ask (403).
    requests: (w) => [{ path: `/api/standards/${w.b.standardDraft}/overview.csv` }],
    expect: [403, 404],
    anonymous: [401],
  },
  'GET /api/standards/:standardId/overview.xlsx': {
    requests: (w) => [{ path: `/api/standards/${w.b.standardDraft}/overview.xlsx?sector=PO` }],
    expect: [403, 404],
    anonymous: [401],
  },
  'GET /api/ocds/tenders/:tenderId': {
    // To the tender's sector body only; a DRAFT tender to nobody.
    requests: (w) =>
      [w.b.tenderDraft, w.b.tenderOpen, w.b.tenderEvaluation].map((id) => ({
        path: `/api/ocds/tenders/${id}`,
      })),
    expect: [404],
    anonymous: [401],
    owner: (w) => w.b.people.negotiator,
  },
  'GET /eduv/agreements/self': {
    // Only a supplier for its own OIN; a person's token is refused too.
    requests: eduv('/eduv/agreements/self'),
    expect: [403],
    anonymous: [401],
    owner: (w) => w.b.apiTokens.vendor,
  },
  'GET /eduv/agreements': {
    // Only the board itself (or a party it authorised).
    requests: eduv('/eduv/agreements'),
    expect: [403],
    anonymous: [401],
    owner: (w) => w.b.apiTokens.board,
  },
  'GET /auth/oidc/status': {
    // Public: whether single sign-on is on. Nothing of anyone's in it.
    requests: () => [{ path: '/auth/oidc/status' }],
    expect: [200],
    anonymous: [200],
  },
  'GET /auth/oidc/login': {
    // Single sign-on is off in this app: as if the route did not exist.
    requests: () => [{ path: '/auth/oidc/login?returnTo=/agreements' }],
    expect: [404],
    anonymous: [404],
  },
  'GET /auth/oidc/callback': {
    requests: () => [{ path: '/auth/oidc/callback?code=x&state=y' }],
    expect: [404],
    anonymous: [404],
  },
};
