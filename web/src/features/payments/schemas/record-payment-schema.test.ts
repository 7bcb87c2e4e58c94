import { describe, expect, it } from "vitest";
import { recordPaymentSchema } from "./record-payment-schema";

describe("record payment schema", () => {
  it("needs a 2–100 character reference", () => {
    expect(recordPaymentSchema.parse({ reference: " BANK-123 " })).toEqual({ reference: "BANK-123" });
    expect(recordPaymentSchema.safeParse({ reference: "x" }).success).toBe(false);
    expect(recordPaymentSchema.safeParse({ reference: "x".repeat(101) }).success).toBe(false);
  });
});
