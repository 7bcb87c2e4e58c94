import type { BadgeTone } from "@/components/ui/status-badge";
import { translate, translatedLabels } from "@/lib/i18n";

const STATUSES = ["OPEN", "CONFIRMED", "DISMISSED"] as const;
const STATUS_LABEL: Readonly<Record<string, string>> = translatedLabels("staff", "childReports.status", STATUSES);
const STATUS_TONE: Readonly<Record<string, BadgeTone>> = { OPEN: "warning", CONFIRMED: "danger", DISMISSED: "neutral" };

export const childReportStatus = (status: string): { label: string; tone: BadgeTone } => {
  const tone = STATUS_TONE[status];
  return tone ? { label: STATUS_LABEL[status] ?? status, tone } : { label: status, tone: "neutral" };
};

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
  if (!report.subjectUserId) return translate("staff", "childReports.subject.noAccount");
  if (report.subjectErased) return translate("staff", "childReports.subject.erased");
  return translate("staff", "childReports.subject.account", { name: report.subjectDisplayName ?? report.subjectUserId });
};

/** The report changed under us (handled by someone else, or gone): the list needs a refresh. */
export const isStale = (code: string): boolean => code === "ALREADY_RESOLVED" || code === "NOT_FOUND";

/** Plain words for the errors childReportResolve can answer. */
export const resolveErrorMessage = (error: { code: string; message: string }): string => {
  switch (error.code) {
    case "ALREADY_RESOLVED":
      return translate("staff", "childReports.errors.alreadyResolved");
    case "NOT_FOUND":
      return translate("staff", "childReports.errors.notFound");
    default:
      return error.message;
  }
};
