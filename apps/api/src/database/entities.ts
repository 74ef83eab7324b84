// Every entity, listed rather than globbed: a bundled or compiled build keeps them.
import { AgreementDeviationEntity } from '../agreements/agreement-deviation.entity';
import { AgreementDocumentEntity } from '../agreements/agreement-document.entity';
import { AgreementLeafletEntity } from '../agreements/agreement-leaflet.entity';
import { AgreementMessageEntity } from '../agreements/agreement-message.entity';
import { AgreementProductEntity } from '../agreements/agreement-product.entity';
import { AgreementReviewNoteEntity } from '../agreements/agreement-review-note.entity';
import { AgreementSignatureEntity } from '../agreements/agreement-signature.entity';
import { AgreementEntity } from '../agreements/agreement.entity';
import { GeneralOfferProductEntity } from '../agreements/general-offer-product.entity';
import { GeneralOfferEntity } from '../agreements/general-offer.entity';
import { AuditEventEntity, AuditSealLiftedEntity } from '../audit/audit-event.entity';
import { AttestationAccessRequestEntity } from '../attestations/attestation-access-request.entity';
import { AttestationProductEntity } from '../attestations/attestation-product.entity';
import { AttestationEntity } from '../attestations/attestation.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { ApiTokenEntity } from '../identity/api-token.entity';
import { InvitationEntity } from '../identity/invitation.entity';
import { MembershipEntity } from '../identity/membership.entity';
import { UserEntity } from '../identity/user.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OutboxEmailEntity } from '../notifications/outbox-email.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { ProductEntity } from '../products/product.entity';
import { AdvisoryNoticeEntity } from '../advisories/advisory-notice.entity';
import { AdvisoryProductEntity } from '../advisories/advisory-product.entity';
import { SecurityAdvisoryEntity } from '../advisories/advisory.entity';
import { IncidentAuthorityRecordEntity } from '../incidents/incident-authority-record.entity';
import { IncidentEntity } from '../incidents/incident.entity';
import { IncidentNoticeEntity } from '../incidents/incident-notice.entity';
import { IncidentProductEntity } from '../incidents/incident-product.entity';
import { IncidentUpdateEntity } from '../incidents/incident-update.entity';
import { ReminderSentEntity } from '../reminders/reminder-sent.entity';
import { SubprocessorChangeNoticeEntity } from '../subprocessor-changes/subprocessor-change-notice.entity';
import { SubprocessorChangeEntity } from '../subprocessor-changes/subprocessor-change.entity';
import { SubprocessorObjectionEntity } from '../subprocessor-changes/subprocessor-objection.entity';
import { AssessmentEntity } from '../procurement/assessment.entity';
import { BoardAssessmentEntity } from '../procurement/board-assessment.entity';
import { FrameworkDealEntity } from '../procurement/framework-deal.entity';
import { MinimumStandardEntity } from '../procurement/minimum-standard.entity';
import { OfferEntity } from '../procurement/offer.entity';
import { ParticipationEntity } from '../procurement/participation.entity';
import { TenderInterestEntity } from '../procurement/tender-interest.entity';
import { TenderEntity } from '../procurement/tender.entity';
import { ProductReviewEntity } from '../product-reviews/product-review.entity';

export const ENTITIES = [
  OrganisationEntity,
  ProductEntity,
  PrivacyLeafletEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  ApiTokenEntity,
  AuditEventEntity,
  AuditSealLiftedEntity,
  NotificationEntity,
  OutboxEmailEntity,
  StoredFileEntity,
  AttestationEntity,
  AttestationProductEntity,
  AttestationAccessRequestEntity,
  GeneralOfferEntity,
  GeneralOfferProductEntity,
  AgreementEntity,
  AgreementProductEntity,
  AgreementLeafletEntity,
  AgreementDeviationEntity,
  AgreementSignatureEntity,
  AgreementReviewNoteEntity,
  AgreementMessageEntity,
  AgreementDocumentEntity,
  IncidentEntity,
  IncidentProductEntity,
  IncidentNoticeEntity,
  IncidentUpdateEntity,
  IncidentAuthorityRecordEntity,
  ReminderSentEntity,
  MinimumStandardEntity,
  AssessmentEntity,
  BoardAssessmentEntity,
  TenderEntity,
  TenderInterestEntity,
  OfferEntity,
  FrameworkDealEntity,
  ParticipationEntity,
  SecurityAdvisoryEntity,
  AdvisoryProductEntity,
  AdvisoryNoticeEntity,
  SubprocessorChangeEntity,
  SubprocessorChangeNoticeEntity,
  SubprocessorObjectionEntity,
  ProductReviewEntity,
];
