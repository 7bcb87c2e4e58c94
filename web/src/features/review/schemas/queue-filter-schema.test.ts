import { describe, expect, it } from "vitest";
import { DEFAULT_QUEUE_FILTERS, isOverdue, queueFilterSchema, toQueueVariables } from "./queue-filter-schema";

describe("review queue filters", () => {
  it("defaults to submitted and under review, oldest first, for anyone", () => {
    expect(toQueueVariables(DEFAULT_QUEUE_FILTERS, "me-1")).toEqual({
      filter: { status: ["SUBMITTED", "UNDER_REVIEW"] },
      sort: "SUBMITTED_AT_ASC",
    });
  });

  it("maps 'assigned to me' to the viewer's id and 'unassigned' to the flag", () => {
    expect(toQueueVariables({ ...DEFAULT_QUEUE_FILTERS, assignment: "me" }, "r-7").filter).toMatchObject({
      assigneeId: "r-7",
    });
    const unassigned = toQueueVariables({ ...DEFAULT_QUEUE_FILTERS, assignment: "unassigned" }, "r-7").filter;
    expect(unassigned.unassigned).toBe(true);
    expect(unassigned.assigneeId).toBeUndefined();
  });

  it("passes kind and age, and leaves out what is empty", () => {
    expect(
      toQueueVariables(
        { statuses: [], kind: "PROGRAM_ACCREDITATION", assignment: "anyone", olderThanDays: " 14 ", sort: "UPDATED_AT_DESC" },
        "x",
      ),
    ).toEqual({ filter: { kind: "PROGRAM_ACCREDITATION", minAgeDays: 14 }, sort: "UPDATED_AT_DESC" });
    expect(toQueueVariables({ ...DEFAULT_QUEUE_FILTERS, olderThanDays: "0" }, "x").filter.minAgeDays).toBeUndefined();
  });

  it("rejects an age that isn't a whole number of days", () => {
    expect(queueFilterSchema.safeParse({ ...DEFAULT_QUEUE_FILTERS, olderThanDays: "two weeks" }).success).toBe(false);
    expect(queueFilterSchema.safeParse({ ...DEFAULT_QUEUE_FILTERS, olderThanDays: "3.5" }).success).toBe(false);
    expect(queueFilterSchema.safeParse({ ...DEFAULT_QUEUE_FILTERS, olderThanDays: "" }).success).toBe(true);
  });

  it("highlights applications older than 14 days", () => {
    expect(isOverdue(14)).toBe(false);
    expect(isOverdue(15)).toBe(true);
    expect(isOverdue(null)).toBe(false);
  });
});
