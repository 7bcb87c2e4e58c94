/** Languages an account can choose and a request can ask for: the web app's words, our e-mails and messages. */
export const LANGUAGE_CODES = ["en", "es"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
export const isLanguageCode = (value: unknown): value is LanguageCode => LANGUAGE_CODES.includes(value as LanguageCode);

/** Intl locale per language: the same ones the web app uses (web/src/lib/i18n/language.ts). */
export const LOCALES: Record<LanguageCode, string> = { en: "en-US", es: "es-US" };

export const formatMoney = (language: LanguageCode, cents: number, currency: string): string =>
  new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

/** A calendar date in words ("November 29, 2026" / "29 de noviembre de 2026"), read in UTC. */
export const formatDate = (language: LanguageCode, date: Date): string =>
  date.toLocaleDateString(LOCALES[language], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
