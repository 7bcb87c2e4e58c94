import type { i18n as I18n, TFunction } from "i18next";
import { use, useMemo, useSyncExternalStore } from "react";
import { englishT, hasEnglish } from "./english";
import { currentLanguage, detectLanguage, type Language, saveLanguage, subscribeLanguage } from "./language";
import type { Namespace } from "./namespaces";

export { LANGUAGES, currentLanguage, currentLocale, hasSavedLanguage, type Language } from "./language";
export type { Namespace } from "./namespaces";

// i18next is ~15 kB gzipped: it is its own chunk, fetched as the app starts, so the entry chunk stays
// within the public JavaScript budget. English pages do not wait for it: the English `common` and
// `public` strings are in the entry (english.ts) and read directly until i18next is there. Other
// languages wait for it before the first render (main.tsx).
let instance: I18n | null = null;
let starting: Promise<I18n> | null = null;

/** Loads i18next and the `common` and `public` strings of the detected language (once). */
export const startI18n = (language: Language = detectLanguage()): Promise<I18n> => {
  starting ??= import("./setup")
    .then(({ createI18n }) => createI18n(language))
    .then((created) => {
      instance = created;
      return created;
    });
  return starting;
};

/** Switches the language, saves the choice in this browser, and loads the new strings first. */
export const changeLanguage = async (language: Language): Promise<void> => {
  saveLanguage(language);
  const i18n = await startI18n();
  await i18n.changeLanguage(language);
};

/** The active language; re-renders the caller when it changes. */
export const useLanguage = (): Language => useSyncExternalStore(subscribeLanguage, currentLanguage, currentLanguage);

// One promise per language and namespace, so that React's `use` sees the same promise on retry.
const loading = new Map<string, Promise<unknown>>();
const namespaceLoad = (i18n: I18n, language: Language, ns: Namespace): Promise<unknown> | null => {
  if (i18n.hasLoadedNamespace(ns, { lng: language })) return null;
  const key = `${language}/${ns}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = i18n.loadNamespaces(ns);
    loading.set(key, promise);
  }
  return promise;
};

// React reads `status` on a thenable it is given: a fulfilled one does not suspend. Passing it
// when the strings are already there keeps `use` at the same place in every render (a `use`
// called only sometimes breaks React's replay of a suspended component: error #467).
const ready = Object.assign(Promise.resolve(), { status: "fulfilled" as const, value: undefined });

/**
 * `t` for one namespace in the active language. Suspends (the nearest Suspense shows) while that
 * namespace's strings load; missing Spanish strings fall back to English.
 */
export const useT = (ns: Namespace = "common"): TFunction => {
  const language = useLanguage();
  const i18n = instance;
  // Before i18next is there: English `common`/`public` read from the entry; anything else waits for it.
  const english = !i18n && language === "en" && hasEnglish(ns);
  use(i18n ? (namespaceLoad(i18n, language, ns) ?? ready) : english ? ready : startI18n());
  return useMemo(
    () => (i18n ? i18n.getFixedT(language, ns) : ((key: string, values?: Record<string, unknown>) => englishT(ns, key, values)) as unknown as TFunction),
    [i18n, language, ns],
  );
};

/**
 * For code outside components (zod messages, error descriptions): the string in the active
 * language, read when it is shown. Components use `useT`, which also re-renders on a switch.
 */
export const translate = (ns: Namespace, key: string, values?: Record<string, unknown>): string =>
  instance ? instance.t(key, { ns, ...values }) : englishT(ns, key, values);

/**
 * A record of labels read in the active language each time one is read (`STATUS_LABEL.DRAFT`),
 * so the many screens that index it need no change: keys are `<prefix>.<KEY>` in `ns`.
 */
export const translatedLabels = <K extends string>(ns: Namespace, prefix: string, keys: readonly K[]): Readonly<Record<K, string>> =>
  Object.defineProperties(
    {},
    Object.fromEntries(keys.map((key) => [key, { enumerable: true, get: () => translate(ns, `${prefix}.${key}`) }])),
  ) as Record<K, string>;

/** A zod `error` option whose text follows the active language: `.min(1, zodMessage("public", "x"))`. */
export const zodMessage = (ns: Namespace, key: string, values?: Record<string, unknown>) => ({
  error: () => translate(ns, key, values),
});
