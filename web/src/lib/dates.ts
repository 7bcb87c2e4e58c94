// Dates are stored in UTC and shown in the person's own time zone (the
// browser's, unless a test passes one).

const dateOptions: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const dateTimeOptions: Intl.DateTimeFormatOptions = { ...dateOptions, hour: "numeric", minute: "2-digit" };

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "3 Mar 2026" in the viewer's time zone; "—" when there is no date. */
export const formatDate = (iso: string | null | undefined, timeZone?: string): string => {
  const date = valid(iso);
  return date ? new Intl.DateTimeFormat("en-US", { ...dateOptions, timeZone }).format(date) : "—";
};

/** "Mar 3, 2026, 4:05 PM" in the viewer's time zone; "—" when there is no date. */
export const formatDateTime = (iso: string | null | undefined, timeZone?: string): string => {
  const date = valid(iso);
  return date ? new Intl.DateTimeFormat("en-US", { ...dateTimeOptions, timeZone }).format(date) : "—";
};

/** "1 day", "14 days". */
export const formatDays = (days: number): string => `${days} ${days === 1 ? "day" : "days"}`;
