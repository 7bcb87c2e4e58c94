import { translate } from "./i18n";
import { currentLocale } from "./i18n/language";

// Dates are stored in UTC and shown in the person's own time zone (the
// browser's, unless a test passes one), in the words of the active language.

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
  return date ? new Intl.DateTimeFormat(currentLocale(), { ...dateOptions, timeZone }).format(date) : "—";
};

/** "Mar 3, 2026, 4:05 PM" in the viewer's time zone; "—" when there is no date. */
export const formatDateTime = (iso: string | null | undefined, timeZone?: string): string => {
  const date = valid(iso);
  return date ? new Intl.DateTimeFormat(currentLocale(), { ...dateTimeOptions, timeZone }).format(date) : "—";
};

const utcDayOptions = {
  day: { day: "numeric", month: "short" },
  dayYear: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A calendar day of UTC ("2026-10-12", a chart's bucket) in the words of the active language, the
 * same day in every time zone: "Oct 12" (`dayYear`: "Oct 12, 2026"; `month`: "Oct 2026").
 */
export const formatUtcDay = (day: string, parts: keyof typeof utcDayOptions = "day"): string =>
  new Intl.DateTimeFormat(currentLocale(), { ...utcDayOptions[parts], timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

/** "1 day", "14 days" (in the active language). */
export const formatDays = (days: number): string => translate("common", "days", { count: days });

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The value of an `<input type="datetime-local">` ("2026-03-01T09:30", the
 * person's own clock) as a UTC ISO string; null when it isn't a date-time.
 */
export const localInputToIso = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** A moment as a `datetime-local` value on the person's own clock ("2026-03-01T09:30"). */
export const toLocalInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
