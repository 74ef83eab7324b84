// DOMAIN.md's operation × role table, in one place, for every operation of the contract.
// The API's guard and services enforce it (apps/api/src/auth/permissions.ts); the admin reads
// the same table to offer only the actions a person's roles allow.
import { OrganisationKind as K, Role as R } from './enums';

export interface Grant {
  readonly kind: K;
  readonly roles: readonly R[];
}

export type Rule =
  /** Anyone, signed in or not (login; `me` answers null to a stranger). */
  | { readonly access: 'public' }
  /** Any signed-in person or API token; what each may see is the service's filter. */
  | { readonly access: 'signedIn' }
  /** A signed-in person acting for themselves; never an API token. */
  | { readonly access: 'self' }
  /** Any member of the organisation acted for (and the platform admin, if so). */
  | { readonly access: 'member'; readonly platformAdmin: boolean }
  /** Members holding one of the roles, in an organisation of that kind. */
  | {
      readonly access: 'roles';
      readonly grants: readonly Grant[];
      readonly platformAdmin: boolean;
    };

const PUBLIC: Rule = { access: 'public' };
const SIGNED_IN: Rule = { access: 'signedIn' };
const SELF: Rule = { access: 'self' };
const roles = (grants: Grant[], platformAdmin = false): Rule => ({
  access: 'roles',
  grants,
  platformAdmin,
});
const board = (...r: R[]): Grant => ({ kind: K.BOARD, roles: r });
const vendor = (...r: R[]): Grant => ({ kind: K.VENDOR, roles: r });
const sectorBody = (...r: R[]): Grant => ({ kind: K.SECTOR_BODY, roles: r });
const supervisor = (...r: R[]): Grant => ({ kind: K.SUPERVISOR, roles: r });
const platform: Grant = { kind: K.PLATFORM, roles: [R.PLATFORM_ADMIN] };
const anyAdmin: Grant[] = [
  board(R.ADMIN),
  vendor(R.ADMIN),
  sectorBody(R.ADMIN),
  supervisor(R.ADMIN),
];

const VENDOR_EDITOR = roles([vendor(R.VENDOR_EDITOR, R.ADMIN)]);
const NEGOTIATOR = roles([sectorBody(R.NEGOTIATOR)]);
const AGREEMENT_EDITOR = roles([board(R.PROCUREMENT, R.PRIVACY_OFFICER), vendor(R.VENDOR_EDITOR)]);
const BOARD_FG = roles([board(R.PRIVACY_OFFICER)]);
const BOARD_ASSESSOR = roles([board(R.PRIVACY_OFFICER, R.ADMIN)]);

