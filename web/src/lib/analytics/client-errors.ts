import { EVENT_NAME } from "./paths";

// A client error is sent as one event name: "<type>:<a few words of the
// message>:<route pattern>". Quoted text, addresses, e-mail addresses and
// numbers are dropped first, because that is where personal data hides in
// error messages ("Cannot find 'Ann Smith'", "…/verify/CCP-123?x=…").

const MAX_WORDS = 8;
const MAX_MESSAGE = 60;

/** A few plain words of an error message, or "" when nothing safe is left. */
export const messageWords = (message: string): string =>
  message
    .replace(/(["'`‘“]).*?(["'`’”])/g, " ")
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, " ")
    .replace(/\S+@\S+/g, " ")
    .replace(/\S*\d\S*/g, " ")
    .split(/[^A-Za-z]+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS)
    .join("-")
    .slice(0, MAX_MESSAGE)
    .replace(/-+$/, "");

/** The error's type if it looks like one (TypeError, ChunkLoadError), else "Error". */
export const errorType = (value: unknown): string => {
  const name = value instanceof Error ? value.name : "";
  return /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(name) ? name : "Error";
};

/** The message of a window error: the error's own, or the event's without Chromium's "Uncaught TypeError: " prefix. */
export const errorEventMessage = (error: unknown, eventMessage: string | undefined): string =>
  error instanceof Error ? error.message : (eventMessage ?? "").replace(/^Uncaught\s+(?:[A-Za-z]+:\s*)?/, "");

export const clientErrorName = (type: string, message: string, route: string): string => {
  const words = messageWords(message);
  const name = [type, words, route].filter(Boolean).join(":");
  const trimmed = name.slice(0, 120);
  return EVENT_NAME.test(trimmed) ? trimmed : type;
};
