import { currentLocale } from "@/lib/i18n/language";

/** "1990-03-31" → "March 31, 1990" (in the active language), without shifting the day across time zones. */
export const formatDateOfBirth = (isoDate: string): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : new Intl.DateTimeFormat(currentLocale(), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
};
