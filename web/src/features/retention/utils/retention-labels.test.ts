import { describe, expect, it } from "vitest";
import { parseRuleReport, runSummary, totalCount, triggerLabel } from "./retention-labels";

describe("retention reports", () => {
  it("reads a rule report and tolerates odd values", () => {
    const rule = parseRuleReport({
      rule: "SUPPORT",
      clause: "POL-RETAIN-SUPPORT",
      cutoff: "2023-11-28T00:00:00.000Z",
      count: 3,
      description: "Support requests, 3 years after the last contact",
    });
    expect(rule).toEqual({
      rule: "SUPPORT",
      clause: "POL-RETAIN-SUPPORT",
      cutoff: "2023-11-28T00:00:00.000Z",
      count: 3,
      description: "Support requests, 3 years after the last contact",
    });
    expect(parseRuleReport({ rule: "X", count: "2" })).toEqual({ rule: "X", clause: "", cutoff: null, count: 2, description: "X" });
    expect(parseRuleReport(null).count).toBe(0);
    expect(totalCount([rule, { ...rule, count: 2 }])).toBe(5);
  });

  it("summarises a run", () => {
    expect(runSummary(0, true)).toBe("Nothing was due");
    expect(runSummary(1, true)).toBe("1 record would be deleted");
    expect(runSummary(12, false)).toBe("12 records deleted");
    expect(triggerLabel("MANUAL")).toBe("Run by an admin");
  });
});
