import { currentLocale } from "@/lib/i18n";

/** "2027-06" (or "2027-06-30") → "June 2027" (in the reader's language); "" when missing. */
export const formatMonth = (value: string | null | undefined): string => {
  if (!value) return "";
  const match = /^(\d{4})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(currentLocale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
};