export const PERMISSIONS = {
  // identity
  me: PUBLIC,
  login: PUBLIC,
  acceptInvitation: PUBLIC,
  updateMe: SELF,
  refreshAccessToken: SELF,
  organisation: SIGNED_IN,
  organisations: SIGNED_IN,
  createOrganisation: roles([platform]),
  updateOrganisation: roles(anyAdmin, true),
  members: { access: 'member', platformAdmin: true },
  invitations: { access: 'member', platformAdmin: true },
  inviteMember: roles(anyAdmin, true),
  revokeInvitation: roles(anyAdmin, true),
  setMemberRoles: roles(anyAdmin, true),
  removeMember: roles(anyAdmin, true),
  apiTokens: roles(anyAdmin, true),
  createApiToken: roles(anyAdmin, true),
  revokeApiToken: roles(anyAdmin, true),

  // products, leaflets, attestations
  vendors: SIGNED_IN,
  product: SIGNED_IN,
  products: SIGNED_IN,
  compareProducts: SIGNED_IN,
  createProduct: VENDOR_EDITOR,
  updateProduct: VENDOR_EDITOR,
  saveLeafletDraft: VENDOR_EDITOR,
  publishLeaflet: VENDOR_EDITOR,
  attestation: SIGNED_IN,
  attestations: SIGNED_IN,
  attestationAccessRequests: SIGNED_IN,
  createAttestation: VENDOR_EDITOR,
  updateAttestation: VENDOR_EDITOR,
  verifyAttestation: roles([sectorBody(R.REVIEWER)]),
  requestAttestationAccess: roles([board(R.PRIVACY_OFFICER), sectorBody(R.REVIEWER)]),
  decideAttestationAccess: VENDOR_EDITOR,
  revokeAttestationAccess: VENDOR_EDITOR,

  // processing agreements
  agreement: SIGNED_IN,
  agreements: SIGNED_IN,
  processorRegister: { access: 'member', platformAdmin: true },
  generalOffers: SIGNED_IN,
  createAgreement: AGREEMENT_EDITOR,
  updateAgreement: AGREEMENT_EDITOR,
  addDeviation: AGREEMENT_EDITOR,
  attachAgreementDocument: AGREEMENT_EDITOR,
  submitAgreementForReview: AGREEMENT_EDITOR,
  assessDeviation: BOARD_FG,
  requestAgreementChanges: BOARD_FG,
  approveAgreement: BOARD_FG,
  addReviewNote: roles([board(R.PRIVACY_OFFICER, R.PROCUREMENT)]),
  signAgreement: roles([board(R.SIGNATORY), vendor(R.SIGNATORY)]),
  terminateAgreement: roles([board(R.SIGNATORY), vendor(R.SIGNATORY)]),
  publishGeneralOffer: roles([vendor(R.SIGNATORY)]),
  withdrawGeneralOffer: roles([vendor(R.SIGNATORY)]),
  acceptGeneralOffer: roles([board(R.PRIVACY_OFFICER, R.PROCUREMENT)]),
  updateDeviation: AGREEMENT_EDITOR,
  withdrawDeviation: AGREEMENT_EDITOR,
  postAgreementMessage: roles([
    board(R.PROCUREMENT, R.PRIVACY_OFFICER, R.SIGNATORY),
    vendor(R.VENDOR_EDITOR, R.SIGNATORY),
  ]),
  confirmAgreementExit: roles([vendor(R.SIGNATORY, R.ADMIN)]),
  chooseAgreementExit: roles([board(R.SIGNATORY, R.PRIVACY_OFFICER)]),

  // standards and assessments
  minimumStandards: SIGNED_IN,
  minimumStandard: SIGNED_IN,
  assessment: SIGNED_IN,
  assessments: SIGNED_IN,
  createMinimumStandard: roles([sectorBody(R.NEGOTIATOR, R.REVIEWER)]),
  publishMinimumStandard: roles([sectorBody(R.NEGOTIATOR, R.REVIEWER)]),
  startAssessment: VENDOR_EDITOR,
  answerRequirement: VENDOR_EDITOR,
  submitAssessment: VENDOR_EDITOR,
  reviewAnswer: roles([sectorBody(R.REVIEWER)]),
  boardAssessments: { access: 'member', platformAdmin: false },
  boardAssessment: SIGNED_IN,
  startBoardAssessment: BOARD_ASSESSOR,
  answerMaturity: BOARD_ASSESSOR,
  submitBoardAssessment: BOARD_ASSESSOR,

  // learning from each other and sector oversight
  productReviews: SIGNED_IN,
  productReview: SIGNED_IN,
  publishProductReview: BOARD_FG,
  withdrawProductReview: BOARD_FG,
  respondToProductReview: VENDOR_EDITOR,
  sectorOverview: roles(
    [
      board(R.ADMIN, R.PROCUREMENT, R.PRIVACY_OFFICER, R.SIGNATORY, R.SECURITY_CONTACT, R.VIEWER),
      sectorBody(R.ADMIN, R.NEGOTIATOR, R.REVIEWER, R.CERT, R.VIEWER),
      supervisor(R.INSPECTOR),
    ],
    true,
  ),

  // security advisories and subprocessor changes
  advisories: SIGNED_IN,
  advisory: SIGNED_IN,
  publishAdvisory: roles([sectorBody(R.CERT)]),
  importCsafAdvisory: roles([sectorBody(R.CERT)]),
  respondToAdvisory: roles([board(R.SECURITY_CONTACT, R.PRIVACY_OFFICER, R.ADMIN)]),
  subprocessorChanges: SIGNED_IN,
  announceSubprocessorChange: VENDOR_EDITOR,
  withdrawSubprocessorChange: VENDOR_EDITOR,
  objectToSubprocessorChange: BOARD_FG,

  // collective procurement
  tenders: SIGNED_IN,
  tender: SIGNED_IN,
  frameworkDeals: SIGNED_IN,
  frameworkDeal: SIGNED_IN,
  createTender: NEGOTIATOR,
  updateTender: NEGOTIATOR,
  openTenderForInterest: NEGOTIATOR,
  openTenderForOffers: NEGOTIATOR,
  closeTenderOffers: NEGOTIATOR,
  scoreOffer: NEGOTIATOR,
  awardTender: NEGOTIATOR,
  cancelTender: NEGOTIATOR,
  createFrameworkDeal: NEGOTIATOR,
  addDealDeviation: NEGOTIATOR,
  publishFrameworkDeal: NEGOTIATOR,
  registerInterest: roles([board(R.PROCUREMENT)]),
  submitOffer: VENDOR_EDITOR,
  withdrawOffer: VENDOR_EDITOR,
  acceptFrameworkDeal: roles([vendor(R.SIGNATORY)]),
  joinFrameworkDeal: roles([board(R.SIGNATORY)]),

  // incidents
  incidents: SIGNED_IN,
  incident: SIGNED_IN,
  reportIncident: VENDOR_EDITOR,
  addIncidentUpdate: VENDOR_EDITOR,
  resolveIncident: VENDOR_EDITOR,
  acknowledgeIncident: BOARD_FG,
  recordAuthorityDecision: BOARD_FG,

  // audit and notifications
  auditEvents: roles(
    [board(R.ADMIN, R.PRIVACY_OFFICER), vendor(R.ADMIN), sectorBody(R.ADMIN)],
    true,
  ),
  verifyAuditChain: roles([platform]),
  auditCheckpoint: roles([platform]),
  notifications: SELF,
  markNotificationRead: SELF,

  // REST endpoints (RUNTIME.md), guarded by the same table as GraphQL: each handler
  // names its operation, and the guard refuses any handler that names none.
  health: PUBLIC,
  oidcStatus: PUBLIC,
  oidcLogin: PUBLIC,
  oidcCallback: PUBLIC,
  /** POST /api/files: the roles that attach documents to what they work on. */
  uploadFile: roles([
    vendor(R.VENDOR_EDITOR, R.ADMIN, R.SIGNATORY),
    board(R.PROCUREMENT, R.PRIVACY_OFFICER),
    sectorBody(R.NEGOTIATOR),
  ]),
  /** GET /api/files/:id: whoever may read what links the file (the files' policies). */
  downloadFile: SIGNED_IN,
  /** GET /api/boards/:boardId/register.csv and .xlsx, as processorRegister. */
  processorRegisterExport: { access: 'member', platformAdmin: true },
  /** GET /api/boards/:boardId/breach-log.csv and .xlsx: the board's members (art. 33(5)). */
  breachLogExport: { access: 'member', platformAdmin: false },
  /** GET /api/ocds/tenders/:tenderId: the tender's sector body (checked per tender). */
  ocdsRelease: { access: 'member', platformAdmin: false },
  /** GET /eduv/agreements(/self): an organisation's API token (the Edu-V callers). */
  eduvAgreements: SIGNED_IN,
} satisfies Record<string, Rule>;

export type Operation = keyof typeof PERMISSIONS;
