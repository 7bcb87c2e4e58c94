import { AuditEventEntity } from "../modules/audit/audit-event.entity";
import { RefreshTokenEntity } from "../modules/auth/refresh-token.entity";
import { SessionEntity } from "../modules/auth/session.entity";
import { UserTokenEntity } from "../modules/auth/user-token.entity";
import { OutboxMessageEntity } from "../modules/mail/outbox-message.entity";
import { ConsentRecordEntity } from "../modules/policies/consent-record.entity";
import { PolicyVersionEntity } from "../modules/policies/policy-version.entity";
import { UserEntity } from "../modules/users/user.entity";
import { RateLimitCounterEntity } from "../common/rate-limit/rate-limit-counter.entity";
import { ApplicationEntity, ApplicationEventEntity } from "../modules/applications/application.entity";
import { CertificationTypeEntity } from "../modules/catalogue/certification-type.entity";
import { RubricCriterionEntity } from "../modules/catalogue/rubric-criterion.entity";
import { CredentialEntity, CredentialReminderEntity } from "../modules/credentials/credential.entity";
import { NotificationEntity } from "../modules/notifications/notification.entity";
import { OrganizationEntity, OrganizationMemberEntity } from "../modules/organizations/organization.entity";
import { ProgramEntity } from "../modules/programs/program.entity";
import { ReviewDecisionEntity, ReviewNoteEntity, ReviewScoreEntity } from "../modules/reviews/review.entity";
import { EvidenceFileEntity } from "../modules/evidence/evidence.entity";
import { MessageEntity, SupportRequestEntity } from "../modules/messages/message.entity";
import { PaymentEntity } from "../modules/payments/payment.entity";
import { InvitationEntity } from "../modules/organizations/invitation.entity";
import { CommunicationPreferenceEntity } from "../modules/preferences/preference.entity";
import { ProfessionalProfileEntity } from "../modules/profiles/professional-profile.entity";
import { IssuerKeyEntity, StatusListEntity } from "../modules/credentials/signing/issuer-key.entity";
import { ApiKeyEntity, CredentialVerificationEntity } from "../modules/integrations/api-key.entity";
import { WebhookDeliveryEntity, WebhookEndpointEntity } from "../modules/integrations/webhook.entity";
import { PrivacyExportChunkEntity } from "../modules/privacy/privacy-export-chunk.entity";
import { PrivacyRequestEntity } from "../modules/privacy/privacy-request.entity";
import { PrivacyVerificationEntity } from "../modules/privacy/privacy-verification.entity";
import { LegalHoldEntity, RetentionRunEntity } from "../modules/retention/retention.entity";
import { ChildReportEntity, IncidentAffectedUserEntity, IncidentEntity } from "../modules/incidents/incident.entity";
import { UsageEventEntity } from "../modules/analytics/usage-event.entity";
import { SettingEntity } from "../modules/settings/setting.entity";

/** Every entity, listed explicitly (no globbing: the same list works under tsc and vitest). */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  UserTokenEntity,
  PolicyVersionEntity,
  ConsentRecordEntity,
  AuditEventEntity,
  OutboxMessageEntity,
  RateLimitCounterEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  CertificationTypeEntity,
  RubricCriterionEntity,
  ProgramEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ReviewDecisionEntity,
  ReviewScoreEntity,
  ReviewNoteEntity,
  CredentialEntity,
  NotificationEntity,
  SettingEntity,
  EvidenceFileEntity,
  MessageEntity,
  SupportRequestEntity,
  PaymentEntity,
  ProfessionalProfileEntity,
  InvitationEntity,
  CommunicationPreferenceEntity,
  IssuerKeyEntity,
  StatusListEntity,
  ApiKeyEntity,
  CredentialVerificationEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  CredentialReminderEntity,
  PrivacyRequestEntity,
  PrivacyExportChunkEntity,
  LegalHoldEntity,
  RetentionRunEntity,
  IncidentEntity,
  IncidentAffectedUserEntity,
  ChildReportEntity,
  UsageEventEntity,
  PrivacyVerificationEntity,
];
