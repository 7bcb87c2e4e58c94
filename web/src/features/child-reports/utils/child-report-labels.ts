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
