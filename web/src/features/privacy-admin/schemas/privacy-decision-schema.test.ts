import { describe, expect, it } from "vitest";
import { privacyDecisionSchema } from "./privacy-decision-schema";

const values = { text: " Export sent ", days: "", confirmErase: false };

describe("privacy decision schema", () => {
  it("needs a note the requester will read", () => {
    const result = privacyDecisionSchema("REJECT", { deletion: false, maxDays: 60 }).safeParse({ ...values, text: "no" });
    expect(result.error?.issues[0]?.message).toBe("Write why we can't do it (at least 3 characters); the requester will read it");
    expect(privacyDecisionSchema("COMPLETE", { deletion: false, maxDays: 60 }).parse(values).text).toBe("Export sent");
  });

  it("needs a confirmation to complete a deletion", () => {
    const schema = privacyDecisionSchema("COMPLETE", { deletion: true, maxDays: 60 });
    expect(schema.safeParse(values).error?.issues[0]?.path).toEqual(["confirmErase"]);
    expect(schema.safeParse({ ...values, confirmErase: true }).success).toBe(true);
  });

  it("keeps extensions within what is left", () => {
    const schema = privacyDecisionSchema("EXTEND", { deletion: false, maxDays: 20 });
    expect(schema.safeParse({ ...values, days: "21" }).error?.issues[0]?.message).toBe("Enter a whole number of days from 1 to 20");
    expect(schema.safeParse({ ...values, days: "1.5" }).success).toBe(false);
    expect(schema.safeParse({ ...values, days: "20" }).success).toBe(true);
    expect(privacyDecisionSchema("EXTEND", { deletion: false, maxDays: 0 }).safeParse({ ...values, days: "1" }).error?.issues[0]?.message).toBe(
      "This deadline can't be extended any further",
    );
  });
});
