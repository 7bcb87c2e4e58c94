import { describe, expect, it } from "vitest";
import { privacyRequestSchema, toPrivacyRequestInput } from "./privacy-request-schema";

describe("privacy request schema", () => {
  it("accepts a copy request without details", () => {
    const values = privacyRequestSchema.parse({ kind: "ACCESS", details: "  ", corrections: [], confirmDeletion: false });
    expect(toPrivacyRequestInput(values)).toEqual({ kind: "ACCESS" });
  });

  it("needs details for a correction", () => {
    const result = privacyRequestSchema.safeParse({ kind: "CORRECTION", details: "no", corrections: [], confirmDeletion: false });
    expect(result.error?.issues[0]).toMatchObject({ path: ["details"], message: "Tell us what is wrong and what it should say" });
    const ok = privacyRequestSchema.parse({ kind: "CORRECTION", details: " My surname is Smith, not Smyth ", corrections: [], confirmDeletion: false });
    expect(toPrivacyRequestInput(ok)).toEqual({ kind: "CORRECTION", details: "My surname is Smith, not Smyth" });
  });

  it("needs the deletion to be confirmed", () => {
    const result = privacyRequestSchema.safeParse({ kind: "DELETION", details: "", corrections: [], confirmDeletion: false });
    expect(result.error?.issues[0]?.path).toEqual(["confirmDeletion"]);
    expect(privacyRequestSchema.safeParse({ kind: "DELETION", details: "", corrections: [], confirmDeletion: true }).success).toBe(true);
  });

  it("asks for a kind", () => {
    const result = privacyRequestSchema.safeParse({ kind: "", details: "", corrections: [], confirmDeletion: false });
    expect(result.error?.issues[0]?.message).toBe("Choose what you would like us to do");
  });

  it("POL-RIGHT-CORRECT: a correction can name fields instead of describing them, each once, with a value", () => {
    const named = privacyRequestSchema.parse({
      kind: "CORRECTION",
      details: "",
      corrections: [{ field: "LAST_NAME", proposedValue: " Okafor-Bello " }, { field: "PHONE", proposedValue: "" }],
      confirmDeletion: false,
    });
    expect(toPrivacyRequestInput(named)).toEqual({
      kind: "CORRECTION",
      corrections: [{ field: "LAST_NAME", proposedValue: "Okafor-Bello" }, { field: "PHONE", proposedValue: "" }],
    });
    const bad = privacyRequestSchema.safeParse({
      kind: "CORRECTION",
      details: "",
      corrections: [{ field: "", proposedValue: "x" }, { field: "DATE_OF_BIRTH", proposedValue: "21/04/1990" }, { field: "DATE_OF_BIRTH", proposedValue: "" }],
      confirmDeletion: false,
    });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["corrections.0.field", "corrections.1.proposedValue", "corrections.2.field", "corrections.2.proposedValue"]);
  });

  it("POL-RIGHT-CORRECT: fields named before switching to another kind are not sent", () => {
    const values = privacyRequestSchema.parse({ kind: "ACCESS", details: "", corrections: [{ field: "", proposedValue: "" }], confirmDeletion: false });
    expect(toPrivacyRequestInput(values)).toEqual({ kind: "ACCESS" });
  });
});
