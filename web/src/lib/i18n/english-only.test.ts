import { describe, expect, it } from "vitest";
import { createI18n } from "./setup";

describe("a namespace written in English only (staff)", () => {
  it("reads in English for a Spanish visitor, while translated namespaces read in Spanish", async () => {
    const i18n = await createI18n("es");
    await i18n.loadNamespaces(["staff", "common"]);
    expect(i18n.t("nav.label", { ns: "staff" })).toBe("Staff area");
    expect(i18n.t("nav.insights", { ns: "staff" })).toBe("Insights");
    expect(i18n.t("errors.network", { ns: "common" })).not.toBe(i18n.getFixedT("en", "common")("errors.network"));
  });
});
