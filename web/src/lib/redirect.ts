import type { Role } from "@ccp/shared";
import { paths } from "@/app/paths";
import { isStaff, needsMfaEnrolment } from "./roles";

/** Only same-site paths: `//evil.example` or `https://…` would leave the app. */
export const safeNextPath = (next: string | null | undefined): string | null => {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  return next;
};

/** Where to go after signing in or registering. */
export const pathAfterSignIn = (
  viewer: { roles: readonly Role[]; mfaEnabled: boolean },
  next?: string | null,
): string => {
  if (needsMfaEnrolment(viewer)) return paths.app.security;
  const safe = safeNextPath(next);
  if (safe) return safe;
  return isStaff(viewer.roles) ? paths.admin.overview : paths.app.dashboard;
};
