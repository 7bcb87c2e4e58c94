import { describe, expect, it } from "vitest";
import { credentialActionSchema } from "./credential-action-schema";

describe("credential action schema", () => {
  it("needs a reason to revoke or suspend", () => {
    expect(credentialActionSchema("REVOKE").safeParse({ reason: "" }).success).toBe(false);
    expect(credentialActionSchema("SUSPEND").safeParse({ reason: " ok " }).error?.issues[0]?.message).toMatch(/at least 3/);
    expect(credentialActionSchema("SUSPEND").parse({ reason: " Licence under investigation " })).toEqual({
      reason: "Licence under investigation",
    });
  });

  it("needs nothing to reinstate", () => {
    expect(credentialActionSchema("REINSTATE").safeParse({ reason: "" }).success).toBe(true);
  });
});
