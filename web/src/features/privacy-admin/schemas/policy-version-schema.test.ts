import { describe, expect, it } from "vitest";
import { policyVersionSchema, toPolicyVersionInput } from "./policy-version-schema";

const valid = {
  kind: "PRIVACY_POLICY",
  title: " Privacy Policy ",
  body: "We now ask before counting page views.",
  effectiveAt: "2027-01-15T09:00",
  material: true,
};

describe("policy version schema", () => {
  it("turns the local date and time into an ISO date", () => {
    const input = toPolicyVersionInput(policyVersionSchema.parse(valid));
    expect(input).toMatchObject({ kind: "PRIVACY_POLICY", title: "Privacy Policy", material: true });
    expect(new Date(input.effectiveAt).getTime()).toBe(new Date("2027-01-15T09:00").getTime());
  });

  it("explains what is missing", () => {
    const result = policyVersionSchema.safeParse({ ...valid, title: "x", body: "short", effectiveAt: "" });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain("Give the policy a title (3–200 characters)");
    expect(messages).toContain("Paste the full text of the policy (at least 20 characters)");
    expect(messages).toContain("Choose when this version takes effect");
  });
});
