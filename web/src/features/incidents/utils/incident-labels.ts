import type { BadgeTone } from "@/components/ui/status-badge";
import { translate } from "@/lib/i18n";

const STATUS_TONE: Record<string, BadgeTone> = { OPEN: "warning", NOTIFIED: "success", CLOSED: "neutral" };

export const incidentStatus = (status: string): { label: string; tone: BadgeTone } => {
  const tone = STATUS_TONE[status];
  return tone ? { label: translate("staff", `incidents.statusLabel.${status}`), tone } : { label: status, tone: "neutral" };
};

/** Open incidents can still change (affected people, notices); closed ones are read-only. */
export const isClosed = (incident: { status: string }): boolean => incident.status === "CLOSED";

/** How an affected person is shown: their name, or that the account was erased since. */
export const affectedPersonName = (person: { displayName: string | null; erased: boolean }): string =>
  person.erased || !person.displayName ? translate("staff", "incidents.erasedAccount") : person.displayName;

const MINUTE_MS = 60_000;

/** 148_320_000 ms → "41 h 12 min"; under an hour "12 min"; at least 1 min. */
export const formatDuration = (ms: number): string => {
  const minutes = Math.max(1, Math.floor(Math.abs(ms) / MINUTE_MS));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0
    ? translate("staff", "incidents.duration.hours", { hours, minutes: rest })
    : translate("staff", "incidents.duration.minutes", { minutes: rest });
};

export type Deadline = { text: string; late: boolean };

/**
 * The 72-hour notification clock of an incident: "Notify within 41 h 12 min",
 * "Deadline passed 3 h 5 min ago", or how it ended once people were told.
 */
export const notificationDeadline = (incident: { notifyBy: string; notifiedAt: string | null; closedAt?: string | null }, now: number): Deadline => {
  const due = new Date(incident.notifyBy).getTime();
  if (incident.closedAt && !incident.notifiedAt) return { text: translate("staff", "incidents.clock.closedNone"), late: false };
  if (incident.notifiedAt) {
    const late = new Date(incident.notifiedAt).getTime() > due;
    return { text: translate("staff", late ? "incidents.clock.notifiedLate" : "incidents.clock.notifiedInTime"), late };
  }
  const left = due - now;
  return left >= 0
    ? { text: translate("staff", "incidents.clock.notifyWithin", { time: formatDuration(left) }), late: false }
    : { text: translate("staff", "incidents.clock.passed", { time: formatDuration(left) }), late: true };
};

/** Common audit log actions, offered when searching for affected people. */
const auditAction = (action: string, key: string) => ({
  action,
  /** In the active language, read when shown (staff `affected.auditActions.<key>`). */
  get label() {
    return translate("staff", `affected.auditActions.${key}`);
  },
});

export const AUDIT_ACTIONS: readonly { action: string; readonly label: string }[] = [
  auditAction("auth.login", "login"),
  auditAction("evidence.downloaded", "evidenceDownloaded"),
  auditAction("evidence.uploaded", "evidenceUploaded"),
  auditAction("user.profile_updated", "profileUpdated"),
  auditAction("professional_profile.updated", "professionalProfileUpdated"),
  auditAction("message.sent", "messageSent"),
  auditAction("support.created", "supportCreated"),
  auditAction("payment.started", "paymentStarted"),
  auditAction("session.revoked", "sessionRevoked"),
];
