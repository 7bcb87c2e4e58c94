import { describe, expect, it } from "vitest";
import { pathAfterSignIn, safeNextPath } from "./redirect";

describe("safeNextPath", () => {
  it.each([
    ["/app/profile", "/app/profile"],
    ["/admin/users?role=ADMIN", "/admin/users?role=ADMIN"],
    ["//evil.example/phish", null],
    ["/\\evil.example", null],
    ["https://evil.example", null],
    ["", null],
    [null, null],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("pathAfterSignIn", () => {
  it("sends applicants to their dashboard, or where they were going", () => {
    expect(pathAfterSignIn({ roles: ["APPLICANT"], mfaEnabled: false })).toBe("/app");
    expect(pathAfterSignIn({ roles: ["APPLICANT"], mfaEnabled: false }, "/app/profile")).toBe("/app/profile");
  });

  it("sends staff without MFA to the security page whatever `next` says", () => {
    expect(pathAfterSignIn({ roles: ["REVIEWER"], mfaEnabled: false }, "/admin")).toBe("/app/security");
  });

  it("sends staff with MFA to the staff area", () => {
    expect(pathAfterSignIn({ roles: ["APPLICANT", "ADMIN"], mfaEnabled: true })).toBe("/admin");
  });
});
