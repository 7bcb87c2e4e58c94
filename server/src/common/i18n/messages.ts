import { requestStore } from "../../app/context";
import { formatDate, type LanguageCode } from "./languages";
import { MESSAGES, PATTERNS, WORDS } from "./messages.es";

/** The language of the request being served (from its Accept-Language), English outside a request. */
export const requestLanguage = (): LanguageCode => requestStore.getStore()?.language ?? "en";

type Pattern = { regex: RegExp; names: string[]; spanish: string };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const compiled: Pattern[] = Object.entries(PATTERNS).map(([english, spanish]) => {
  const names: string[] = [];
  const source = english
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escapeRegex(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  return { regex: new RegExp(`^${source}$`), names, spanish };
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date the services wrote in English ("2026-12-29" or "December 29, 2026") as Spanish words, else null. */
const spanishDate = (value: string): string | null => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const long = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(value);
  const parts = iso ? [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])] : long && MONTHS.includes(long[1] ?? "") ? [Number(long[3]), MONTHS.indexOf(long[1] ?? ""), Number(long[2])] : null;
  if (!parts) return null;
  const [year = 0, month = 0, day = 0] = parts;
  return formatDate("es", new Date(Date.UTC(year, month, day)));
};

/**
 * A message the services wrote in English, in `language`. Messages without a translation (and any
 * value inside a pattern that is not one of our words, such as a name or a number) stay as they are.
 */
export const translateMessage = (message: string, language: LanguageCode = requestLanguage()): string => {
  if (language === "en") return message;
  const exact = MESSAGES[message];
  if (exact) return exact;
  for (const pattern of compiled) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const values = new Map(pattern.names.map((name, i) => [name, match[i + 1] ?? ""]));
    return pattern.spanish.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values.get(name) ?? "";
      return WORDS[value] ?? spanishDate(value) ?? value;
    });
  }
  return message;
};
