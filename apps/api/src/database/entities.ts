// Every entity, listed rather than globbed: a bundled or compiled build keeps them.
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
import { AssessmentEntity } from '../procurement/assessment.entity';
import { FrameworkDealEntity } from '../procurement/framework-deal.entity';
import { MinimumStandardEntity } from '../procurement/minimum-standard.entity';
import { OfferEntity } from '../procurement/offer.entity';
import { ParticipationEntity } from '../procurement/participation.entity';
import { TenderInterestEntity } from '../procurement/tender-interest.entity';
import { TenderEntity } from '../procurement/tender.entity';

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
  MinimumStandardEntity,
  AssessmentEntity,
  TenderEntity,
  TenderInterestEntity,
  OfferEntity,
  FrameworkDealEntity,
  ParticipationEntity,
];
