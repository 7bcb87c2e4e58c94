import type { i18n as I18n, TFunction } from "i18next";
import { use, useMemo, useSyncExternalStore } from "react";
import { currentLanguage, detectLanguage, type Language, saveLanguage } from "./language";
import type { Namespace } from "./namespaces";

export { LANGUAGES, currentLanguage, currentLocale, type Language } from "./language";
export type { Namespace } from "./namespaces";

// i18next is ~15 kB gzipped: it is its own chunk, fetched as the app starts (main.tsx waits for
// it before the first render) so the entry chunk stays within the public JavaScript budget.
let instance: I18n | null = null;
let starting: Promise<I18n> | null = null;

/** Loads i18next and the `common` strings of the detected language (once). */
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

const subscribe = (onChange: () => void) => {
  const i18n = instance;
  if (!i18n) return () => undefined;
  i18n.on("languageChanged", onChange);
  return () => i18n.off("languageChanged", onChange);
};

/** The active language; re-renders the caller when it changes. */
export const useLanguage = (): Language => useSyncExternalStore(subscribe, currentLanguage, currentLanguage);

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

/**
 * `t` for one namespace in the active language. Suspends (the nearest Suspense shows) while that
 * namespace's strings load; missing Spanish strings fall back to English.
 */
export const useT = (ns: Namespace = "common"): TFunction => {
  const i18n = instance ?? use(startI18n());
  const language = useLanguage();
  const pending = namespaceLoad(i18n, language, ns);
  if (pending) use(pending);
  return useMemo(() => i18n.getFixedT(language, ns), [i18n, language, ns]);
};
