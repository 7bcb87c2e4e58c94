import type { DataSource } from "typeorm";
import type { Clock } from "../common/clock";
import { FieldCrypto } from "../common/crypto/field-crypto";
import { JobQueue } from "../common/jobs/job-queue";
import type { Logger } from "../common/logger";
import { RateLimiter } from "../common/rate-limit/rate-limiter";
import { AuditService } from "../modules/audit/audit.service";
import { AuditLogService } from "../modules/audit/audit-log.service";
import { AccountService } from "../modules/auth/account.service";
import { AuthService } from "../modules/auth/auth.service";
import { MfaService } from "../modules/auth/mfa.service";
import { SessionService } from "../modules/auth/session.service";
import { MAIL_DELIVER_JOB, MAIL_SWEEP_JOB, MailService } from "../modules/mail/mail.service";
import { PolicyService } from "../modules/policies/policy.service";
import { UserService } from "../modules/users/user.service";
import { ApplicationService } from "../modules/applications/application.service";
import { CatalogueService } from "../modules/catalogue/catalogue.service";
import { CredentialService } from "../modules/credentials/credential.service";
import { NotificationService } from "../modules/notifications/notification.service";
import { OrganizationService } from "../modules/organizations/organization.service";
import { ProgramService } from "../modules/programs/program.service";
import { EvidenceService } from "../modules/evidence/evidence.service";
import { MessageService } from "../modules/messages/message.service";
import { StripeProcessor } from "../modules/payments/payment-processor";
import { PaymentService } from "../modules/payments/payment.service";
import { InvitationService } from "../modules/organizations/invitation.service";
import { PreferenceService } from "../modules/preferences/preference.service";
import { ProfessionalProfileService } from "../modules/profiles/professional-profile.service";
import { IssuerService } from "../modules/credentials/signing/issuer.service";
import { StatusListService } from "../modules/credentials/signing/status-list.service";
import { VerificationService } from "../modules/credentials/verification.service";
import { ApiKeyService } from "../modules/integrations/api-key.service";
import { WEBHOOK_DELIVER_JOB, WEBHOOK_SWEEP_JOB, WebhookService } from "../modules/integrations/webhook.service";
import { CREDENTIALS_EXPIRE_JOB, CREDENTIALS_REMIND_JOB, CredentialLifecycleService } from "../modules/credentials/lifecycle.service";
import { POLICY_ANNOUNCE_JOB, PolicyAnnouncementService } from "../modules/policies/policy-announcement.service";
import { ErasureService } from "../modules/privacy/erasure.service";
import { PRIVACY_EXPORT_JOB, PRIVACY_REMIND_JOB, PrivacyRequestService } from "../modules/privacy/privacy-request.service";
import { RETENTION_JOB, RetentionService } from "../modules/retention/retention.service";
import { IncidentService } from "../modules/incidents/incident.service";
import { AnalyticsService } from "../modules/analytics/analytics.service";
import { InsightsService } from "../modules/insights/insights.service";
import { ReviewService } from "../modules/reviews/review.service";
import { SettingsService } from "../modules/settings/settings.service";
import { type AppConfig, publicUrlOf } from "./config";
import type { Services } from "./services";

export interface ServiceOptions {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  ds: DataSource;
  databaseUrl: string;
  /** The owner installs and upgrades the pg-boss schema (the app runs as a least-privilege role). */
  jobSchemaByOwner?: boolean;
}

