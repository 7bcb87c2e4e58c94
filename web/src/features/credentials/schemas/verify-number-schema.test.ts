import { describe, expect, it } from "vitest";
import { normaliseCredentialNumber, verifyNumberSchema } from "./verify-number-schema";

describe("verify number schema", () => {
  it("forgives spaces and lower case", () => {
    expect(normaliseCredentialNumber("  ccp-2026-7kq4 -mx2d ")).toBe("CCP-2026-7KQ4-MX2D");
    expect(verifyNumberSchema.parse({ number: "ccp-2026-7kq4-mx2d" })).toEqual({ number: "CCP-2026-7KQ4-MX2D" });
  });

  it("asks for a number when the box is empty", () => {
    const result = verifyNumberSchema.safeParse({ number: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter the credential number printed on the certificate");
  });

  it("refuses text far longer than a number", () => {
    expect(verifyNumberSchema.safeParse({ number: "X".repeat(65) }).success).toBe(false);
  });
});
