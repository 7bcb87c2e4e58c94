/**
 * The authorization matrix (SECURITY.md test 1, GitLab style; POL-SEC-RBAC): every GraphQL root
 * operation × role → allow or deny. `authorization-matrix.test.ts` fails when the schema has an
 * operation without a row (or a row without an operation), calls every operation as every role and
 * checks the answer, and checks that denied calls leave the database unchanged. Object-level rows
 * (someone else's application, credential, export…) and the HTTP endpoints are in OBJECT_RULES and
 * HTTP_RULES, each backed by a test. `docs/AUTHORIZATION.md` is generated from this file.
 *
 * Columns: anonymous · applicant · reviewer (with MFA) · admin (with MFA) · integrator key with the
 * scope the operation needs · integrator key without it. "Allow" means the caller gets past access
 * control (the operation may still answer NOT_FOUND or a typed error for bad input).
 */
export const ROLES = ["anonymous", "applicant", "reviewer", "admin", "integrator", "integratorWithoutScope"] as const;
export type Role = (typeof ROLES)[number];
export type Access = Readonly<Record<Role, boolean>>;

const access = (pattern: string): Access => Object.fromEntries(ROLES.map((r, i) => [r, pattern[i] === "Y"])) as unknown as Access;

/** Anyone, with or without a session or key. */
const PUBLIC = access("YYYYYY");
/** Public, but an integrator key must carry CREDENTIALS_VERIFY (its checks are logged for the holder). */
const VERIFY = access("YYYYYN");
/** A signed-in person (staff need MFA); integrator keys are not people. */
const SIGNED_IN = access("-YYY--");
/** Reviewers and admins. */
const STAFF = access("--YY--");
/** Admins only. */
const ADMIN = access("---Y--");
/** Admins, or an integrator key with WEBHOOKS_MANAGE (its own endpoints only). */
const ADMIN_OR_WEBHOOKS_KEY = access("---YY-");

export const ACCESS_LEVELS = { PUBLIC, VERIFY, SIGNED_IN, STAFF, ADMIN, ADMIN_OR_WEBHOOKS_KEY } as const;

