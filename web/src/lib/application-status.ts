import type { ApplicationKind, ApplicationStatus, Decision } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";

// Words for application states, shared by the applicant area and the staff
// area so both describe an application the same way.

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  UNDER_REVIEW: "Being reviewed",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  REJECTED: "Not approved",
  WITHDRAWN: "Withdrawn",
};

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

export const KIND_LABEL: Record<ApplicationKind, string> = {
  PROGRAM_ACCREDITATION: "Program accreditation",
  INDIVIDUAL_CERTIFICATION: "Personal certification",
};

export const DECISION_LABEL: Record<Decision, string> = {
  APPROVE: "Approved",
  REQUEST_CHANGES: "Changes requested",
  REJECT: "Not approved",
};

/** The applicant can still change what they sent. */
export const isEditable = (status: ApplicationStatus): boolean => status === "DRAFT" || status === "CHANGES_REQUESTED";

/** Withdrawing is possible until a decision is made (mirrors the server's state machine). */
export const canWithdraw = (status: ApplicationStatus): boolean =>
  status === "DRAFT" || status === "SUBMITTED" || status === "UNDER_REVIEW" || status === "CHANGES_REQUESTED";

/** What happened at one step of the timeline, in words. */
export const describeEvent = (from: ApplicationStatus | null, to: ApplicationStatus): string => {
  if (!from && to === "DRAFT") return "Application started";
  switch (to) {
    case "SUBMITTED":
      return from === "CHANGES_REQUESTED" ? "Sent again for review" : "Sent for review";
    case "UNDER_REVIEW":
      return "A reviewer started the review";
    case "CHANGES_REQUESTED":
      return "Changes were requested";
    case "APPROVED":
      return "Approved";
    case "REJECTED":
      return "Not approved";
    case "WITHDRAWN":
      return "Withdrawn";
    default:
      return STATUS_LABEL[to];
  }
};
