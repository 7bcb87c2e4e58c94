import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { type ConsentMethod, ConsentRecordEntity } from "./consent-record.entity";
import { PolicyVersionEntity } from "./policy-version.entity";

/** The seed policy (shared/seed/privacy-policy.txt), published as privacy-policy version 1. */
export const SEED_POLICY_FILE = path.join(__dirname, "..", "..", "..", "seed", "privacy-policy-v1.txt");
export const SEED_POLICY_EFFECTIVE_AT = new Date("2025-01-01T00:00:00.000Z");

export class PolicyService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly audit: AuditService,
  ) {}

  /** The version of each kind in force now (latest with effectiveAt <= now). */
  async current(em: EntityManager = this.ds.manager): Promise<PolicyVersionEntity[]> {
    return em.query(
      `select distinct on (kind) id, kind, version, title, body, effective_at as "effectiveAt", published_at as "publishedAt", material, published_by as "publishedBy"
         from policy_versions where effective_at <= $1 order by kind, version desc`,
      [this.clock.now()],
    );
  }

  /** Current versions the user has not accepted yet. */
  async pendingFor(userId: string): Promise<PolicyVersionEntity[]> {
    const current = await this.current();
    if (current.length === 0) return [];
    const accepted: { policy_version_id: string }[] = await this.ds.query(
      "select distinct policy_version_id from consent_records where user_id = $1 and action = 'ACCEPT' and policy_version_id = any($2)",
      [userId, current.map((c) => c.id)],
    );
    const done = new Set(accepted.map((a) => a.policy_version_id));
    return current.filter((c) => !done.has(c.id));
  }

  async recordConsent(
    em: EntityManager,
    userId: string,
    version: Pick<PolicyVersionEntity, "id" | "kind">,
    method: ConsentMethod,
    meta: RequestMeta,
  ): Promise<void> {
    const id = randomUUID();
    await em.insert(ConsentRecordEntity, {
      id,
      userId,
      policyVersionId: version.id,
      purpose: version.kind,
      action: "ACCEPT",
      method,
      at: this.clock.now(),
      ipEnc: this.crypto.encryptNullable(aadFor("consent_records", "ip", id), meta.ip),
      userAgentEnc: this.crypto.encryptNullable(aadFor("consent_records", "user_agent", id), meta.userAgent?.slice(0, 512)),
    });
  }

  async accept(actor: AuditActor & { userId: string }, policyVersionId: string, meta: RequestMeta): Promise<Result<true>> {
    if (!/^[0-9a-f-]{36}$/i.test(policyVersionId)) return fail(userError("NOT_FOUND", "No such policy version.", "policyVersionId"));
    return this.ds.transaction(async (em) => {
      const version = await em.findOne(PolicyVersionEntity, { where: { id: policyVersionId } });
      if (!version) return fail(userError("NOT_FOUND", "No such policy version.", "policyVersionId"));
      await this.recordConsent(em, actor.userId, version, "UI", meta);
      await this.audit.record(em, actor, { action: "consent.accepted", targetType: "policy_version", targetId: version.id, metadata: { kind: version.kind, version: version.version } });
      return ok(true);
    });
  }

  /** Publish the seed privacy policy as version 1 when no privacy policy exists (idempotent). */
  async ensureSeed(): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      await em.query("select pg_advisory_xact_lock(hashtext('ccp:seed:policy'))");
      const exists = await em.exists(PolicyVersionEntity, { where: { kind: "PRIVACY_POLICY" } });
      if (exists) return false;
      const body = readFileSync(SEED_POLICY_FILE, "utf8");
      await em.insert(PolicyVersionEntity, {
        id: randomUUID(),
        kind: "PRIVACY_POLICY",
        version: 1,
        title: "Privacy Policy",
        body,
        effectiveAt: SEED_POLICY_EFFECTIVE_AT,
        publishedAt: SEED_POLICY_EFFECTIVE_AT,
        material: false,
        publishedBy: null,
      });
      return true;
    });
  }
}
