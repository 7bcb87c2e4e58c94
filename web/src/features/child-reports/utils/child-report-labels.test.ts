import { describe, expect, it } from "vitest";
import { childReportStatus, isConfirmWord, isStale, reportSubject, resolveErrorMessage, sortReports } from "./child-report-labels";

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

  it("says who the report is about", () => {
    expect(reportSubject({ subjectUserId: "u1", subjectDisplayName: "Tess Young", subjectErased: false })).toBe("Account: Tess Young");
    expect(reportSubject({ subjectUserId: "u1", subjectDisplayName: null, subjectErased: true })).toBe("Account deleted");
    expect(reportSubject({ subjectUserId: null, subjectDisplayName: null, subjectErased: false })).toBe("No account has the reported e-mail address");
  });

  it("explains resolve errors and refreshes when the report changed meanwhile", () => {
    expect(resolveErrorMessage({ code: "ALREADY_RESOLVED", message: "x" })).toBe("Someone has handled this report already. The list has been refreshed.");
    expect(resolveErrorMessage({ code: "INVALID", message: "That is not a report id." })).toBe("That is not a report id.");
    expect(isStale("ALREADY_RESOLVED")).toBe(true);
    expect(isStale("INVALID")).toBe(false);
  });
});
