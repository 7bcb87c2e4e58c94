import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto, normalizeEmail } from "../../common/crypto/field-crypto";
import { OrganizationEntity } from "../organizations/organization.entity";
import { ProgramEntity } from "../programs/program.entity";
import { UserEntity } from "../users/user.entity";
import { ISSUER_NAME, type IssuerService } from "./signing/issuer.service";
import type { StatusListService } from "./signing/status-list.service";
import { loadVcLibs } from "./signing/vc-libs";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { ApplicationEntity } from "../applications/application.entity";
import { isStaff, type Viewer } from "../auth/viewer";
import type { CertificationTypeEntity } from "../catalogue/certification-type.entity";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { WebhookService } from "../integrations/webhook.service";
import { CredentialEntity } from "./credential.entity";
import { isUuid } from "../../common/ids";
import type { CredentialHistoryEvent, CredentialHistoryKind } from "./credential.types";

const HISTORY_ACTIONS: Record<string, CredentialHistoryKind> = {
  "credential.issued": "ISSUED",
  "credential.renewed": "RENEWED",
  "credential.suspended": "SUSPENDED",
  "credential.reinstated": "REINSTATED",
  "credential.revoked": "REVOKED",
  "credential.expired": "EXPIRED",
};

const NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** `CCP-2026-7KQ4-MX2D`: year plus 8 random characters without look-alikes (0/O, 1/I). */
export function newCredentialNumber(now: Date): string {
  const chars = Array.from({ length: 8 }, () => NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)]).join("");
  return `CCP-${now.getUTCFullYear()}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCMonth(d.getUTCMonth() + months);
  if (d.getUTCDate() < day) d.setUTCDate(0); // 31 Jan + 1 month -> 28/29 Feb, not 3 Mar
  return d;
}

/**
 * Credential records. `issueForApplication` is the seam the review workflow calls on approval;
 * the credentials issue adds signing, status lists and verification behind it.
 */
export class CredentialService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly crypto: FieldCrypto,
    readonly issuer: IssuerService,
    readonly statusLists: StatusListService,
    private readonly publicUrl: () => string,
    private readonly webhooks: WebhookService,
  ) {}

  async issueForApplication(em: EntityManager, app: ApplicationEntity, type: CertificationTypeEntity, actor: AuditActor): Promise<CredentialEntity> {
    const now = this.clock.now();
    const predecessor = app.renewsCredentialId ? await em.findOne(CredentialEntity, { where: { id: app.renewsCredentialId }, lock: { mode: "pessimistic_write" } }) : null;
    const credential = em.create(CredentialEntity, {
      id: randomUUID(),
      number: newCredentialNumber(now),
      subject: app.kind === "PROGRAM_ACCREDITATION" ? "PROGRAM" : "PERSON",
      holderUserId: app.kind === "PROGRAM_ACCREDITATION" ? null : app.applicantUserId,
      programId: app.programId,
      organizationId: app.kind === "PROGRAM_ACCREDITATION" ? app.organizationId : null,
      certificationTypeId: type.id,
      applicationId: app.id,
      status: "ACTIVE",
      validFrom: now,
      validUntil: addMonths(now, type.validityMonths),
      awardedDate: predecessor?.awardedDate ?? now,
      predecessorId: predecessor?.id ?? null,
      supersededById: null,
      createdAt: now,
      document: null,
      revocationIndex: await this.statusLists.allocateIndex(em, "revocation"),
      suspensionIndex: await this.statusLists.allocateIndex(em, "suspension"),
      statusReason: null,
      statusChangedAt: null,
    });
    credential.document = await this.issuer.sign(em, await this.buildDocument(em, credential, type));
    await this.statusLists.ensureSigned(em);
    await em.save(credential);
    await this.webhooks.emit(em, "credential.issued", { credentialId: credential.id, number: credential.number, status: credential.status });
    if (predecessor) {
      await em.update(CredentialEntity, { id: predecessor.id }, { supersededById: credential.id });
      await this.webhooks.emit(em, "credential.renewed", { credentialId: predecessor.id, number: predecessor.number, status: predecessor.status });
      await this.audit.record(em, actor, { action: "credential.renewed", targetType: "credential", targetId: predecessor.id, metadata: { successorId: credential.id } });
    }
    await this.audit.record(em, actor, { action: "credential.issued", targetType: "credential", targetId: credential.id, metadata: { applicationId: app.id, number: credential.number } });
    return credential;
  }

  /**
   * The Open Badges 3.0 credential (W3C VC 2.0). A person is identified by a salted SHA-256 of
   * their e-mail, never by name or e-mail in clear; an accredited program by its id.
   */
  async buildDocument(em: EntityManager, c: CredentialEntity, type: CertificationTypeEntity): Promise<Record<string, unknown>> {
    const { OB_CONTEXT } = await loadVcLibs();
    const base = this.publicUrl();
    const did = this.issuer.did();
    const issuer = { id: did, type: ["Profile"], name: ISSUER_NAME, url: base };
    const program = c.programId ? await em.findOne(ProgramEntity, { where: { id: c.programId } }) : null;
    const provider = program ? await em.findOne(OrganizationEntity, { where: { id: program.organizationId } }) : null;
    const achievement: Record<string, unknown> = {
      id: `urn:uuid:${type.id}`,
      type: ["Achievement"],
      achievementType: c.subject === "PROGRAM" ? "QualityAssuranceCredential" : "Certification",
      name: type.name,
      description: type.description || type.name,
      criteria: {
        narrative:
          c.subject === "PROGRAM"
            ? "The training program's curriculum, instructors and assessment were reviewed against the CareCorePlus standard and approved."
            : "Completed a CareCorePlus-accredited training program and passed review of training, licensure and experience.",
      },
      creator: c.subject === "PERSON" && provider ? { id: `urn:uuid:${provider.id}`, type: ["Profile"], name: provider.name } : issuer,
    };
    let credentialSubject: Record<string, unknown>;
    const evidence: Record<string, unknown>[] = [];
    if (c.subject === "PERSON") {
      const holder = await em.findOneOrFail(UserEntity, { where: { id: c.holderUserId! } });
      const email = normalizeEmail(this.crypto.decrypt(aadFor("users", "email", holder.id), holder.emailEnc));
      const salt = randomBytes(16).toString("hex");
      credentialSubject = {
        type: ["AchievementSubject"],
        identifier: [{ type: "IdentityObject", identityHash: `sha256$${createHash("sha256").update(email + salt).digest("hex")}`, identityType: "emailAddress", hashed: true, salt }],
        achievement,
        licenseNumber: c.number,
      };
      const accreditation = program ? await em.findOne(CredentialEntity, { where: { programId: program.id, subject: "PROGRAM", status: "ACTIVE" }, order: { createdAt: "DESC" } }) : null;
      if (program && accreditation) {
        evidence.push({
          id: `${base}/credentials/${accreditation.number}.json`,
          type: ["Evidence"],
          name: "Accredited training program",
          narrative: `Completed "${program.title}", accredited by ${ISSUER_NAME} under ${accreditation.number}.`,
        });
      }
    } else {
      credentialSubject = { id: `urn:uuid:${c.programId}`, type: ["AchievementSubject"], achievement, licenseNumber: c.number };
    }
    return {
      "@context": ["https://www.w3.org/ns/credentials/v2", OB_CONTEXT],
      id: `urn:uuid:${c.id}`,
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      name: c.subject === "PROGRAM" && program ? `${type.name}: ${program.title}` : type.name,
      issuer,
      validFrom: c.validFrom.toISOString(),
      validUntil: c.validUntil.toISOString(),
      awardedDate: c.awardedDate.toISOString(),
      credentialSubject,
      ...(evidence.length ? { evidence } : {}),
      credentialStatus: [this.statusLists.entry("revocation", c.revocationIndex), this.statusLists.entry("suspension", c.suspensionIndex)],
    };
  }

  /** Holder: own credentials and those of programs of their organizations; staff: all. */
  async list(viewer: Viewer, limit: number, offset: number) {
    const qb = this.ds.manager.createQueryBuilder(CredentialEntity, "c");
    if (!isStaff(viewer)) {
      qb.where("(c.holder_user_id = :uid or c.organization_id = any(array(select organization_id from organization_members where user_id = :uid)))", { uid: viewer.userId });
    }
    const [items, total] = await qb.orderBy("c.created_at", "DESC").addOrderBy("c.id").skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  async get(viewer: Viewer, id: string): Promise<CredentialEntity | null> {
    if (!isUuid(id)) return null;
    const c = await this.ds.manager.findOne(CredentialEntity, { where: { id } });
    if (!c) return null;
    if (isStaff(viewer) || c.holderUserId === viewer.userId) return c;
    if (c.organizationId) {
      const rows: { n: string }[] = await this.ds.query("select count(*) n from organization_members where user_id = $1 and organization_id = $2", [viewer.userId, c.organizationId]);
      if (Number(rows[0].n) > 0) return c;
    }
    return null;
  }

  /**
   * Revoke (final), suspend or reinstate: status, reason, audit, status list, holder notice —
   * one transaction. Returns a typed error for a change that makes no sense.
   */
  async changeStatus(
    actor: AuditActor,
    id: string,
    change: "REVOKE" | "SUSPEND" | "REINSTATE",
    reason: string | null,
    notify: (em: EntityManager, c: CredentialEntity) => Promise<void>,
    opts: { cascadeToProgramHolders?: boolean } = {},
  ): Promise<Result<CredentialEntity & { cascaded?: number }>> {
    if (!isUuid(id)) return fail(userError("NOT_FOUND", "No such credential.", "id"));
    const text = reason?.trim() ?? "";
    if (change !== "REINSTATE" && (text.length < 3 || text.length > 2000)) return fail(userError("REASON_REQUIRED", "Give a reason (3–2,000 characters); the holder sees it.", "reason"));
    return this.ds.transaction(async (em) => {
      const c = await em.findOne(CredentialEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!c) return fail(userError("NOT_FOUND", "No such credential.", "id"));
      if (c.status === "REVOKED") return fail(userError("ALREADY_REVOKED", "This credential is revoked; revocation is final."));
      if (change === "SUSPEND" && c.status === "SUSPENDED") return fail(userError("ALREADY_SUSPENDED", "This credential is already suspended."));
      if (change === "REINSTATE" && c.status !== "SUSPENDED") return fail(userError("NOT_SUSPENDED", "Only a suspended credential can be reinstated."));
      const now = this.clock.now();
      if (change === "REVOKE") {
        await this.statusLists.set(em, "revocation", c.revocationIndex, true);
        if (c.status === "SUSPENDED") await this.statusLists.set(em, "suspension", c.suspensionIndex, false);
        c.status = "REVOKED";
      } else if (change === "SUSPEND") {
        await this.statusLists.set(em, "suspension", c.suspensionIndex, true);
        c.status = "SUSPENDED";
      } else {
        await this.statusLists.set(em, "suspension", c.suspensionIndex, false);
        c.status = c.validUntil <= now ? "EXPIRED" : "ACTIVE";
      }
      c.statusReason = change === "REINSTATE" ? null : text;
      c.statusChangedAt = now;
      await em.update(CredentialEntity, { id: c.id }, { status: c.status, statusReason: c.statusReason, statusChangedAt: now });
      await this.audit.record(em, actor, { action: `credential.${({ REVOKE: "revoked", SUSPEND: "suspended", REINSTATE: "reinstated" } as const)[change]}`, targetType: "credential", targetId: c.id, metadata: { number: c.number } });
      const event = ({ REVOKE: "credential.revoked", SUSPEND: "credential.suspended", REINSTATE: "credential.reinstated" } as const)[change];
      await this.webhooks.emit(em, event, { credentialId: c.id, number: c.number, status: c.status });
      await notify(em, c);
      let cascaded = 0;
      if (change === "REVOKE" && opts.cascadeToProgramHolders && c.subject === "PROGRAM" && c.programId) {
        // Revoking a program's accreditation can revoke every credential earned through it.
        const earned = await em.find(CredentialEntity, { where: { programId: c.programId, subject: "PERSON" }, lock: { mode: "pessimistic_write" } });
        for (const p of earned.filter((x) => x.status === "ACTIVE" || x.status === "SUSPENDED")) {
          await this.statusLists.set(em, "revocation", p.revocationIndex, true);
          if (p.status === "SUSPENDED") await this.statusLists.set(em, "suspension", p.suspensionIndex, false);
          const why = `The accreditation of the training program was revoked: ${text}`;
          await em.update(CredentialEntity, { id: p.id }, { status: "REVOKED", statusReason: why, statusChangedAt: now });
          await this.audit.record(em, actor, { action: "credential.revoked", targetType: "credential", targetId: p.id, metadata: { number: p.number, cascadeFrom: c.id } });
          await this.webhooks.emit(em, "credential.revoked", { credentialId: p.id, number: p.number, status: "REVOKED" });
          await notify(em, Object.assign(p, { status: "REVOKED" as const, statusReason: why }));
          cascaded++;
        }
      }
      return ok(Object.assign(c, { cascaded }));
    });
  }

  /** Each credential's history from the audit trail (issue, renewal, status changes, expiry), oldest first. */
  async history(ids: readonly string[]): Promise<CredentialHistoryEvent[][]> {
    const rows: { target_id: string; at: Date; action: string; actor_type: string; metadata: Record<string, unknown> }[] = await this.ds.query(
      `select target_id, at, action, actor_type, metadata from audit_events
        where target_type = 'credential' and target_id = any($1::text[]) and action = any($2::text[])
        order by at, id`,
      [[...ids], Object.keys(HISTORY_ACTIONS)],
    );
    const predecessors = new Map<string, string | null>(
      (await this.ds.manager.find(CredentialEntity, { where: { id: In([...ids]) }, select: { id: true, predecessorId: true } })).map((c) => [c.id, c.predecessorId]),
    );
    const byId = new Map<string, CredentialHistoryEvent[]>(ids.map((id) => [id, []]));
    for (const r of rows) {
      const kind = HISTORY_ACTIONS[r.action];
      const system = r.actor_type === "SYSTEM";
      const cascade = typeof r.metadata.cascadeFrom === "string";
      const related = kind === "RENEWED" ? ((r.metadata.successorId as string | undefined) ?? null) : kind === "ISSUED" ? (predecessors.get(r.target_id) ?? null) : null;
      const description = {
        ISSUED: related ? "Awarded as the renewal of an earlier credential." : "Awarded when the application was approved.",
        RENEWED: "Renewed: a new credential replaced this one.",
        SUSPENDED: "Suspended by CareCorePlus staff.",
        REINSTATED: "Reinstated by CareCorePlus staff: it verifies as valid again.",
        REVOKED: cascade ? "Revoked because the program's accreditation was revoked." : "Revoked by CareCorePlus staff.",
        EXPIRED: system ? "Expired at the end of its validity." : "Expired.",
      }[kind];
      byId.get(r.target_id)?.push({ at: r.at, kind, description, relatedCredentialId: related });
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async loadByApplication(applicationIds: readonly string[]): Promise<(CredentialEntity | null)[]> {
    const rows = await this.ds.manager.find(CredentialEntity, { where: { applicationId: In([...applicationIds]) } });
    const byApp = new Map(rows.map((r) => [r.applicationId, r]));
    return applicationIds.map((id) => byApp.get(id) ?? null);
  }
}
