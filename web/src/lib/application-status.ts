import type { ApplicationKind, ApplicationStatus, Decision } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";
import { translate, translatedLabels } from "./i18n";

// Words for application states, shared by the applicant area and the staff
// area so both describe an application the same way (common strings, in the active language).

export const STATUS_LABEL = translatedLabels<ApplicationStatus>("common", "applicationStatus", [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "REJECTED",
  "WITHDRAWN",
]);

export const STATUS_TONE: Record<ApplicationStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  UNDER_REVIEW: "info",
  CHANGES_REQUESTED: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

export const ALL_STATUSES: readonly ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "REJECTED",
  "WITHDRAWN",
];

export const KIND_LABEL = translatedLabels<ApplicationKind>("common", "applicationKind", [
  "PROGRAM_ACCREDITATION",
  "INDIVIDUAL_CERTIFICATION",
]);

export const DECISION_LABEL = translatedLabels<Decision>("common", "decision", ["APPROVE", "REQUEST_CHANGES", "REJECT"]);

/** The applicant can still change what they sent. */
export const isEditable = (status: ApplicationStatus): boolean => status === "DRAFT" || status === "CHANGES_REQUESTED";

/** Withdrawing is possible until a decision is made (mirrors the server's state machine). */
export const canWithdraw = (status: ApplicationStatus): boolean =>
  status === "DRAFT" || status === "SUBMITTED" || status === "UNDER_REVIEW" || status === "CHANGES_REQUESTED";

/** What happened at one step of the timeline, in words. */
export const describeEvent = (from: ApplicationStatus | null, to: ApplicationStatus): string => {
  if (!from && to === "DRAFT") return translate("common", "event.started");
  switch (to) {
    case "SUBMITTED":
      return translate("common", from === "CHANGES_REQUESTED" ? "event.resubmitted" : "event.submitted");
    case "UNDER_REVIEW":
      return translate("common", "event.underReview");
    case "CHANGES_REQUESTED":
      return translate("common", "event.changesRequested");
    default:
      return STATUS_LABEL[to];
  }
};
