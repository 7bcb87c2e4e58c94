import type { PersonalDataField, PrivacyRequestKind, PrivacyRequestStatus } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";
import { translate, translatedLabels } from "@/lib/i18n";

/** A category of data in the active language, read when shown (applicant strings). */
const dataCategory = (id: string) => ({
  id,
  get name() {
    return translate("applicant", `whatWeHold.categories.${id}.name`);
  },
  get what() {
    return translate("applicant", `whatWeHold.categories.${id}.what`);
  },
  get why() {
    return translate("applicant", `whatWeHold.categories.${id}.why`);
  },
  get kept() {
    return translate("applicant", `whatWeHold.categories.${id}.kept`);
  },
});

/** What we hold, why, and for how long (the privacy policy's retention schedule, in plain words). */
export const DATA_CATEGORIES: readonly { id: string; readonly name: string; readonly what: string; readonly why: string; readonly kept: string }[] = [
  dataCategory("account"),
  dataCategory("profile"),
  dataCategory("applications"),
  dataCategory("messages"),
  dataCategory("payments"),
  dataCategory("credentials"),
  dataCategory("device"),
];

/** The four requests of the privacy center, in the active language (applicant strings). */
const requestKind = (kind: PrivacyRequestKind) => ({
  kind,
  get title() {
    return translate("applicant", `requestForm.kinds.${kind}.title`);
  },
  get text() {
    return translate("applicant", `requestForm.kinds.${kind}.text`);
  },
});

export const REQUEST_KINDS: readonly { kind: PrivacyRequestKind; readonly title: string; readonly text: string }[] = [
  requestKind("ACCESS"),
  requestKind("EXPORT"),
  requestKind("CORRECTION"),
  requestKind("DELETION"),
];

export const REQUEST_KIND_LABEL = translatedLabels<PrivacyRequestKind>("common", "requestKind", [
  "ACCESS",
  "EXPORT",
  "CORRECTION",
  "DELETION",
]);

/**
 * Badge tones, and the words staff screens show (English, as the staff namespace). The applicant's
 * own list reads its words from `myRequests.status` in the applicant strings.
 */
export const REQUEST_STATUS: Record<PrivacyRequestStatus, { label: string; tone: BadgeTone }> = {
  RECEIVED: { label: "Received", tone: "info" },
  IN_PROGRESS: { label: "In progress", tone: "warning" },
  COMPLETED: { label: "Completed", tone: "success" },
  REJECTED: { label: "Refused", tone: "danger" },
};

/** The applicant string for `key`, or `fallback` when there is none (a code the SPA doesn't know yet). */
const known = (key: string, fallback: string): string => {
  const text = translate("applicant", key);
  return text === key ? fallback : text;
};

/** Ledger codes in words; unknown codes are shown as they are rather than hidden. */
export const consentPurposeLabel = (purpose: string): string => known(`consent.ledger.purpose.${purpose}`, purpose);
export const consentMethodLabel = (method: string): string => known(`consent.ledger.method.${method}`, method);
export const consentActionLabel = (action: string, purpose: string): string => {
  const policy = purpose === "PRIVACY_POLICY" || purpose === "TERMS";
  if (action === "ACCEPT") return translate("applicant", policy ? "consent.ledger.accepted" : "consent.ledger.agreed");
  if (action === "WITHDRAW") return translate("applicant", "consent.ledger.withdrawn");
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

const PERSONAL_FIELD_KEYS = ["FIRST_NAME", "LAST_NAME", "DATE_OF_BIRTH", "PHONE", "ORGANIZATION_NAME"] as const satisfies readonly PersonalDataField[];

/**
 * Account fields named by a correction request, in the active language. Public strings: the
 * public request page, the privacy center and the staff screens all show them.
 */
export const PERSONAL_FIELD_LABEL = translatedLabels<PersonalDataField>("public", "publicRequest.fieldLabel", PERSONAL_FIELD_KEYS);

const personalField = (field: PersonalDataField, optional: boolean) => ({
  field,
  optional,
  get label() {
    return PERSONAL_FIELD_LABEL[field];
  },
  get hint() {
    return translate("public", `publicRequest.fieldHint.${field}`);
  },
});

/** Account fields a correction request can change (POL-RIGHT-CORRECT), in the order the form lists them. */
export const PERSONAL_FIELDS: readonly { field: PersonalDataField; readonly label: string; readonly hint: string; optional: boolean }[] = [
  personalField("FIRST_NAME", false),
  personalField("LAST_NAME", false),
  personalField("DATE_OF_BIRTH", false),
  personalField("PHONE", true),
  personalField("ORGANIZATION_NAME", true),
];

/** A proposed or current value in words: null or empty means the field is (or would be) empty. */
export const fieldValueLabel = (value: string | null | undefined): string => (value ? value : translate("public", "publicRequest.empty"));

/** "7 of 17 parts ready." — how far the export job has got (one part per kind of data). */
export const exportProgressLabel = (progress: { sectionsDone: number; sectionsTotal: number }): string =>
  translate("applicant", "myRequests.progress", {
    done: Math.min(progress.sectionsDone, progress.sectionsTotal),
    count: progress.sectionsTotal,
  });
