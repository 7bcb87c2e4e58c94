import enCommon from "@/locales/en/common.json";
import enPublic from "@/locales/en/public.json";
import type { Namespace } from "./namespaces";

// English `common` and `public` are in the entry chunk so English pages paint at once; i18next (its own
// chunk) arrives right after and takes over with the same resources. This reads them the way i18next
// does for what our strings use: nested keys, {{value}} interpolation, _one/_other plurals by `count`.
const BUNDLED: Partial<Record<Namespace, Record<string, unknown>>> = { common: enCommon, public: enPublic };

const plural = new Intl.PluralRules("en-US");

const lookup = (resources: Record<string, unknown>, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), resources);

export const hasEnglish = (ns: Namespace): boolean => ns in BUNDLED;

/** The English string for `key` in `ns` (before i18next has loaded), or the key when there is none. */
export const englishT = (ns: Namespace, key: string, values: Record<string, unknown> = {}): string => {
  const resources = BUNDLED[ns];
  if (!resources) return key;
  const count = values.count;
  const found =
    (typeof count === "number" ? lookup(resources, `${key}_${plural.select(count)}`) ?? lookup(resources, `${key}_other`) : undefined) ??
    lookup(resources, key);
  if (typeof found !== "string") return key;
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
};
