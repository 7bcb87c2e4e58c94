import type { RoleName } from "../users/user.entity";
import { STAFF_ROLES } from "../users/user.entity";
import type { AuditActor } from "../audit/audit.service";

/** The authenticated caller, rebuilt from the database on every request. */
export interface Viewer {
  userId: string;
  sessionId: string;
  roles: RoleName[];
  mfaEnabled: boolean;
  emailVerified: boolean;
  /** When the user last proved their identity in this session (step-up). */
  authTime: Date;
}

export const STEP_UP_WINDOW_MS = 10 * 60 * 1000;

export const isStaff = (v: Pick<Viewer, "roles">) => v.roles.some((r) => STAFF_ROLES.includes(r));

export const hasRecentAuth = (v: Viewer, now: Date) => now.getTime() - v.authTime.getTime() <= STEP_UP_WINDOW_MS;

export const actorOf = (v: Viewer | null, requestId: string | null): AuditActor =>
  v ? { type: "USER", userId: v.userId, requestId } : { type: "ANONYMOUS", userId: null, requestId };
