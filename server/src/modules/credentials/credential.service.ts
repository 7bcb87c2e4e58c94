import { randomInt, randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Clock } from "../../common/clock";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { ApplicationEntity } from "../applications/application.entity";
import { isStaff, type Viewer } from "../auth/viewer";
import type { CertificationTypeEntity } from "../catalogue/certification-type.entity";
import { CredentialEntity } from "./credential.entity";

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
  ) {}

  async issueForApplication(em: EntityManager, app: ApplicationEntity, type: CertificationTypeEntity, actor: AuditActor): Promise<CredentialEntity> {
    const now = this.clock.now();
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
      awardedDate: now,
      predecessorId: null,
      createdAt: now,
    });
    await em.insert(CredentialEntity, credential);
    await this.audit.record(em, actor, { action: "credential.issued", targetType: "credential", targetId: credential.id, metadata: { applicationId: app.id, number: credential.number } });
    return credential;
  }

  /** Holder: own credentials and those of programs of their organizations; staff: all. */
  async list(viewer: Viewer, limit: number, offset: number) {
    const qb = this.ds.manager.createQueryBuilder(CredentialEntity, "c");
    if (!isStaff(viewer)) {
      qb.where("(c.holder_user_id = :uid or c.organization_id in (select organization_id from organization_members where user_id = :uid))", { uid: viewer.userId });
    }
    const [items, total] = await qb.orderBy("c.created_at", "DESC").addOrderBy("c.id").skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  async get(viewer: Viewer, id: string): Promise<CredentialEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const c = await this.ds.manager.findOne(CredentialEntity, { where: { id } });
    if (!c) return null;
    if (isStaff(viewer) || c.holderUserId === viewer.userId) return c;
    if (c.organizationId) {
      const rows: { n: string }[] = await this.ds.query("select count(*) n from organization_members where user_id = $1 and organization_id = $2", [viewer.userId, c.organizationId]);
      if (Number(rows[0].n) > 0) return c;
    }
    return null;
  }

  async loadByApplication(applicationIds: readonly string[]): Promise<(CredentialEntity | null)[]> {
    const rows = await this.ds.manager.find(CredentialEntity, { where: { applicationId: In([...applicationIds]) } });
    const byApp = new Map(rows.map((r) => [r.applicationId, r]));
    return applicationIds.map((id) => byApp.get(id) ?? null);
  }
}
