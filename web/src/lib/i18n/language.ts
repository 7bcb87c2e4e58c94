// The active language, kept outside i18next so the entry chunk (dates, <html lang>, the switcher)
// can read it without downloading i18next itself.

export const LANGUAGES = [
  { code: "en", label: "English", locale: "en-US" },
  { code: "es", label: "Español", locale: "es-US" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

const STORAGE_KEY = "ccp.language";

export const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l.code === value);

const saved = (): string | null => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

/** The saved choice, else the browser's first language we have, else English. */
export const detectLanguage = (): Language => {
  const choice = typeof localStorage === "undefined" ? null : saved();
  if (isLanguage(choice)) return choice;
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const code = tag?.toLowerCase().split("-")[0];
    if (isLanguage(code)) return code;
  }
  return "en";
};

/** Whether this browser has a saved choice (`ccp.language`): then it wins over the account's language. */
export const hasSavedLanguage = (): boolean => isLanguage(typeof localStorage === "undefined" ? null : saved());

export const saveLanguage = (language: Language): void => {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the choice lasts for this page load only.
  }
};

let current: Language = "en";

export const currentLanguage = (): Language => current;

/** BCP 47 locale for Intl ("en-US", "es-US"): dates and numbers follow the language. */
export const currentLocale = (): string => LANGUAGES.find((l) => l.code === current)?.locale ?? "en-US";

const listeners = new Set<() => void>();

/** Re-render on a switch (useSyncExternalStore): works before i18next itself has loaded. */
export const subscribeLanguage = (onChange: () => void): (() => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/** Called by the i18n setup whenever i18next switches language. */
export const setCurrentLanguage = (language: Language): void => {
  const changed = language !== current;
  current = language;
  if (typeof document !== "undefined") document.documentElement.lang = language;
  if (changed) for (const listener of listeners) listener();
};
