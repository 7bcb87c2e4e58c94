import type { PrivacyIdentityCheck, PrivacyRequestKind, PrivacyRequestStatus } from "@ccp/shared";
import { translate, translatedLabels } from "@/lib/i18n";

const DAY_MS = 86_400_000;
/** Requests are answered within 30 days; the deadline can be extended to 90 days after receipt at most. */
export const RESPONSE_DAYS = 30;
export const MAX_EXTENSION_DAYS = 60;

export const isOpen = (status: PrivacyRequestStatus): boolean => status === "RECEIVED" || status === "IN_PROGRESS";

export const isOverdue = (request: { status: PrivacyRequestStatus; dueAt: string }, now: number): boolean =>
  isOpen(request.status) && new Date(request.dueAt).getTime() < now;

/** Whole days the deadline can still be pushed back (60 in total, counted from receipt + 30 days). */
export const extensionDaysLeft = (request: { receivedAt: string; dueAt: string }): number => {
  const latest = new Date(request.receivedAt).getTime() + (RESPONSE_DAYS + MAX_EXTENSION_DAYS) * DAY_MS;
  return Math.max(0, Math.floor((latest - new Date(request.dueAt).getTime()) / DAY_MS));
};

/** "Due in 3 days", "Due today", "Overdue by 2 days". */
export const dueLabel = (dueAt: string, now: number): string => {
  const days = Math.floor((new Date(dueAt).getTime() - now) / DAY_MS);
  if (days < 0) {
    const late = Math.max(1, Math.floor((now - new Date(dueAt).getTime()) / DAY_MS));
    return translate("staff", "privacyRequests.overdueBy", { count: late });
  }
  if (days === 0) return translate("staff", "privacyRequests.dueToday");
  return translate("staff", "privacyRequests.dueIn", { count: days });
};

/** Kinds as staff call them (the requester's own list says "Copy of my data" and so on). */
export const STAFF_KIND_LABEL = translatedLabels<PrivacyRequestKind>("staff", "privacyRequests.kind", ["ACCESS", "EXPORT", "CORRECTION", "DELETION"]);

/** How the requester proved who they are (POL-RIGHT-IDENTITY); null for requests from before this was kept. */
export const identityCheckLabel = (check: PrivacyIdentityCheck | null | undefined): string =>
  translate("staff", `privacyRequests.identity.${check === "STEP_UP_SIGN_IN" || check === "EMAILED_CODE" ? check : "unknown"}`);

type Requester = { displayName?: string | null; email?: string | null; erased: boolean } | null | undefined;

/** Who asked, as one line: the name, "Erased account" once deleted, or "No account". */
export const requesterName = (requester: Requester): string => {
  if (!requester) return translate("staff", "privacyRequests.requesterName.none");
  if (requester.erased) return translate("staff", "privacyRequests.requesterName.erased");
  return requester.displayName || requester.email || translate("staff", "privacyRequests.requesterName.noName");
};
