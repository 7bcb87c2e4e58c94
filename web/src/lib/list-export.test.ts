import { describe, expect, it } from "vitest";
import { listExportFilename, listExportUrl } from "./list-export";

describe("list export URLs", () => {
  it("carries the screen's filters, leaving empty ones out", () => {
    expect(listExportUrl("credentials")).toBe("/api/admin/exports/credentials.csv");
    expect(listExportUrl("applications", { status: ["SUBMITTED", "UNDER_REVIEW"], kind: null, unassigned: true, minAgeDays: 14, sort: "SUBMITTED_AT_ASC" })).toBe(
      "/api/admin/exports/applications.csv?status=SUBMITTED%2CUNDER_REVIEW&unassigned=true&minAgeDays=14&sort=SUBMITTED_AT_ASC",
    );
    expect(listExportUrl("privacy-requests", { status: "", kind: "ACCESS", overdue: false })).toBe("/api/admin/exports/privacy-requests.csv?kind=ACCESS");
    expect(listExportUrl("people", { email: "a+b@example.org" })).toBe("/api/admin/exports/people.csv?email=a%2Bb%40example.org");
    expect(listExportFilename("payments", "2026-11-29")).toBe("carecoreplus-payments-2026-11-29.csv");
  });
});
