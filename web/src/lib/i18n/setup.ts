import i18next, { type BackendModule, type i18n as I18n } from "i18next";
import enCommon from "@/locales/en/common.json";
import enPublic from "@/locales/en/public.json";
import { LANGUAGES, type Language, isLanguage, setCurrentLanguage } from "./language";
import { ENGLISH_ONLY, type Namespace } from "./namespaces";

// English `common` and `public` ship with i18next (what the landing and verification pages need at
// first paint, without another round trip); every other language and namespace is its own small
// JSON chunk, fetched when a page needs it.
const files = import.meta.glob<Record<string, unknown>>(
  ["../../locales/*/*.json", "!../../locales/en/common.json", "!../../locales/en/public.json"],
  { import: "default" },
);

const lazyJson: BackendModule = {
  type: "backend",
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = files[`../../locales/${language}/${namespace}.json`];
    if (!load && language !== "en" && ENGLISH_ONLY.includes(namespace as Namespace)) {
      // Not translated yet: nothing in this language, so every key falls back to English.
      callback(null, {});
      return;
    }
    if (!load) {
      callback(new Error(`No ${language}/${namespace} strings`), false);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Creates and initialises the app's i18next instance; resolves once `common` and `public` are ready. */
export const createI18n = async (language: Language): Promise<I18n> => {
  const instance = i18next.createInstance();
  instance.on("languageChanged", (lng) => {
    if (isLanguage(lng)) setCurrentLanguage(lng);
  });
  await instance.use(lazyJson).init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: LANGUAGES.map((l) => l.code),
    load: "languageOnly",
    ns: ["common", "public"],
    defaultNS: "common",
    resources: { en: { common: enCommon, public: enPublic } },
    partialBundledLanguages: true,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};
