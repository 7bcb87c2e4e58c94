import { createSecretKey, type KeyObject, randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import type { DataSource, EntityManager } from "typeorm";
import type { AppConfig } from "../../app/config";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { randomToken, sha256Hex } from "../../common/crypto/tokens";
import { queryRows } from "../../database/query";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { RoleName } from "../users/user.entity";
import { RefreshTokenEntity } from "./refresh-token.entity";
import { SessionEntity } from "./session.entity";
import type { Viewer } from "./viewer";
import { isUuid } from "../../common/ids";

export interface IssuedTokens {
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

interface AccessClaims {
  sub: string;
  sid: string;
  roles: RoleName[];
  auth_time: number;
  typ: "access";
}

export type RefreshOutcome =
  | { ok: true; userId: string; tokens: IssuedTokens }
  | { ok: false; reason: "UNKNOWN" | "EXPIRED" | "REVOKED" | "REUSED" };

/**
 * Sessions, short-lived access JWTs (HS256, 15 min, no personal data) and opaque rotating refresh
 * tokens stored hashed. Replaying a rotated refresh token revokes the whole session (family).
 */
export class SessionService {
  /**
   * The HMAC key as a KeyObject, made once: given a Buffer, jsonwebtoken first tries to read it as a
   * public key, which throws, on every request (a CPU profile of the API under load showed it).
   */
  private readonly jwtKey: KeyObject;

  constructor(
    private readonly ds: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly audit: AuditService,
  ) {
    this.jwtKey = createSecretKey(config.jwtSecret);
  }

  signAccessToken(userId: string, sessionId: string, roles: RoleName[], authTime: Date): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const claims: AccessClaims & { iat: number } = { sub: userId, sid: sessionId, roles, auth_time: Math.floor(authTime.getTime() / 1000), typ: "access", iat };
    return jwt.sign(claims, this.jwtKey, {
      algorithm: "HS256",
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: this.config.jwtIssuer,
      audience: this.config.jwtAudience,
    });
  }

  private async newRefreshToken(em: EntityManager, sessionId: string, absoluteExpiry: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = randomToken(32);
    const now = this.clock.now();
    const idleExpiry = new Date(now.getTime() + this.config.refreshIdleSeconds * 1000);
    const expiresAt = idleExpiry < absoluteExpiry ? idleExpiry : absoluteExpiry;
    await em.insert(RefreshTokenEntity, { id: randomUUID(), sessionId, tokenHash: sha256Hex(token), createdAt: now, expiresAt, usedAt: null });
    return { token, expiresAt };
  }

  /** Start a session after a successful authentication (inside the caller's transaction). */
  async create(em: EntityManager, user: { id: string; roles: RoleName[] }, meta: RequestMeta): Promise<IssuedTokens> {
    const id = randomUUID();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.refreshAbsoluteSeconds * 1000);
    await em.insert(SessionEntity, {
      id,
      userId: user.id,
      authTime: now,
      lastUsedAt: now,
      expiresAt,
      revokedAt: null,
      revokeReason: null,
      ipEnc: this.crypto.encryptNullable(aadFor("sessions", "ip", id), meta.ip),
      userAgentEnc: this.crypto.encryptNullable(aadFor("sessions", "user_agent", id), meta.userAgent?.slice(0, 512)),
      createdAt: now,
    });
    const refresh = await this.newRefreshToken(em, id, expiresAt);
    return { sessionId: id, accessToken: this.signAccessToken(user.id, id, user.roles, now), refreshToken: refresh.token, refreshExpiresAt: refresh.expiresAt };
  }

  /**
   * Verify a bearer token and rebuild the viewer from the database, so logout, password change,
   * role change and account disable take effect on the next request.
   */
  async authenticate(bearer: string): Promise<Viewer | null> {
    let claims: AccessClaims;
    try {
      claims = jwt.verify(bearer, this.jwtKey, {
        algorithms: ["HS256"],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      }) as AccessClaims;
    } catch {
      return null;
    }
    if (claims.typ !== "access" || typeof claims.sid !== "string" || typeof claims.sub !== "string") return null;
    if (!isUuid(claims.sid)) return null;
    const rows: {
      user_id: string;
      roles: RoleName[];
      totp_enabled_at: Date | null;
      email_verified_at: Date | null;
      disabled_at: Date | null;
      revoked_at: Date | null;
      expires_at: Date;
      auth_time: Date;
    }[] = await this.ds.query(
      `select s.user_id, u.roles, u.totp_enabled_at, u.email_verified_at, u.disabled_at, s.revoked_at, s.expires_at, s.auth_time
         from sessions s join users u on u.id = s.user_id where s.id = $1`,
      [claims.sid],
    );
    const row = rows[0];
    const now = this.clock.now();
    if (!row || row.user_id !== claims.sub || row.revoked_at || row.disabled_at || row.expires_at <= now) return null;
    return {
      userId: row.user_id,
      sessionId: claims.sid,
      roles: row.roles,
      mfaEnabled: row.totp_enabled_at !== null,
      emailVerified: row.email_verified_at !== null,
      authTime: row.auth_time,
    };
  }

  /** Rotate a refresh token. A replayed (already rotated) token revokes the whole family. */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<RefreshOutcome> {
    const outcome = await this.ds.transaction(async (em): Promise<RefreshOutcome> => {
      const token = await em.findOne(RefreshTokenEntity, { where: { tokenHash: sha256Hex(refreshToken) }, lock: { mode: "pessimistic_write" } });
      if (!token) return { ok: false, reason: "UNKNOWN" };
      const session = await em.findOne(SessionEntity, { where: { id: token.sessionId }, lock: { mode: "pessimistic_write" } });
      const now = this.clock.now();
      if (!session || session.revokedAt) return { ok: false, reason: "REVOKED" };
      if (token.usedAt) {
        await this.revokeSession(em, session.id, "REFRESH_REUSE", { type: "SYSTEM", userId: null, requestId: meta.requestId });
        return { ok: false, reason: "REUSED" };
      }
      if (token.expiresAt <= now || session.expiresAt <= now) return { ok: false, reason: "EXPIRED" };
      const user: { roles: RoleName[]; disabled_at: Date | null }[] = await em.query("select roles, disabled_at from users where id = $1", [session.userId]);
      if (!user[0] || user[0].disabled_at) return { ok: false, reason: "REVOKED" };
      await em.update(RefreshTokenEntity, { id: token.id }, { usedAt: now });
      await em.update(SessionEntity, { id: session.id }, { lastUsedAt: now });
      await em.query("update users set last_active_at = $2 where id = $1", [session.userId, now]);
      const next = await this.newRefreshToken(em, session.id, session.expiresAt);
      return {
        ok: true,
        userId: session.userId,
        tokens: {
          sessionId: session.id,
          accessToken: this.signAccessToken(session.userId, session.id, user[0].roles, session.authTime),
          refreshToken: next.token,
          refreshExpiresAt: next.expiresAt,
        },
      };
    });
    return outcome;
  }

  async revokeSession(em: EntityManager, sessionId: string, reason: string, actor: AuditActor): Promise<void> {
    const now = this.clock.now();
    await em.query("update sessions set revoked_at = $2, revoke_reason = $3 where id = $1 and revoked_at is null", [sessionId, now, reason]);
    await this.audit.record(em, actor, { action: "session.revoked", targetType: "session", targetId: sessionId, metadata: { reason } });
  }

  /** Revoke every session of a user except `keepSessionId` (password change, reset, disable). */
  async revokeAllForUser(em: EntityManager, userId: string, reason: string, actor: AuditActor, keepSessionId?: string): Promise<number> {
    const rows = await queryRows(
      em,
      "update sessions set revoked_at = $2, revoke_reason = $3 where user_id = $1 and revoked_at is null and ($4::uuid is null or id <> $4) returning id",
      [userId, this.clock.now(), reason, keepSessionId ?? null],
    );
    const count = rows.length;
    await this.audit.record(em, actor, { action: "session.revoked_all", targetType: "user", targetId: userId, metadata: { reason, count } });
    return count;
  }

  /** Mark that the user proved their identity again in this session (step-up). */
  async touchAuthTime(em: EntityManager, sessionId: string): Promise<void> {
    await em.update(SessionEntity, { id: sessionId }, { authTime: this.clock.now() });
  }
}
