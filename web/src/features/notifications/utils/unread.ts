import { translate } from "@/lib/i18n";

/** Badge text: the count, capped at "99+"; empty when nothing is unread. */
export const unreadBadge = (count: number): string => (count <= 0 ? "" : count > 99 ? "99+" : String(count));

/** The bell's accessible name, e.g. "Notifications, 3 unread". */
export const bellLabel = (count: number): string =>
  count <= 0 ? translate("common", "notifications.title") : translate("common", "notifications.bellUnread", { count });

/** Only in-app paths are followed from a notification; anything else is ignored. */
export const safeAppLink = (link: string | null | undefined): string | null =>
  link && link.startsWith("/") && !link.startsWith("//") ? link : null;
