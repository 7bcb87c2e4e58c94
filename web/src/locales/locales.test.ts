import { describe, expect, it } from "vitest";
import { ENGLISH_ONLY, NAMESPACES } from "@/lib/i18n/namespaces";

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>("./*/*.json", { eager: true, import: "default" });

const strings = (tree: Tree, prefix = ""): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of strings(value, path)) out.set(k, v);
  }
  return out;
};

const load = (language: string, ns: string): Map<string, string> => {
  const tree = files[`./${language}/${ns}.json`];
  if (!tree) throw new Error(`missing ${language}/${ns}.json`);
  return strings(tree);
};

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? "").sort();
// i18next plural suffixes: Spanish and English both use _one/_other (Spanish may add _many).
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

describe.each(NAMESPACES.filter((ns) => !ENGLISH_ONLY.includes(ns)))("the %s strings", (ns) => {
  const en = load("en", ns);
  const es = load("es", ns);

  it("has every English key in Spanish", () => {
    expect([...en.keys()].filter((key) => !es.has(key))).toEqual([]);
  });

  it("has no Spanish key that English lacks", () => {
    const english = new Set([...en.keys()].map(base));
    expect([...es.keys()].filter((key) => !english.has(base(key)))).toEqual([]);
  });

  it("uses the same {{variables}} in both languages", () => {
    const mismatched = [...en].filter(([key, text]) => es.has(key) && variables(text).join() !== variables(es.get(key) ?? "").join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("leaves no string empty", () => {
    expect([...en, ...es].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });
});

describe.each(ENGLISH_ONLY)("the English-only %s strings", (ns) => {
  it("are written in English and not (yet) in Spanish, which falls back to English", () => {
    expect(files[`./en/${ns}.json`]).toBeDefined();
    expect(files[`./es/${ns}.json`]).toBeUndefined();
  });

  it("leave no string empty", () => {
    expect([...load("en", ns)].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });
});