export const OPERATION_MATRIX: Readonly<Record<string, Access>> = {
  "Mutation.authLogin": PUBLIC,
  "Mutation.authLogout": PUBLIC,
  "Mutation.authPasswordReset": PUBLIC,
  "Mutation.authPasswordResetRequest": PUBLIC,
  "Mutation.authRefresh": PUBLIC,
  "Mutation.authRegister": PUBLIC,
  "Mutation.authVerifyEmail": PUBLIC,
  "Mutation.childReportCreate": PUBLIC,
  "Mutation.privacyRequestConfirm": PUBLIC,
  "Mutation.privacyRequestStart": PUBLIC,
  "Query.credentialVerifyDocument": PUBLIC,
  "Query.currentPolicyVersions": PUBLIC,
  "Query.dataProcessing": PUBLIC,
  "Query.upcomingPolicyVersions": PUBLIC,
  "Query.viewer": PUBLIC,
  "Query.credentialVerify": VERIFY,
  "Mutation.analyticsEventsRecord": SIGNED_IN,
  "Mutation.applicationCreate": SIGNED_IN,
  "Mutation.applicationMessageSend": SIGNED_IN,
  "Mutation.applicationPay": SIGNED_IN,
  "Mutation.applicationSubmit": SIGNED_IN,
  "Mutation.applicationUpdate": SIGNED_IN,
  "Mutation.applicationWithdraw": SIGNED_IN,
  "Mutation.authPasswordChange": SIGNED_IN,
  "Mutation.authResendVerification": SIGNED_IN,
  "Mutation.communicationPreferencesUpdate": SIGNED_IN,
  "Mutation.consentSet": SIGNED_IN,
  "Mutation.evidenceDelete": SIGNED_IN,
  "Mutation.languageUpdate": SIGNED_IN,
  "Mutation.mfaTotpBegin": SIGNED_IN,
  "Mutation.mfaTotpConfirm": SIGNED_IN,
  "Mutation.notificationsMarkRead": SIGNED_IN,
  "Mutation.organizationCreate": SIGNED_IN,
  "Mutation.organizationInvitationAccept": SIGNED_IN,
  "Mutation.organizationInvitationCancel": SIGNED_IN,
  "Mutation.organizationInvite": SIGNED_IN,
  "Mutation.organizationMemberRemove": SIGNED_IN,
  "Mutation.paymentSync": SIGNED_IN,
  "Mutation.policyAccept": SIGNED_IN,
  "Mutation.privacyRequestCreate": SIGNED_IN,
  "Mutation.professionalProfileUpdate": SIGNED_IN,
  "Mutation.profileUpdate": SIGNED_IN,
  "Mutation.programArchive": SIGNED_IN,
  "Mutation.programCreate": SIGNED_IN,
  "Mutation.programUpdate": SIGNED_IN,
  "Mutation.supportRequestClose": SIGNED_IN,
  "Mutation.supportRequestCreate": SIGNED_IN,
  "Mutation.supportRequestReply": SIGNED_IN,
  "Query.accreditedPrograms": SIGNED_IN,
  "Query.application": SIGNED_IN,
  "Query.applications": SIGNED_IN,
  "Query.certificationTypes": SIGNED_IN,
  "Query.communicationPreferences": SIGNED_IN,
  "Query.consentLedger": SIGNED_IN,
  "Query.consentState": SIGNED_IN,
  "Query.credential": SIGNED_IN,
  "Query.credentialVerifications": SIGNED_IN,
  "Query.credentials": SIGNED_IN,
  "Query.myPrivacyRequests": SIGNED_IN,
  "Query.notifications": SIGNED_IN,
  "Query.organizationInvitations": SIGNED_IN,
  "Query.organizationMembers": SIGNED_IN,
  "Query.organizations": SIGNED_IN,
  "Query.paymentSettings": SIGNED_IN,
  "Query.privacyRequest": SIGNED_IN,
  "Query.professionalProfile": SIGNED_IN,
  "Query.program": SIGNED_IN,
  "Query.programs": SIGNED_IN,
  "Query.supportRequest": SIGNED_IN,
  "Query.supportRequests": SIGNED_IN,
  "Mutation.applicationAssign": STAFF,
  "Mutation.applicationDecide": STAFF,
  "Mutation.applicationNoteAdd": STAFF,
  "Mutation.applicationScore": STAFF,
  "Query.reviewSettings": STAFF,
  "Query.reviewers": STAFF,
  "Query.rubricCriteria": STAFF,
  "Mutation.apiKeyCreate": ADMIN,
  "Mutation.apiKeyRevoke": ADMIN,
  "Mutation.certificationTypeCreate": ADMIN,
  "Mutation.certificationTypeUpdate": ADMIN,
  "Mutation.childReportResolve": ADMIN,
  "Mutation.credentialReinstate": ADMIN,
  "Mutation.credentialRevoke": ADMIN,
  "Mutation.credentialSuspend": ADMIN,
  "Mutation.incidentAffectedAdd": ADMIN,
  "Mutation.incidentClose": ADMIN,
  "Mutation.incidentCreate": ADMIN,
  "Mutation.incidentNotify": ADMIN,
  "Mutation.legalHoldPlace": ADMIN,
  "Mutation.legalHoldRelease": ADMIN,
  "Mutation.paymentRecordOffline": ADMIN,
  "Mutation.policyVersionPublish": ADMIN,
  "Mutation.privacyRequestComplete": ADMIN,
  "Mutation.privacyRequestExtend": ADMIN,
  "Mutation.privacyRequestReject": ADMIN,
  "Mutation.retentionRunNow": ADMIN,
  "Mutation.reviewSettingsUpdate": ADMIN,
  "Mutation.rubricCriterionCreate": ADMIN,
  "Mutation.rubricCriterionUpdate": ADMIN,
  "Mutation.userDisabledSet": ADMIN,
  "Mutation.userRolesUpdate": ADMIN,
  "Query.allOrganizations": ADMIN,
  "Query.adminInsights": ADMIN,
  "Query.analyticsSummary": ADMIN,
  "Query.auditEvents": ADMIN,
  "Query.apiKeys": ADMIN,
  "Query.childReports": ADMIN,
  "Query.incident": ADMIN,
  "Query.incidents": ADMIN,
  "Query.legalHolds": ADMIN,
  "Query.payments": ADMIN,
  "Query.privacyRequests": ADMIN,
  "Query.retentionRuns": ADMIN,
  "Query.users": ADMIN,
  "Mutation.webhookEndpointCreate": ADMIN_OR_WEBHOOKS_KEY,
  "Mutation.webhookEndpointDelete": ADMIN_OR_WEBHOOKS_KEY,
  "Query.webhookDeliveries": ADMIN_OR_WEBHOOKS_KEY,
  "Query.webhookEndpoints": ADMIN_OR_WEBHOOKS_KEY,
};

