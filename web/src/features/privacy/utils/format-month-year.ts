import { currentLocale } from "@/lib/i18n/language";

/**
 * "2025-01-01T00:00:00Z" → "January 2025" (in the active language). Formatted in UTC: an
 * effective date at midnight UTC would otherwise read as the previous month west of Greenwich.
 */
export const formatMonthYear = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ""
    : new Intl.DateTimeFormat(currentLocale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
};
