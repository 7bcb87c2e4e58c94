import { describe, expect, it } from "vitest";
import { heldLabel, pickerSummary, runSummary, totalCount, totalHeld, triggerLabel } from "./retention-labels";

describe("retention reports", () => {
  it("adds up what a run removed and what legal holds kept", () => {
    const rules = [
      { count: 3, held: 1 },
      { count: 2, held: 0 },
    ];
    expect(totalCount(rules)).toBe(5);
    expect(totalHeld(rules)).toBe(1);
    expect(totalHeld([{ held: null }, { held: 2 }])).toBeNull();
    expect(heldLabel(null)).toBe("—");
    expect(heldLabel(4)).toBe("4");
  });

  it("summarises a run", () => {
    expect(runSummary(0, true)).toBe("Nothing was due");
    expect(runSummary(1, true)).toBe("1 record would be deleted");
    expect(runSummary(12, false)).toBe("12 records deleted");
    expect(triggerLabel("MANUAL")).toBe("Run by an admin");
  });

  it("says what the organization picker found", () => {
    expect(pickerSummary(0, 0, "zzz")).toBe("No organization matches “zzz”.");
    expect(pickerSummary(1, 1, "lake")).toBe("1 organization matches “lake”.");
    expect(pickerSummary(10, 42, "")).toBe("Showing 10 of 42: type more of the name to narrow it down.");
    expect(pickerSummary(3, 3, "")).toBe("3 organizations.");
  });
});
