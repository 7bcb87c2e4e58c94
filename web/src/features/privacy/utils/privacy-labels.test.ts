import { describe, expect, it } from "vitest";
import { consentActionLabel, consentPurposeLabel, exportFilename, exportProgressLabel, isExportPending } from "./privacy-labels";

describe("privacy labels", () => {
  it("names ledger entries in words", () => {
    expect(consentPurposeLabel("ANALYTICS")).toBe("Usage analytics");
    expect(consentPurposeLabel("SOMETHING_NEW")).toBe("SOMETHING_NEW");
    expect(consentActionLabel("ACCEPT", "PRIVACY_POLICY")).toBe("Accepted");
    expect(consentActionLabel("ACCEPT", "MARKETING")).toBe("Agreed");
    expect(consentActionLabel("WITHDRAW", "MARKETING")).toBe("Withdrawn");
  });

  it("dates the export file name", () => {
    expect(exportFilename(new Date(2026, 2, 5, 23, 59))).toBe("carecoreplus-my-data-2026-03-05.json");
  });

  it("knows when a copy is still being prepared", () => {
    expect(isExportPending({ kind: "EXPORT", status: "RECEIVED" })).toBe(true);
    expect(isExportPending({ kind: "ACCESS", status: "COMPLETED" })).toBe(false);
    expect(isExportPending({ kind: "DELETION", status: "RECEIVED" })).toBe(false);
  });

  it("POL-RIGHT-ACCESS: says how far the export has got", () => {
    expect(exportProgressLabel({ sectionsDone: 0, sectionsTotal: 17 })).toBe("0 of 17 parts ready.");
    expect(exportProgressLabel({ sectionsDone: 7, sectionsTotal: 17 })).toBe("7 of 17 parts ready.");
  });
});
