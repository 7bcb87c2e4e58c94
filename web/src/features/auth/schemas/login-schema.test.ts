import { describe, expect, it } from "vitest";
import { recoveryCodeSchema, totpCodeSchema } from "./login-schema";

describe("second-factor schemas", () => {
  it("accepts a 6-digit code typed with spaces", () => {
    expect(totpCodeSchema.parse({ code: "123 456" })).toEqual({ code: "123456" });
  });

  it("rejects codes of the wrong length or with letters", () => {
    expect(totpCodeSchema.safeParse({ code: "12345" }).success).toBe(false);
    expect(totpCodeSchema.safeParse({ code: "12345a" }).success).toBe(false);
  });

  it("trims recovery codes and requires one", () => {
    expect(recoveryCodeSchema.parse({ code: "  abcd-efgh " })).toEqual({ code: "abcd-efgh" });
    expect(recoveryCodeSchema.safeParse({ code: "   " }).success).toBe(false);
  });
});
