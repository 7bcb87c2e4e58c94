import type { Role } from "@ccp/shared";
import { translate } from "@/lib/i18n";

export const STAFF_ROLES: readonly Role[] = ["REVIEWER", "ADMIN"];

export const hasAnyRole = (roles: readonly Role[], wanted: readonly Role[]): boolean =>
  roles.some((role) => wanted.includes(role));

export const isStaff = (roles: readonly Role[]): boolean => hasAnyRole(roles, STAFF_ROLES);

/** Staff must enrol MFA before the server lets them do anything else. */
export const needsMfaEnrolment = (viewer: { roles: readonly Role[]; mfaEnabled: boolean }): boolean =>
  isStaff(viewer.roles) && !viewer.mfaEnabled;

/** "Administrator", in the active language (staff screens only: the `staff` strings are loaded there). */
export const roleLabel = (role: Role): string => translate("staff", `roles.label.${role}`);
