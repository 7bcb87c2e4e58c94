import type { MigrationInterface } from "typeorm";
import { PrivacyExportChunks1795937845743 } from "./1795937845743-PrivacyExportChunks";
import { CredentialsOrganizationIndex1795939011576 } from "./1795939011576-CredentialsOrganizationIndex";
import { InsightIndexes1795939180620 } from "./1795939180620-InsightIndexes";
import { SessionsLastUsedAtIndex1795940210531 } from "./1795940210531-SessionsLastUsedAtIndex";
import { UserLanguage1795947222511 } from "./1795947222511-UserLanguage";
import { IncidentClose1795928762349 } from "./1795928762349-IncidentClose";
import { PrivacyVerificationCorrections1795931250143 } from "./1795931250143-PrivacyVerificationCorrections";
import { PrivacyExportProgress1795930426216 } from "./1795930426216-PrivacyExportProgress";
import { PrivacyRequestCorrections1795929702489 } from "./1795929702489-PrivacyRequestCorrections";
import { PrivacyRequestIdentityCheck1795929143768 } from "./1795929143768-PrivacyRequestIdentityCheck";
import { PrivacyVerifications1795925339554 } from "./1795925339554-PrivacyVerifications";
import { PrivacyReminders1795925198253 } from "./1795925198253-PrivacyReminders";
import { UsageEvents1795923916330 } from "./1795923916330-UsageEvents";
import { Incidents1795923728108 } from "./1795923728108-Incidents";
import { Retention1795923500782 } from "./1795923500782-Retention";
import { UserErasure1795923347128 } from "./1795923347128-UserErasure";
import { PrivacyRequests1795923170901 } from "./1795923170901-PrivacyRequests";
import { PaymentCheckoutUrl1795922780867 } from "./1795922780867-PaymentCheckoutUrl";
import { PolicyNoticeAndConsent1795922539558 } from "./1795922539558-PolicyNoticeAndConsent";
import { CredentialLifecycle1795921968842 } from "./1795921968842-CredentialLifecycle";
import { Webhooks1795921611721 } from "./1795921611721-Webhooks";
import { ApiKeys1795921444883 } from "./1795921444883-ApiKeys";
import { CredentialSigning1795921187858 } from "./1795921187858-CredentialSigning";
import { ProfilesInvitationsPreferences1795920944523 } from "./1795920944523-ProfilesInvitationsPreferences";
import { Payments1795920797370 } from "./1795920797370-Payments";
import { Messages1795920704061 } from "./1795920704061-Messages";
import { Evidence1795920590634 } from "./1795920590634-Evidence";
import { ApplicationsAndReview1795920463737 } from "./1795920463737-ApplicationsAndReview";
import { Initial1795919025875 } from "./1795919025875-Initial";
import { AuditAppendOnly1795919100000 } from "./1795919100000-AuditAppendOnly";

/** Every migration in order. `pnpm db:migration:generate <Name>` appends new ones here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795919025875,
  AuditAppendOnly1795919100000,
  ApplicationsAndReview1795920463737,
  Evidence1795920590634,
  Messages1795920704061,
  Payments1795920797370,
  ProfilesInvitationsPreferences1795920944523,
  CredentialSigning1795921187858,
  ApiKeys1795921444883,
  Webhooks1795921611721,
  CredentialLifecycle1795921968842,
  PolicyNoticeAndConsent1795922539558,
  PaymentCheckoutUrl1795922780867,
  PrivacyRequests1795923170901,
  UserErasure1795923347128,
  Retention1795923500782,
  Incidents1795923728108,
  UsageEvents1795923916330,
  PrivacyReminders1795925198253,
  PrivacyVerifications1795925339554,
  IncidentClose1795928762349,
  PrivacyRequestIdentityCheck1795929143768,
  PrivacyRequestCorrections1795929702489,
  PrivacyExportProgress1795930426216,
  PrivacyVerificationCorrections1795931250143,
  PrivacyExportChunks1795937845743,
  CredentialsOrganizationIndex1795939011576,
  InsightIndexes1795939180620,
  SessionsLastUsedAtIndex1795940210531,
  UserLanguage1795947222511,
];
