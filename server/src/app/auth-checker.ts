import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../common/graphql/errors";
import { isStaff } from "../modules/auth/viewer";
import type { RoleName } from "../modules/users/user.entity";
import type { ApiScope } from "../modules/integrations/api-key.entity";
import type { GraphQLContext } from "./context";

/** Operations a staff member without MFA may still use (API.md). */
export const MFA_EXEMPT_OPERATIONS = new Set(["mfaTotpBegin", "mfaTotpConfirm", "viewer", "authLogout"]);

export const MFA_REQUIRED_MESSAGE = "Staff accounts must turn on multi-factor authentication (MFA) first: set it up under Security.";

/**
 * `@Authorized()` = signed in; `@Authorized("ADMIN")` = any of the roles. Staff (REVIEWER, ADMIN)
 * without MFA get FORBIDDEN on every root operation except MFA enrolment, viewer and logout.
 */
export const authChecker: AuthChecker<GraphQLContext, RoleName | ApiScope> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer && context.apiKey) {
    // Integrator keys may use operations that name one of their scopes (e.g. WEBHOOKS_MANAGE).
    if (roles.some((r) => (context.apiKey!.scopes as string[]).includes(r))) return true;
    throw forbidden("This API key cannot use this operation (missing scope, or it needs a signed-in person).");
  }
  if (!viewer) throw unauthenticated(context.tokenInvalid ? "Your session has expired. Please sign in again." : undefined);
  const isRoot = info.parentType.name === "Query" || info.parentType.name === "Mutation";
  if (isRoot && isStaff(viewer) && !viewer.mfaEnabled && !MFA_EXEMPT_OPERATIONS.has(info.fieldName)) {
    throw forbidden(MFA_REQUIRED_MESSAGE);
  }
  if (roles.length > 0 && !roles.some((r) => (viewer.roles as string[]).includes(r))) throw forbidden();
  return true;
};
