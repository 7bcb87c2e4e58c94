import { describe, expect, it } from "vitest";
import { childReportStatus, isConfirmWord, sortReports } from "./child-report-labels";

describe("child report labels", () => {
  it("lists open reports first, newest first", () => {
    const reports = [
      { id: "a", status: "DISMISSED", createdAt: "2026-06-03T00:00:00Z" },
      { id: "b", status: "OPEN", createdAt: "2026-06-01T00:00:00Z" },
      { id: "c", status: "OPEN", createdAt: "2026-06-02T00:00:00Z" },
    ];
    expect(sortReports(reports).map((r) => r.id)).toEqual(["c", "b", "a"]);
  });

  it("needs the confirmation word", () => {
    expect(isConfirmWord(" delete ")).toBe(true);
    expect(isConfirmWord("yes")).toBe(false);
    expect(childReportStatus("CONFIRMED").label).toBe("Confirmed");
  });
});
