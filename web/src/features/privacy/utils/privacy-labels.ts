import type { PersonalDataField, PrivacyRequestKind, PrivacyRequestStatus } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";
import { translate, translatedLabels } from "@/lib/i18n";

/** What we hold, why, and for how long (the privacy policy's retention schedule, in plain words). */
export const DATA_CATEGORIES: readonly { name: string; what: string; why: string; kept: string }[] = [
  {
    name: "Your account",
    what: "Your name, e-mail address, phone number, date of birth, language and sign-in settings.",
    why: "To run your account, sign you in safely and contact you about your certification.",
    kept: "While your account is active, then 3 years.",
  },
  {
    name: "Your professional profile",
    what: "Your licenses, the certifications you hold, your education and work experience.",
    why: "So reviewers can check that you meet the requirements of a certification.",
    kept: "While your account is active, then 3 years.",
  },
  {
    name: "Applications and documents",
    what: "Your applications, your answers and the documents you upload as evidence.",
    why: "To review your application and decide on your certification.",
    kept: "These are certification records: 7 years after the credential expires.",
  },
  {
    name: "Messages",
    what: "Messages with reviewers about an application, and your help requests and feedback.",
    why: "To answer your questions and to review your application.",
    kept: "Help requests and feedback: 3 years from the last contact. Messages about an application: as long as its certification records.",
  },
  {
    name: "Payments",
    what: "Invoices, receipts and your billing address. Card numbers stay with our payment processor; we never see them.",
    why: "To take application fees and keep the accounting records the law requires.",
    kept: "7 years.",
  },
  {
    name: "Credentials",
    what: "The credentials we issue you, and which employers or services checked them.",
    why: "So employers can check that your certification is genuine and valid.",
    kept: "7 years after the credential expires.",
  },
  {
    name: "Device and usage",
    what: "Your sign-ins with the device and browser used and, only if you agree, which pages you use.",
    why: "To keep your account secure and, with your permission, to improve CareCorePlus.",
    kept: "2 years.",
  },
];

export const REQUEST_KINDS: readonly { kind: PrivacyRequestKind; title: string; text: string }[] = [
  {
    kind: "ACCESS",
    title: "Get a copy of my data",
    text: "We prepare a copy of everything we hold about you. You can download it here when it's ready.",
  },
  {
    kind: "EXPORT",
    title: "Export my data",
    text: "A file in a standard format (JSON) that you can keep or take to another service.",
  },
  {
    kind: "CORRECTION",
    title: "Correct my data",
    text: "Something we hold about you is wrong and you can't change it yourself. Tell us what it should say.",
  },
  {
    kind: "DELETION",
    title: "Delete my account",
    text: "We delete your account and your personal information, except the records the law makes us keep.",
  },
];

export const REQUEST_KIND_LABEL = translatedLabels<PrivacyRequestKind>("common", "requestKind", [
  "ACCESS",
  "EXPORT",
  "CORRECTION",
  "DELETION",
]);

export const REQUEST_STATUS: Record<PrivacyRequestStatus, { label: string; tone: BadgeTone }> = {
  RECEIVED: { label: "Received", tone: "info" },
  IN_PROGRESS: { label: "In progress", tone: "warning" },
  COMPLETED: { label: "Completed", tone: "success" },
  REJECTED: { label: "Refused", tone: "danger" },
};

const CONSENT_PURPOSE_LABEL: Record<string, string> = {
  PRIVACY_POLICY: "Privacy policy",
  TERMS: "Terms of use",
  ANALYTICS: "Usage analytics",
  MARKETING: "News and offers by e-mail",
};

const CONSENT_METHOD_LABEL: Record<string, string> = {
  REGISTRATION: "When you created your account",
  UI: "In CareCorePlus",
  API: "Through a connected service",
};

/** Ledger codes in words; unknown codes are shown as they are rather than hidden. */
export const consentPurposeLabel = (purpose: string): string => CONSENT_PURPOSE_LABEL[purpose] ?? purpose;
export const consentMethodLabel = (method: string): string => CONSENT_METHOD_LABEL[method] ?? method;
export const consentActionLabel = (action: string, purpose: string): string => {
  const policy = purpose === "PRIVACY_POLICY" || purpose === "TERMS";
  if (action === "ACCEPT") return policy ? "Accepted" : "Agreed";
  if (action === "WITHDRAW") return "Withdrawn";
  return action;
};

/** "carecoreplus-my-data-2026-03-05.json", dated in the person's own time zone. */
export const exportFilename = (now: Date): string => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `carecoreplus-my-data-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
};

/** A copy or export that is still being prepared (the file appears within seconds). */
export const isExportPending = (request: { kind: PrivacyRequestKind; status: PrivacyRequestStatus }): boolean =>
  (request.kind === "ACCESS" || request.kind === "EXPORT") && (request.status === "RECEIVED" || request.status === "IN_PROGRESS");

/**
 * The same four requests, worded for the public page (/privacy/request): the
 * person can't sign in, so nothing is "here" — we e-mail them instead.
 */
const publicKind = (kind: PrivacyRequestKind) => ({
  kind,
  /** Title and text in the active language, read when shown (public strings). */
  get title() {
    return translate("public", `privacyRequest.kinds.${kind}.title`);
  },
  get text() {
    return translate("public", `privacyRequest.kinds.${kind}.text`);
  },
});

export const PUBLIC_REQUEST_KINDS: readonly { kind: PrivacyRequestKind; readonly title: string; readonly text: string }[] = [
  publicKind("ACCESS"),
  publicKind("EXPORT"),
  publicKind("CORRECTION"),
  publicKind("DELETION"),
];

/** Account fields a correction request can change (POL-RIGHT-CORRECT), in the order the form lists them. */
export const PERSONAL_FIELDS: readonly { field: PersonalDataField; label: string; hint: string; optional: boolean }[] = [
  { field: "FIRST_NAME", label: "First name", hint: "As on your identity documents.", optional: false },
  { field: "LAST_NAME", label: "Last name", hint: "As on your identity documents.", optional: false },
  { field: "DATE_OF_BIRTH", label: "Date of birth", hint: "Year-month-day, for example 1990-04-21.", optional: false },
  { field: "PHONE", label: "Phone number", hint: "Leave empty to remove it.", optional: true },
  { field: "ORGANIZATION_NAME", label: "Organization", hint: "Leave empty to remove it.", optional: true },
];

export const PERSONAL_FIELD_LABEL = Object.fromEntries(PERSONAL_FIELDS.map((f) => [f.field, f.label])) as Record<PersonalDataField, string>;

/** A proposed or current value in words: null or empty means the field is (or would be) empty. */
export const fieldValueLabel = (value: string | null | undefined): string => (value ? value : "(empty)");

/** "7 of 17 parts ready." — how far the export job has got (one part per kind of data). */
export const exportProgressLabel = (progress: { sectionsDone: number; sectionsTotal: number }): string =>
  `${Math.min(progress.sectionsDone, progress.sectionsTotal)} of ${progress.sectionsTotal} parts ready.`;
