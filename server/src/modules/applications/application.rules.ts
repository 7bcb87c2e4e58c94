import type { ApplicationKind, ApplicationStatus, Decision } from "./application.entity";

/** Every action on an application and the statuses it may start from (PRODUCT.md state machine). */
export const TRANSITIONS = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED" },
  startReview: { from: ["SUBMITTED"], to: "UNDER_REVIEW" },
  approve: { from: ["UNDER_REVIEW"], to: "APPROVED" },
  reject: { from: ["UNDER_REVIEW"], to: "REJECTED" },
  requestChanges: { from: ["UNDER_REVIEW"], to: "CHANGES_REQUESTED" },
  withdraw: { from: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED"], to: "WITHDRAWN" },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus }>;

export type ApplicationAction = keyof typeof TRANSITIONS;

export const DECISION_ACTION: Record<Decision, ApplicationAction> = {
  APPROVE: "approve",
  REJECT: "reject",
  REQUEST_CHANGES: "requestChanges",
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: ApplicationStatus, action: ApplicationAction): ApplicationStatus | null {
  const t = TRANSITIONS[action];
  return (t.from as readonly ApplicationStatus[]).includes(status) ? t.to : null;
}

export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ["DRAFT", "CHANGES_REQUESTED"];
export const OPEN_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "UNDER_REVIEW"];
export const FINAL_STATUSES: readonly ApplicationStatus[] = ["APPROVED", "REJECTED", "WITHDRAWN"];

export interface ChecklistInput {
  kind: ApplicationKind;
  statement: string | null;
  certificationTypeActive: boolean;
  program: { exists: boolean; moduleCount: number; instructorCount: number; accredited: boolean } | null;
  evidenceCount: number;
}

export interface ChecklistItem {
  key: string;
  label: string;
  done: boolean;
  /** Input field the item is about, for mapping onto the form. */
  field: string;
  /** Required items block submission; the others are recommended. */
  required: boolean;
}

export const MIN_STATEMENT = 20;

/** What must be in place before an application can be submitted. */
export function completenessChecklist(i: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [
    { key: "certificationType", label: "The certification is open for applications", done: i.certificationTypeActive, field: "certificationTypeId", required: true },
    { key: "statement", label: `A statement of at least ${MIN_STATEMENT} characters`, done: (i.statement?.trim().length ?? 0) >= MIN_STATEMENT, field: "statement", required: true },
  ];
  if (i.kind === "PROGRAM_ACCREDITATION") {
    items.push(
      { key: "program", label: "The program to accredit", done: !!i.program?.exists, field: "programId", required: true },
      { key: "curriculum", label: "At least one curriculum module", done: (i.program?.moduleCount ?? 0) > 0, field: "programId", required: true },
      { key: "instructors", label: "At least one instructor with qualifications", done: (i.program?.instructorCount ?? 0) > 0, field: "programId", required: true },
    );
  } else {
    items.push({ key: "completedProgram", label: "The accredited program you completed", done: !!i.program?.exists && i.program.accredited, field: "programId", required: true });
  }
  items.push({ key: "evidence", label: "Supporting documents (recommended: curriculum, certificates, licenses)", done: i.evidenceCount > 0, field: "evidence", required: false });
  return items;
}

/** Whole days since `since` (SLA age in the review queue). */
export function ageInDays(since: Date | null, now: Date): number | null {
  return since ? Math.floor((now.getTime() - since.getTime()) / 86_400_000) : null;
}
