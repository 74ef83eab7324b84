// Every migration, in order, imported rather than globbed (a compiled build keeps them).
// Migrations are never edited once they have landed on main: add a new one.
import { Initial1795346341563 } from './1795346341563-initial';
import { AuditTrail1795360000000 } from './1795360000000-audit-trail';
import { LoginThrottle1795361000000 } from './1795361000000-login-throttle';
import { NotificationsAndOutbox1795362000000 } from './1795362000000-notifications-and-outbox';
import { ProductsAndLeaflets1795363000000 } from './1795363000000-products-and-leaflets';
import { FilesAndAttestations1795364000000 } from './1795364000000-files-and-attestations';
import { Agreements1795370000000 } from './1795370000000-agreements';
import { Procurement1795380000000 } from './1795380000000-procurement';
import { Incidents1795390000000 } from './1795390000000-incidents';
import { ProcurementForeignKeys1795400000000 } from './1795400000000-procurement-foreign-keys';
import { OversightRoles1795410000000 } from './1795410000000-oversight-roles';
import { LoginThrottleKey1795420000000 } from './1795420000000-login-throttle-key';
import { SsoUsedStates1795430000000 } from './1795430000000-sso-used-states';
import { AuditHead1795440000000 } from './1795440000000-audit-head';
import { OfferStatus1795441000000 } from './1795441000000-offer-status';
import { ViewerChanges1795450000000 } from './1795450000000-viewer-changes';
import { SecurityAdvisories1795480000000 } from './1795480000000-security-advisories';
import { AgreementLoop1795500000000 } from './1795500000000-agreement-loop';
import { AdvisoryActionAndFirstAnswers1795590000000 } from './1795590000000-advisory-action-and-first-answers';
import { SubprocessorChanges1795570000000 } from './1795570000000-subprocessor-changes';
import { AuthorityRecordsAndSignedDocuments1795510000000 } from './1795510000000-authority-records-and-signed-documents';
import { SigningSecret1795640000000 } from './1795640000000-signing-secret';
import { ProductReviews1795650000000 } from './1795650000000-product-reviews';
import { SectorSignalsIndexes1795660000000 } from './1795660000000-sector-signals-indexes';
import { BoardAssessments1795670000000 } from './1795670000000-board-assessments';
import { BoardAssessmentDraft1795670000001 } from './1795670000001-board-assessment-draft';
import { SectorOverview1795680000000 } from './1795680000000-sector-overview';
import { AuditAppend1795690000000 } from './1795690000000-audit-append';

export const MIGRATIONS = [
  Initial1795346341563,
  AuditTrail1795360000000,
  LoginThrottle1795361000000,
  NotificationsAndOutbox1795362000000,
  ProductsAndLeaflets1795363000000,
  FilesAndAttestations1795364000000,
  Agreements1795370000000,
  Procurement1795380000000,
  Incidents1795390000000,
  ProcurementForeignKeys1795400000000,
  OversightRoles1795410000000,
  LoginThrottleKey1795420000000,
  SsoUsedStates1795430000000,
  AuditHead1795440000000,
  OfferStatus1795441000000,
  ViewerChanges1795450000000,
  SecurityAdvisories1795480000000,
  AgreementLoop1795500000000,
  AuthorityRecordsAndSignedDocuments1795510000000,
  SubprocessorChanges1795570000000,
  AdvisoryActionAndFirstAnswers1795590000000,
  SigningSecret1795640000000,
  ProductReviews1795650000000,
  SectorSignalsIndexes1795660000000,
  BoardAssessments1795670000000,
  BoardAssessmentDraft1795670000001,
  SectorOverview1795680000000,
  AuditAppend1795690000000,
];
