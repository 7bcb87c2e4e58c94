import { describe, expect, it } from "vitest";
import { auditExportUrl, EMPTY_AUDIT_FILTER, toAuditFilter } from "./audit-filter";

describe("audit filter form", () => {
  it("keeps only what was filled in, trimmed", () => {
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, action: " credential. ", targetId: "" })).toEqual({ ok: true, filter: { action: "credential." } });
  });

  it("asks for a real person id and a time range that makes sense", () => {
    const r = toAuditFilter({ ...EMPTY_AUDIT_FILTER, actorUserId: "maya", from: "2026-03-02T10:00", to: "2026-03-01T10:00" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["actorUserId", "to"]);
  });

  it("builds the export URL with the same filter", () => {
    expect(auditExportUrl({})).toBe("/api/audit/export");
    expect(auditExportUrl({ action: "user.", targetId: "a b" })).toBe("/api/audit/export?action=user.&targetId=a+b");
  });
});
