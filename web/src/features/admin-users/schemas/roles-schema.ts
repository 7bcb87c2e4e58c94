import type { Role } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const ALL_ROLES: readonly Role[] = ["APPLICANT", "REVIEWER", "ADMIN"];

export const rolesSchema = z.object({
  roles: z.array(z.enum(["APPLICANT", "REVIEWER", "ADMIN"])).min(1, zodMessage("staff", "roles.v.atLeastOne")),
});

export type RolesValues = z.infer<typeof rolesSchema>;

/** Roles in a stable order (the checkbox order), without duplicates. */
export const normaliseRoles = (roles: readonly Role[]): Role[] => ALL_ROLES.filter((role) => roles.includes(role));

/** Staff roles need two-step sign-in before they work; say so when someone gains one. */
export const gainsStaffRole = (before: readonly Role[], after: readonly Role[]): boolean =>
  after.some((role) => role !== "APPLICANT" && !before.includes(role));