/** Wires every service once; explicit constructor injection, no container. */
export function createServices(o: ServiceOptions): Services {
  const { config, clock, logger, ds } = o;
  let listeningPort: number | undefined;
  const publicUrl = () => publicUrlOf(config, listeningPort);
  const crypto = new FieldCrypto(config.fieldKeyring, config.blindIndexKey);
  const jobs = new JobQueue(o.databaseUrl, logger, { migrate: !o.jobSchemaByOwner });
  const rateLimiter = new RateLimiter(ds, clock, crypto, config.rateLimits);
  const audit = new AuditService(clock);
  const mail = new MailService(ds, crypto, clock, jobs, logger, { smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  const users = new UserService(ds, crypto, clock, audit);
  const policies = new PolicyService(ds, clock, crypto, audit);
  const sessions = new SessionService(ds, config, clock, crypto, audit);
  const accounts = new AccountService(ds, clock, users, sessions, mail, audit, rateLimiter, publicUrl);
  const mfa = new MfaService(ds, clock, crypto, users, mail, audit, rateLimiter);
  const auth = new AuthService(ds, clock, users, sessions, policies, accounts, mfa, audit, rateLimiter);

  const settings = new SettingsService(ds, clock, audit);
  const catalogue = new CatalogueService(ds, clock, audit);
  const organizations = new OrganizationService(ds, clock, audit);
  const programs = new ProgramService(ds, clock, crypto, organizations, audit);
  const preferences = new PreferenceService(ds, clock, audit);
  const notifications = new NotificationService(ds, clock, crypto, mail, publicUrl, preferences);
  const profiles = new ProfessionalProfileService(ds, clock, crypto, audit);
  const invitations = new InvitationService(ds, clock, crypto, mail, audit, publicUrl);
  const webhooks = new WebhookService(ds, clock, crypto, jobs, audit, logger, !config.isProduction);
  const issuer = new IssuerService(ds, clock, crypto, publicUrl);
  const statusLists = new StatusListService(ds, clock, issuer, publicUrl);
  const credentials = new CredentialService(ds, clock, audit, crypto, issuer, statusLists, publicUrl, webhooks);
  const verification = new VerificationService(ds, clock, crypto, issuer);
  const apiKeys = new ApiKeyService(ds, clock, audit);
  const policyAnnouncements = new PolicyAnnouncementService(ds, crypto, mail, notifications, jobs, publicUrl);
  jobs.define<{ versionId: string }>({ name: POLICY_ANNOUNCE_JOB, handler: async ({ versionId }) => void (await policyAnnouncements.announce(versionId)) });
  const erasure = new ErasureService(clock, crypto, audit);
  const privacyRequests = new PrivacyRequestService(ds, clock, crypto, jobs, notifications, audit, erasure);
  const retention = new RetentionService(ds, clock, erasure, audit);
  const analytics = new AnalyticsService(ds, clock, crypto, policies);
  const incidents = new IncidentService(ds, clock, crypto, mail, erasure, audit);
  jobs.define({ name: RETENTION_JOB, cron: "30 3 * * *", handler: async () => void (await retention.run("SCHEDULE", false)) });
  jobs.define<{ id: string }>({ name: PRIVACY_EXPORT_JOB, handler: async ({ id }) => void (await privacyRequests.runExport(id)) });
  jobs.define({ name: PRIVACY_REMIND_JOB, cron: "0 8 * * *", handler: async () => void (await privacyRequests.remindStaff()) });
  const lifecycle = new CredentialLifecycleService(ds, clock, notifications, webhooks, audit);
  jobs.define({ name: CREDENTIALS_EXPIRE_JOB, cron: "*/10 * * * *", handler: async () => void (await lifecycle.expireDue()) });
  jobs.define({ name: CREDENTIALS_REMIND_JOB, cron: "7 * * * *", handler: async () => void (await lifecycle.sendReminders()) });
  const applications = new ApplicationService(ds, clock, crypto, organizations, programs, notifications, audit);
  const evidence = new EvidenceService(ds, clock, crypto, applications, audit);
  const messages = new MessageService(ds, clock, crypto, applications, notifications, audit);
  const processor = config.stripe ? new StripeProcessor(config.stripe.secretKey, config.stripe.webhookSecret, config.stripe.apiBase) : null;
  const payments = new PaymentService(ds, clock, crypto, applications, mail, audit, logger, processor, publicUrl);
  const reviews = new ReviewService(ds, clock, crypto, applications, credentials, notifications, settings, audit);

  jobs.define<{ id: string }>({ name: MAIL_DELIVER_JOB, handler: async ({ id }) => void (await mail.deliver(id)) });
  jobs.define<{ id: string }>({ name: WEBHOOK_DELIVER_JOB, handler: async ({ id }) => void (await webhooks.deliver(id)) });
  jobs.define({ name: WEBHOOK_SWEEP_JOB, cron: "* * * * *", handler: async () => void (await webhooks.deliverDue()) });
  jobs.define({ name: MAIL_SWEEP_JOB, cron: "* * * * *", handler: async () => void (await mail.deliverPending()) });

  const services: Services & { setListeningPort(p: number): void } = {
    config,
    clock,
    logger,
    ds,
    crypto,
    jobs,
    rateLimiter,
    audit,
    mail,
    users,
    policies,
    sessions,
    auth,
    accounts,
    mfa,
    settings,
    catalogue,
    organizations,
    programs,
    notifications,
    credentials,
    applications,
    reviews,
    evidence,
    messages,
    payments,
    profiles,
    invitations,
    preferences,
    verification,
    apiKeys,
    webhooks,
    lifecycle,
    policyAnnouncements,
    privacyRequests,
    retention,
    incidents,
    analytics,
    insights: new InsightsService(ds, clock, crypto),
    auditLog: new AuditLogService(ds),
    publicUrl,
    setListeningPort: (p: number) => {
      listeningPort = p;
    },
  };
  privacyRequests.attach(services);
  return services;
}
