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
import { type PolicyKindName, PolicyVersionEntity } from "./policy-version.entity";
import { isUuid } from "../../common/ids";

/** The seed policy (shared/seed/privacy-policy.txt), published as privacy-policy version 1. */
export const SEED_POLICY_FILE = path.join(__dirname, "..", "..", "..", "seed", "privacy-policy-v1.txt");
export const MATERIAL_NOTICE_MS = 30 * 86_400_000;
export const CONSENT_PURPOSES = ["ANALYTICS", "MARKETING"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

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
    if (!isUuid(policyVersionId)) return fail(userError("NOT_FOUND", "No such policy version.", "policyVersionId"));
    return this.ds.transaction(async (em) => {
      const version = await em.findOne(PolicyVersionEntity, { where: { id: policyVersionId } });
      if (!version) return fail(userError("NOT_FOUND", "No such policy version.", "policyVersionId"));
      await this.recordConsent(em, actor.userId, version, "UI", meta);
      await this.audit.record(em, actor, { action: "consent.accepted", targetType: "policy_version", targetId: version.id, metadata: { kind: version.kind, version: version.version } });
      return ok(true);
    });
  }

  /** Versions published but not yet in force (for the "we are updating our policy" notice). */
  upcoming(): Promise<PolicyVersionEntity[]> {
    return this.ds.manager.createQueryBuilder(PolicyVersionEntity, "p").where("p.effective_at > :now", { now: this.clock.now() }).orderBy("p.effective_at", "ASC").getMany();
  }

  /**
   * Publish a new immutable version (POL-CHANGE-NOTICE). A material change takes effect no sooner
   * than 30 days after publication and is e-mailed to every user (by a background job).
   */
  async publish(
    actor: AuditActor & { userId: string },
    input: { kind: PolicyKindName; title: string; body: string; effectiveAt: Date; material: boolean },
    announce: (em: EntityManager, version: PolicyVersionEntity) => Promise<void>,
  ): Promise<Result<PolicyVersionEntity>> {
    const title = String(input.title ?? "").trim();
    const body = String(input.body ?? "").trim();
    const now = this.clock.now();
    const effectiveAt = new Date(input.effectiveAt);
    if (title.length < 3 || title.length > 200) return fail(userError("INVALID", "Give the policy a title (3–200 characters).", "title"));
    if (body.length < 20 || body.length > 200_000) return fail(userError("INVALID", "The policy text is 20 to 200,000 characters.", "body"));
    if (Number.isNaN(effectiveAt.getTime())) return fail(userError("INVALID", "Give a valid effective date.", "effectiveAt"));
    if (effectiveAt.getTime() < now.getTime() - 60_000) return fail(userError("INVALID", "A new version cannot take effect in the past.", "effectiveAt"));
    if (input.material && effectiveAt.getTime() < now.getTime() + MATERIAL_NOTICE_MS) {
      return fail(userError("NOTICE_TOO_SHORT", "A material change needs at least 30 days' notice: choose an effective date 30 or more days from today.", "effectiveAt"));
    }
    return this.ds.transaction(async (em) => {
      await em.query("select pg_advisory_xact_lock(hashtext('ccp:policy:' || $1))", [input.kind]);
      const last: { max: number | null }[] = await em.query("select max(version) max from policy_versions where kind = $1", [input.kind]);
      const version = em.create(PolicyVersionEntity, {
        id: randomUUID(),
        kind: input.kind,
        version: (last[0].max ?? 0) + 1,
        title,
        body,
        effectiveAt,
        publishedAt: now,
        material: input.material,
        publishedBy: actor.userId,
      });
      await em.insert(PolicyVersionEntity, version);
      await this.audit.record(em, actor, { action: "policy.published", targetType: "policy_version", targetId: version.id, metadata: { kind: version.kind, version: version.version, material: version.material } });
      if (version.material) await announce(em, version);
      return ok(version);
    });
  }

  /** Consent to (or withdraw from) an optional purpose such as ANALYTICS; takes effect at once. */
  async setPurpose(actor: AuditActor & { userId: string }, purpose: ConsentPurpose, given: boolean, meta: RequestMeta): Promise<void> {
    await this.ds.transaction(async (em) => {
      const id = randomUUID();
      await em.insert(ConsentRecordEntity, {
        id,
        userId: actor.userId,
        policyVersionId: null,
        purpose,
        action: given ? "ACCEPT" : "WITHDRAW",
        method: "UI",
        at: this.clock.now(),
        ipEnc: this.crypto.encryptNullable(aadFor("consent_records", "ip", id), meta.ip),
        userAgentEnc: this.crypto.encryptNullable(aadFor("consent_records", "user_agent", id), meta.userAgent?.slice(0, 512)),
      });
      await this.audit.record(em, actor, { action: given ? "consent.given" : "consent.withdrawn", targetType: "user", targetId: actor.userId, metadata: { purpose } });
    });
  }

  /** Whether each optional purpose is currently consented to (the latest record wins; default no). */
  async purposes(userId: string): Promise<Record<ConsentPurpose, boolean>> {
    const rows: { purpose: ConsentPurpose; action: string }[] = await this.ds.query(
      "select distinct on (purpose) purpose, action from consent_records where user_id = $1 and purpose = any($2) order by purpose, at desc, seq desc",
      [userId, [...CONSENT_PURPOSES]],
    );
    const out = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, false])) as Record<ConsentPurpose, boolean>;
    for (const r of rows) out[r.purpose] = r.action === "ACCEPT";
    return out;
  }

  /** The consent ledger of a person, newest first. */
  ledger(userId: string) {
    return this.ds.manager.createQueryBuilder(ConsentRecordEntity, "c").where("c.user_id = :userId", { userId }).orderBy("c.at", "DESC").addOrderBy("c.seq", "DESC").getMany();
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
