import { describe, expect, it } from "vitest";
import { inviteSchema } from "./invite-schema";

describe("invite schema", () => {
  it("accepts an e-mail address and a role", () => {
    expect(inviteSchema.parse({ email: " sam@example.org ", role: "MEMBER" })).toEqual({ email: "sam@example.org", role: "MEMBER" });
  });

  it("explains a missing or invalid address", () => {
    expect(inviteSchema.safeParse({ email: "", role: "MEMBER" }).error?.issues[0]?.message).toBe("Enter their e-mail address");
    expect(inviteSchema.safeParse({ email: "sam@", role: "OWNER" }).error?.issues[0]?.message).toMatch(/valid e-mail/);
  });
});
