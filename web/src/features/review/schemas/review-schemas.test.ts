import { describe, expect, it } from "vitest";
import { createScoreSchema, decisionSchema, noteSchema } from "./review-schemas";

describe("review forms", () => {
  it("needs a decision and a reason the applicant can read", () => {
    expect(decisionSchema.safeParse({ decision: "APPROVE", reason: "Meets every criterion." }).success).toBe(true);
    const noReason = decisionSchema.safeParse({ decision: "REJECT", reason: "  " });
    expect(noReason.error?.issues[0]?.message).toBe("Tell the applicant the reason for your decision");
    expect(decisionSchema.safeParse({ decision: "", reason: "Something" }).error?.issues[0]?.message).toBe(
      "Choose a decision",
    );
  });

  it("keeps scores within the criterion's range", () => {
    const schema = createScoreSchema(5);
    expect(schema.safeParse({ score: "5", comment: "" }).success).toBe(true);
    expect(schema.safeParse({ score: "0", comment: "" }).success).toBe(true);
    expect(schema.safeParse({ score: "6", comment: "" }).error?.issues[0]?.message).toBe(
      "Give a whole score from 0 to 5",
    );
    expect(schema.safeParse({ score: "", comment: "" }).error?.issues[0]?.message).toBe("Choose a score");
  });

  it("refuses an empty note", () => {
    expect(noteSchema.safeParse({ body: "   " }).success).toBe(false);
    expect(noteSchema.safeParse({ body: "Called the provider." }).success).toBe(true);
  });
});
