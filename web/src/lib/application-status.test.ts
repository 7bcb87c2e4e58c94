import { describe, expect, it } from "vitest";
import { canWithdraw, describeEvent, isEditable } from "./application-status";

describe("application status rules", () => {
  it("allows edits only for drafts and change requests", () => {
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("CHANGES_REQUESTED")).toBe(true);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("APPROVED")).toBe(false);
  });

  it("allows withdrawing until a decision", () => {
    expect(canWithdraw("UNDER_REVIEW")).toBe(true);
    expect(canWithdraw("APPROVED")).toBe(false);
    expect(canWithdraw("REJECTED")).toBe(false);
    expect(canWithdraw("WITHDRAWN")).toBe(false);
  });

  it("describes timeline steps in plain words", () => {
    expect(describeEvent(null, "DRAFT")).toBe("Application started");
    expect(describeEvent("DRAFT", "SUBMITTED")).toBe("Sent for review");
    expect(describeEvent("CHANGES_REQUESTED", "SUBMITTED")).toBe("Sent again for review");
  });
});
