import { describe, expect, it } from "vitest";
import { privacyRequestSchema, toPrivacyRequestInput } from "./privacy-request-schema";

describe("privacy request schema", () => {
  it("accepts a copy request without details", () => {
    const values = privacyRequestSchema.parse({ kind: "ACCESS", details: "  ", confirmDeletion: false });
    expect(toPrivacyRequestInput(values)).toEqual({ kind: "ACCESS" });
  });

  it("needs details for a correction", () => {
    const result = privacyRequestSchema.safeParse({ kind: "CORRECTION", details: "no", confirmDeletion: false });
    expect(result.error?.issues[0]).toMatchObject({ path: ["details"], message: "Tell us what is wrong and what it should say" });
    const ok = privacyRequestSchema.parse({ kind: "CORRECTION", details: " My surname is Smith, not Smyth ", confirmDeletion: false });
    expect(toPrivacyRequestInput(ok)).toEqual({ kind: "CORRECTION", details: "My surname is Smith, not Smyth" });
  });

  it("needs the deletion to be confirmed", () => {
    const result = privacyRequestSchema.safeParse({ kind: "DELETION", details: "", confirmDeletion: false });
    expect(result.error?.issues[0]?.path).toEqual(["confirmDeletion"]);
    expect(privacyRequestSchema.safeParse({ kind: "DELETION", details: "", confirmDeletion: true }).success).toBe(true);
  });

  it("asks for a kind", () => {
    const result = privacyRequestSchema.safeParse({ kind: "", details: "", confirmDeletion: false });
    expect(result.error?.issues[0]?.message).toBe("Choose what you would like us to do");
  });
});
