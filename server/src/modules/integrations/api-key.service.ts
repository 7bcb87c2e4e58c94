import { randomBytes, randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Clock } from "../../common/clock";
import { sha256Hex } from "../../common/crypto/tokens";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { API_SCOPES, type ApiScope, ApiKeyEntity, CredentialVerificationEntity } from "./api-key.entity";
import { isUuid } from "../../common/ids";

export interface ApiPrincipal {
  keyId: string;
  name: string;
  scopes: ApiScope[];
  rateLimitPerMinute: number;
}

export const API_KEY_PREFIX = "ccp_";

/** Integrator API keys and the verification log they leave behind. */
export class ApiKeyService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuditActor & { userId: string }, input: { name: string; scopes: ApiScope[]; rateLimitPerMinute?: number | null }): Promise<Result<{ key: ApiKeyEntity; secret: string }>> {
    const name = String(input.name ?? "").trim();
    if (name.length < 2 || name.length > 100) return fail(userError("INVALID", "Name the key after the integrator (2–100 characters).", "name"));
    const scopes = [...new Set(input.scopes ?? [])];
    if (scopes.length === 0 || scopes.some((s) => !API_SCOPES.includes(s))) return fail(userError("INVALID", "Choose at least one scope.", "scopes"));
    const limit = input.rateLimitPerMinute ?? 600;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) return fail(userError("INVALID", "The rate limit is 1–100,000 requests a minute.", "rateLimitPerMinute"));
    const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
    const key = this.ds.manager.create(ApiKeyEntity, {
      id: randomUUID(),
      name,
      prefix: secret.slice(0, 12),
      secretHash: sha256Hex(secret),
      scopes,
      rateLimitPerMinute: limit,
      createdBy: actor.userId,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.ds.transaction(async (em) => {
      await em.insert(ApiKeyEntity, key);
      await this.audit.record(em, actor, { action: "api_key.created", targetType: "api_key", targetId: key.id, metadata: { scopes } });
    });
    return ok({ key, secret });
  }

  async revoke(actor: AuditActor, id: string): Promise<Result<ApiKeyEntity>> {
    if (!isUuid(id)) return fail(userError("NOT_FOUND", "No such key.", "id"));
    return this.ds.transaction(async (em) => {
      const key = await em.findOne(ApiKeyEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!key) return fail(userError("NOT_FOUND", "No such key.", "id"));
      if (key.revokedAt) return fail(userError("ALREADY_REVOKED", "This key is already revoked."));
      key.revokedAt = this.clock.now();
      await em.save(key);
      await this.audit.record(em, actor, { action: "api_key.revoked", targetType: "api_key", targetId: id });
      return ok(key);
    });
  }

  list() {
    return this.ds.manager.find(ApiKeyEntity, { order: { createdAt: "DESC" } });
  }

  /** Resolve a `ccp_` bearer; null when unknown or revoked. Records last use (at most once a minute). */
  async authenticate(secret: string): Promise<ApiPrincipal | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 100) return null;
    const key = await this.ds.manager.findOne(ApiKeyEntity, { where: { secretHash: sha256Hex(secret) } });
    if (!key || key.revokedAt) return null;
    const now = this.clock.now();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
      await this.ds.query("update api_keys set last_used_at = $2 where id = $1", [key.id, now]);
    }
    return { keyId: key.id, name: key.name, scopes: key.scopes, rateLimitPerMinute: key.rateLimitPerMinute };
  }

  async recordVerification(principal: ApiPrincipal, credentialId: string, result: string): Promise<void> {
    await this.ds.manager.insert(CredentialVerificationEntity, { id: randomUUID(), credentialId, apiKeyId: principal.keyId, verifierName: principal.name, result, at: this.clock.now() });
  }

  verificationsOf(credentialId: string) {
    return this.ds.manager.find(CredentialVerificationEntity, { where: { credentialId }, order: { at: "DESC" }, take: 500 });
  }
}
