import { describe, expect, it } from "vitest";
import enCommon from "@/locales/en/common.json";
import enPublic from "@/locales/en/public.json";
import { startI18n } from "./index";
import { englishT } from "./english";

/** Every leaf key, with the plural suffix removed (i18next picks it by `count`). */
const keysOf = (node: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(node).flatMap(([k, v]) => (v && typeof v === "object" ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`]));

describe("English before i18next has loaded", () => {
  it("reads every common and public string exactly as i18next does, with values and plurals", async () => {
    const i18n = await startI18n("en");
    for (const [ns, resources] of [["common", enCommon], ["public", enPublic]] as const) {
      for (const key of new Set(keysOf(resources))) {
        expect(englishT(ns, key), `${ns}:${key} without values`).toBe(i18n.t(key, { ns, lng: "en" }));
        for (const count of [0, 1, 3]) {
          const values = { count, name: "Rosa", number: "CCP-2026-AAAA-BBBB", date: "May 1, 2026", version: 2, title: "Privacy Policy", email: "rosa@example.org", min: 12, max: 64, year: 2026 };
          expect(englishT(ns, key, values), `${ns}:${key} (count ${count})`).toBe(i18n.t(key, { ns, lng: "en", ...values }));
        }
      }
    }
  });

  it("gives the key back for what it does not hold (like i18next for a missing key)", () => {
    expect(englishT("public", "no.such.key")).toBe("no.such.key");
    expect(englishT("applicant", "dashboard.title")).toBe("dashboard.title");
  });
});
