import type { BadgeTone } from "@/components/ui/status-badge";

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  OPEN: { label: "To check", tone: "warning" },
  CONFIRMED: { label: "Confirmed", tone: "danger" },
  DISMISSED: { label: "Dismissed", tone: "neutral" },
};

export const childReportStatus = (status: string): { label: string; tone: BadgeTone } =>
  STATUS[status] ?? { label: status, tone: "neutral" };

/** The word staff type to confirm deleting an account. */
export const CONFIRM_WORD = "DELETE";

export const isConfirmWord = (value: string): boolean => value.trim().toUpperCase() === CONFIRM_WORD;

/** Open reports first, then the newest. */
export const sortReports = <T extends { status: string; createdAt: string }>(reports: readonly T[]): T[] =>
  [...reports].sort((a, b) => {
    const open = Number(b.status === "OPEN") - Number(a.status === "OPEN");
    return open !== 0 ? open : new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime();
  });

/** Who the report is about, as staff see it: the account's name, or why there is none. */
export const reportSubject = (report: { subjectUserId: string | null; subjectDisplayName: string | null; subjectErased: boolean }): string => {
  if (!report.subjectUserId) return "No account has the reported e-mail address";
  if (report.subjectErased) return "Account deleted";
  return `Account: ${report.subjectDisplayName ?? report.subjectUserId}`;
};

/** The report changed under us (handled by someone else, or gone): the list needs a refresh. */
export const isStale = (code: string): boolean => code === "ALREADY_RESOLVED" || code === "NOT_FOUND";

/** Plain words for the errors childReportResolve can answer. */
export const resolveErrorMessage = (error: { code: string; message: string }): string => {
  switch (error.code) {
    case "ALREADY_RESOLVED":
      return "Someone has handled this report already. The list has been refreshed.";
    case "NOT_FOUND":
      return "This report no longer exists. The list has been refreshed.";
    default:
      return error.message;
  }
};
