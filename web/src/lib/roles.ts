import type { Role } from "@ccp/shared";

export const STAFF_ROLES: readonly Role[] = ["REVIEWER", "ADMIN"];

export const hasAnyRole = (roles: readonly Role[], wanted: readonly Role[]): boolean =>
  roles.some((role) => wanted.includes(role));

export const isStaff = (roles: readonly Role[]): boolean => hasAnyRole(roles, STAFF_ROLES);

/** Staff must enrol MFA before the server lets them do anything else. */
export const needsMfaEnrolment = (viewer: { roles: readonly Role[]; mfaEnabled: boolean }): boolean =>
  isStaff(viewer.roles) && !viewer.mfaEnabled;

export const roleLabel = (role: Role): string =>
  ({ APPLICANT: "Applicant", REVIEWER: "Reviewer", ADMIN: "Administrator" })[role];
