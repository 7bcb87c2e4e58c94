import { requestStore } from "../../app/context";
import { MESSAGES, PATTERNS, WORDS } from "./messages.es";

/** The languages the API writes its messages in; English is the default and the fallback. */
export const MESSAGE_LANGUAGES = ["en", "es"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** The language of the request being served (from its Accept-Language), English outside a request. */
export const requestLanguage = (): MessageLanguage => requestStore.getStore()?.language ?? "en";

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

/**
 * A message the services wrote in English, in `language`. Messages without a translation (and any
 * value inside a pattern that is not one of our words, such as a name or a number) stay as they are.
 */
export const translateMessage = (message: string, language: MessageLanguage = requestLanguage()): string => {
  if (language === "en") return message;
  const exact = MESSAGES[message];
  if (exact) return exact;
  for (const pattern of compiled) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const values = new Map(pattern.names.map((name, i) => [name, match[i + 1] ?? ""]));
    return pattern.spanish.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values.get(name) ?? "";
      return WORDS[value] ?? value;
    });
  }
  return message;
};
