import type { BadgeTone } from "@/components/ui/status-badge";

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  OPEN: { label: "Not yet notified", tone: "warning" },
  NOTIFIED: { label: "People notified", tone: "success" },
  CLOSED: { label: "Closed", tone: "neutral" },
};

export const incidentStatus = (status: string): { label: string; tone: BadgeTone } =>
  STATUS[status] ?? { label: status, tone: "neutral" };

/** Open incidents can still change (affected people, notices); closed ones are read-only. */
export const isClosed = (incident: { status: string }): boolean => incident.status === "CLOSED";

/** How an affected person is shown: their name, or that the account was erased since. */
export const affectedPersonName = (person: { displayName: string | null; erased: boolean }): string =>
  person.erased || !person.displayName ? "Erased account" : person.displayName;

const MINUTE_MS = 60_000;

/** 148_320_000 ms → "41 h 12 min"; under an hour "12 min"; at least 1 min. */
export const formatDuration = (ms: number): string => {
  const minutes = Math.max(1, Math.floor(Math.abs(ms) / MINUTE_MS));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
};

export type Deadline = { text: string; late: boolean };

/**
 * The 72-hour notification clock of an incident: "Notify within 41 h 12 min",
 * "Deadline passed 3 h 5 min ago", or how it ended once people were told.
 */
export const notificationDeadline = (incident: { notifyBy: string; notifiedAt: string | null; closedAt?: string | null }, now: number): Deadline => {
  const due = new Date(incident.notifyBy).getTime();
  if (incident.closedAt && !incident.notifiedAt) return { text: "Closed; nobody had to be notified", late: false };
  if (incident.notifiedAt) {
    const late = new Date(incident.notifiedAt).getTime() > due;
    return { text: late ? "Notified after the 72-hour deadline" : "Notified within 72 hours", late };
  }
  const left = due - now;
  return left >= 0
    ? { text: `Notify within ${formatDuration(left)}`, late: false }
    : { text: `Deadline passed ${formatDuration(left)} ago`, late: true };
};

/** Common audit log actions, offered when searching for affected people. */
export const AUDIT_ACTIONS: readonly { action: string; label: string }[] = [
  { action: "auth.login", label: "Signed in" },
  { action: "evidence.downloaded", label: "Evidence document downloaded" },
  { action: "evidence.uploaded", label: "Evidence document uploaded" },
  { action: "user.profile_updated", label: "Profile changed" },
  { action: "professional_profile.updated", label: "Professional profile changed" },
  { action: "message.sent", label: "Message sent" },
  { action: "support.created", label: "Help request sent" },
  { action: "payment.started", label: "Payment started" },
  { action: "session.revoked", label: "Signed out of a device" },
];
