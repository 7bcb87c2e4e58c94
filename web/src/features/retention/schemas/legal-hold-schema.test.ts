import { describe, expect, it } from "vitest";
import { isEmailSubject, legalHoldSchema } from "./legal-hold-schema";

const id = "643b9440-560c-401d-a82f-560454ef2447";

describe("legal hold schema", () => {
  it("accepts a person by e-mail or id, and an organization by id", () => {
    const byEmail = legalHoldSchema.parse({ scope: "USER", subject: " carla@example.org ", reason: "Case 2026-14" });
    expect(isEmailSubject(byEmail)).toBe(true);
    expect(legalHoldSchema.safeParse({ scope: "USER", subject: id, reason: "Case 2026-14" }).success).toBe(true);
    expect(legalHoldSchema.safeParse({ scope: "ORGANIZATION", subject: id, reason: "Case 2026-14" }).success).toBe(true);
  });

  it("explains what is wrong", () => {
    expect(legalHoldSchema.safeParse({ scope: "ORGANIZATION", subject: "Sunrise Care", reason: "Case" }).error?.issues[0]?.message).toBe(
      "Choose the organization from the list",
    );
    expect(legalHoldSchema.safeParse({ scope: "ORGANIZATION", subject: "", reason: "Case 12" }).error?.issues[0]?.message).toBe("Choose the organization from the list");
    expect(legalHoldSchema.safeParse({ scope: "USER", subject: " ", reason: "Case 12" }).error?.issues[0]?.message).toBe("Enter who the hold is for");
    expect(legalHoldSchema.safeParse({ scope: "USER", subject: "carla", reason: "x" }).error?.issues.map((i) => i.path[0])).toEqual([
      "reason",
      "subject",
    ]);
  });
});
