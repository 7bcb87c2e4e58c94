import { describe, expect, it } from "vitest";
import { gainsStaffRole, normaliseRoles, rolesSchema } from "./roles-schema";

describe("role editor", () => {
  it("needs at least one role", () => {
    expect(rolesSchema.safeParse({ roles: [] }).error?.issues[0]?.message).toBe("Choose at least one role");
    expect(rolesSchema.safeParse({ roles: ["REVIEWER"] }).success).toBe(true);
  });

  it("orders roles like the checkboxes", () => {
    expect(normaliseRoles(["ADMIN", "APPLICANT", "ADMIN"])).toEqual(["APPLICANT", "ADMIN"]);
  });

  it("notices a new staff role", () => {
    expect(gainsStaffRole(["APPLICANT"], ["APPLICANT", "REVIEWER"])).toBe(true);
    expect(gainsStaffRole(["REVIEWER"], ["REVIEWER"])).toBe(false);
    expect(gainsStaffRole(["ADMIN"], ["APPLICANT"])).toBe(false);
  });
});