/** Object- and field-level rules: allowed for the owner (and staff where noted), denied to other people. */
export const OBJECT_RULES = [
  { id: "application.other", operation: "Query.application", rule: "Another applicant's application is not found (null); staff see it." },
  { id: "application.update.other", operation: "Mutation.applicationUpdate", rule: "Editing another applicant's application answers NOT_FOUND and changes nothing." },
  { id: "credential.other", operation: "Query.credential", rule: "Another holder's credential is not found (null); staff see it." },
  { id: "credentialVerifications.other", operation: "Query.credentialVerifications", rule: "Who verified another holder's credential is not shown (null)." },
  { id: "privacyRequest.other", operation: "Query.privacyRequest", rule: "Another person's privacy request is not found (null)." },
  { id: "user.email.field", operation: "Application.applicant.email", rule: "An applicant's e-mail is visible to themselves and staff only." },
] as const;

/** HTTP endpoints outside GraphQL. */
export const HTTP_RULES = [
  { id: "credential.files", endpoint: "GET /credentials/<number>.json|.pdf|.svg, /status/<list>, /.well-known/did.json", rule: "Public (verifiers need them); no personal data beyond the credential itself." },
  { id: "evidence.upload", endpoint: "POST /api/applications/<id>/evidence", rule: "The application's applicant only; anonymous 401, other people 404." },
  { id: "evidence.download", endpoint: "GET /api/evidence/<id>", rule: "The applicant who uploaded it and staff; anyone else 404." },
  { id: "export.download", endpoint: "GET /api/privacy-requests/<id>/export", rule: "The requester only, until it expires; other people and staff 404." },
  { id: "audit.export", endpoint: "GET /api/audit/export", rule: "Admins with two-step sign-in only; anonymous 401, everyone else 403." },
  { id: "admin.exports", endpoint: "GET /api/admin/exports/<list>.csv", rule: "Admins with two-step sign-in only; anonymous 401, everyone else 403." },
  { id: "payments.webhook", endpoint: "POST /api/webhooks/stripe", rule: "Only with a valid processor signature." },
] as const;

const mark = (allowed: boolean) => (allowed ? "✓" : "—");

/** docs/AUTHORIZATION.md, generated from the tables above (`schema:emit` writes it, `schema:check` checks it). */
export function renderAuthorizationMarkdown(): string {
  const head = `| operation | ${ROLES.join(" | ")} |\n|---|${ROLES.map(() => ":-:").join("|")}|\n`;
  const rows = Object.entries(OPERATION_MATRIX)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, a]) => `| \`${op}\` | ${ROLES.map((r) => mark(a[r])).join(" | ")} |`)
    .join("\n");
  const objects = OBJECT_RULES.map((r) => `| \`${r.operation}\` | ${r.rule} |`).join("\n");
  const http = HTTP_RULES.map((r) => `| \`${r.endpoint}\` | ${r.rule} |`).join("\n");
  return `# Authorization matrix

Generated from \`server/src/app/authorization-matrix.ts\` by \`pnpm --filter @ccp/server schema:emit\`; do not edit.
\`server/src/app/authorization-matrix.test.ts\` calls every operation as every role and fails when the running
API disagrees with a row, when a denied call changes the database, or when an operation has no row.

Roles: **anonymous** (no token), **applicant** (signed in), **reviewer** and **admin** (signed in with MFA),
**integrator** (an API key with the scope the operation needs), **integratorWithoutScope** (a key without it).
✓ = gets past access control (the answer may still be NOT_FOUND or a typed error); — = UNAUTHENTICATED or FORBIDDEN.

${head}${rows}

## Object and field level

| operation | rule |
|---|---|
${objects}

## HTTP endpoints

| endpoint | rule |
|---|---|
${http}
`;
}
