import { describe, expect, it } from "vitest";
import { waitingForSecondReviewer } from "./second-reviewer";

const submitted = { toStatus: "SUBMITTED" as const, at: "2026-03-01T10:00:00Z" };

describe("waitingForSecondReviewer", () => {
  it("trusts the server's approvalsNeeded", () => {
    expect(waitingForSecondReviewer({ approvalsNeeded: 1, status: "UNDER_REVIEW", reviewDecisions: [], timeline: [] })).toBe(true);
  });

  it("counts one approval since the last submission", () => {
    expect(
      waitingForSecondReviewer({
        approvalsNeeded: null,
        status: "UNDER_REVIEW",
        reviewDecisions: [{ decision: "APPROVE", at: "2026-03-02T10:00:00Z" }],
        timeline: [submitted],
      }),
    ).toBe(true);
  });

  it("ignores approvals from before a resubmission, and decided applications", () => {
    expect(
      waitingForSecondReviewer({
        approvalsNeeded: 0,
        status: "UNDER_REVIEW",
        reviewDecisions: [{ decision: "APPROVE", at: "2026-02-01T10:00:00Z" }],
        timeline: [submitted],
      }),
    ).toBe(false);
    expect(
      waitingForSecondReviewer({
        approvalsNeeded: 0,
        status: "APPROVED",
        reviewDecisions: [{ decision: "APPROVE", at: "2026-03-02T10:00:00Z" }],
        timeline: [submitted],
      }),
    ).toBe(false);
  });
});
