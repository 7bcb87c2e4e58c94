import { describe, expect, it } from "vitest";
import { privacyCodeSchema, publicPrivacyRequestSchema, toPrivacyRequestStartInput } from "./public-privacy-request-schema";

const base = { email: "  sam@example.org ", kind: "ACCESS", details: "", corrections: [], confirmDeletion: false } as const;

describe("public privacy request schema [POL-RIGHT-IDENTITY]", () => {
  it("POL-RIGHT-IDENTITY: needs the account's e-mail address and sends it trimmed", () => {
    expect(publicPrivacyRequestSchema.safeParse({ ...base, email: "" }).error?.issues[0]?.message).toBe(
      "Enter the e-mail address you use for CareCorePlus",
    );
    expect(publicPrivacyRequestSchema.safeParse({ ...base, email: "sam" }).error?.issues[0]?.path).toEqual(["email"]);
    expect(toPrivacyRequestStartInput(publicPrivacyRequestSchema.parse(base))).toEqual({ email: "sam@example.org", kind: "ACCESS" });
  });

  it("POL-RIGHT-CORRECT: a correction says what is wrong", () => {
    const result = publicPrivacyRequestSchema.safeParse({ ...base, kind: "CORRECTION", details: "no" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["details"] });
    const ok = publicPrivacyRequestSchema.parse({ ...base, kind: "CORRECTION", details: " Surname is Smith " });
    expect(toPrivacyRequestStartInput(ok)).toEqual({ email: "sam@example.org", kind: "CORRECTION", details: "Surname is Smith" });
  });

  it("POL-RIGHT-CORRECT: a correction can name the details instead, checked like the signed-in form", () => {
    const ok = publicPrivacyRequestSchema.parse({ ...base, kind: "CORRECTION", corrections: [{ field: "DATE_OF_BIRTH", proposedValue: "1990-04-21" }] });
    expect(toPrivacyRequestStartInput(ok)).toEqual({ email: "sam@example.org", kind: "CORRECTION", corrections: [{ field: "DATE_OF_BIRTH", proposedValue: "1990-04-21" }] });
    const bad = publicPrivacyRequestSchema.safeParse({ ...base, kind: "CORRECTION", corrections: [{ field: "DATE_OF_BIRTH", proposedValue: "21.04.1990" }] });
    expect(bad.error?.issues[0]?.path).toEqual(["corrections", 0, "proposedValue"]);
  });

  it("POL-RIGHT-DELETE: a deletion must be confirmed", () => {
    expect(publicPrivacyRequestSchema.safeParse({ ...base, kind: "DELETION" }).error?.issues[0]?.path).toEqual(["confirmDeletion"]);
    expect(publicPrivacyRequestSchema.safeParse({ ...base, kind: "DELETION", confirmDeletion: true }).success).toBe(true);
  });

  it("POL-RIGHT-IDENTITY: the code is 6 digits; spaces and dashes are ignored", () => {
    expect(privacyCodeSchema.parse({ code: " 123 456 " }).code).toBe("123456");
    expect(privacyCodeSchema.parse({ code: "123-456" }).code).toBe("123456");
    expect(privacyCodeSchema.safeParse({ code: "12345" }).error?.issues[0]?.message).toBe("Enter the 6-digit code from the e-mail");
    expect(privacyCodeSchema.safeParse({ code: "abcdef" }).success).toBe(false);
  });
});
