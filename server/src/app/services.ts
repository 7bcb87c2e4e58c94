import type { DataSource } from "typeorm";
import type { Clock } from "../common/clock";
import type { FieldCrypto } from "../common/crypto/field-crypto";
import type { JobQueue } from "../common/jobs/job-queue";
import type { Logger } from "../common/logger";
import type { RateLimiter } from "../common/rate-limit/rate-limiter";
import type { AuditService } from "../modules/audit/audit.service";
import type { AuditLogService } from "../modules/audit/audit-log.service";
import type { AccountService } from "../modules/auth/account.service";
import type { AuthService } from "../modules/auth/auth.service";
import type { MfaService } from "../modules/auth/mfa.service";
import type { SessionService } from "../modules/auth/session.service";
import type { MailService } from "../modules/mail/mail.service";
import type { PolicyService } from "../modules/policies/policy.service";
import type { UserService } from "../modules/users/user.service";
import type { ApplicationService } from "../modules/applications/application.service";
import type { CatalogueService } from "../modules/catalogue/catalogue.service";
import type { CredentialService } from "../modules/credentials/credential.service";
import type { NotificationService } from "../modules/notifications/notification.service";
import type { OrganizationService } from "../modules/organizations/organization.service";
import type { ProgramService } from "../modules/programs/program.service";
import type { EvidenceService } from "../modules/evidence/evidence.service";
import type { MessageService } from "../modules/messages/message.service";
import type { PaymentService } from "../modules/payments/payment.service";
import type { InvitationService } from "../modules/organizations/invitation.service";
import type { PreferenceService } from "../modules/preferences/preference.service";
import type { ProfessionalProfileService } from "../modules/profiles/professional-profile.service";
import type { VerificationService } from "../modules/credentials/verification.service";
import type { ApiKeyService } from "../modules/integrations/api-key.service";
import type { WebhookService } from "../modules/integrations/webhook.service";
import type { CredentialLifecycleService } from "../modules/credentials/lifecycle.service";
import type { PolicyAnnouncementService } from "../modules/policies/policy-announcement.service";
import type { PrivacyRequestService } from "../modules/privacy/privacy-request.service";
import type { RetentionService } from "../modules/retention/retention.service";
import type { IncidentService } from "../modules/incidents/incident.service";
import type { AnalyticsService } from "../modules/analytics/analytics.service";
import type { InsightsService } from "../modules/insights/insights.service";
import type { ReviewService } from "../modules/reviews/review.service";
import type { SettingsService } from "../modules/settings/settings.service";
import type { AppConfig } from "./config";

/** The application's singletons, built once in `createServices` and shared by every request. */
export interface Services {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  ds: DataSource;
  crypto: FieldCrypto;
  jobs: JobQueue;
  rateLimiter: RateLimiter;
  audit: AuditService;
  auditLog: AuditLogService;
  mail: MailService;
  users: UserService;
  policies: PolicyService;
  sessions: SessionService;
  auth: AuthService;
  accounts: AccountService;
  mfa: MfaService;
  settings: SettingsService;
  catalogue: CatalogueService;
  organizations: OrganizationService;
  programs: ProgramService;
  notifications: NotificationService;
  credentials: CredentialService;
  applications: ApplicationService;
  reviews: ReviewService;
  evidence: EvidenceService;
  messages: MessageService;
  payments: PaymentService;
  profiles: ProfessionalProfileService;
  invitations: InvitationService;
  preferences: PreferenceService;
  verification: VerificationService;
  apiKeys: ApiKeyService;
  webhooks: WebhookService;
  lifecycle: CredentialLifecycleService;
  policyAnnouncements: PolicyAnnouncementService;
  privacyRequests: PrivacyRequestService;
  retention: RetentionService;
  incidents: IncidentService;
  analytics: AnalyticsService;
  insights: InsightsService;
  /** Base URL for links in e-mails. */
  publicUrl(): string;
}

/** Who is calling and from where; passed to services for audit and device records. */
export interface RequestMeta {
  requestId: string;
  ip: string;
  userAgent: string | null;
}
