import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { z } from "zod";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { isStaff, type Viewer } from "../auth/viewer";
import type { OrganizationService } from "../organizations/organization.service";
import { UserEntity } from "../users/user.entity";
import { zodToUserErrors } from "../users/user.validation";
import { type CurriculumModule, type DeliveryMode, ProgramEntity, type ProgramStatus } from "./program.entity";
import { isUuid } from "../../common/ids";

export interface Instructor {
  fullName: string;
  qualifications: string;
  licenses: string[];
  yearsOfExperience: number | null;
}

export interface ProgramView {
  id: string;
  organizationId: string;
  title: string;
  description: string;
  deliveryMode: DeliveryMode;
  modules: CurriculumModule[];
  totalHours: number;
  instructors: Instructor[];
  status: ProgramStatus;
  createdAt: Date;
  updatedAt: Date;
}

const moduleSchema = z.object({
  title: z.string().trim().min(2, "Give each module a title.").max(200),
  hours: z.number().min(0.5, "Each module needs at least half an hour.").max(2000),
  competencies: z.array(z.string().trim().min(2).max(300)).max(50).default([]),
});

const instructorSchema = z.object({
  fullName: z.string().trim().min(2, "Enter the instructor's full name.").max(200),
  qualifications: z.string().trim().min(2, "Describe the instructor's qualifications.").max(2000),
  licenses: z.array(z.string().trim().min(2).max(200)).max(20).default([]),
  yearsOfExperience: z.number().int().min(0).max(70).nullish(),
});

export const programSchema = z.object({
  title: z.string().trim().min(3, "Enter a title of at least 3 characters.").max(200),
  description: z.string().trim().max(5000).default(""),
  deliveryMode: z.enum(["IN_PERSON", "ONLINE", "BLENDED"]).default("IN_PERSON"),
  modules: z.array(moduleSchema).max(100, "At most 100 modules.").default([]),
  instructors: z.array(instructorSchema).max(50, "At most 50 instructors.").default([]),
});
export type ProgramInput = z.input<typeof programSchema> & { organizationId?: string | null };

const round = (n: number) => Math.round(n * 100) / 100;

/** Training programs with their curriculum and instructors (POL-COLLECT-APPLICATION). */
export class ProgramService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
  ) {}

  toView(p: ProgramEntity): ProgramView {
    const instructors = JSON.parse(this.crypto.decrypt(aadFor("programs", "instructors", p.id), p.instructorsEnc)) as Instructor[];
    return {
      id: p.id,
      organizationId: p.organizationId,
      title: p.title,
      description: p.description,
      deliveryMode: p.deliveryMode,
      modules: p.modules,
      totalHours: round(p.modules.reduce((sum, m) => sum + m.hours, 0)),
      instructors,
      status: p.status,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }

  /** Members of the owning organization, and staff, may see a program. */
  async canView(viewer: Viewer, p: Pick<ProgramEntity, "organizationId" | "status">, em: EntityManager = this.ds.manager): Promise<boolean> {
    if (isStaff(viewer)) return true;
    return (await this.organizations.roleOf(viewer.userId, p.organizationId, em)) !== null;
  }

  async get(viewer: Viewer, id: string): Promise<ProgramView | null> {
    if (!isUuid(id)) return null;
    const p = await this.ds.manager.findOne(ProgramEntity, { where: { id } });
    if (!p || !(await this.canView(viewer, p))) return null;
    return this.toView(p);
  }

  async loadMany(ids: readonly string[]): Promise<(ProgramView | null)[]> {
    const rows = await this.ds.manager.find(ProgramEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, this.toView(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(viewer: Viewer, filter: { status?: ProgramStatus | null; organizationId?: string | null }, limit: number, offset: number) {
    const qb = this.ds.manager.createQueryBuilder(ProgramEntity, "p");
    if (!isStaff(viewer)) {
      qb.andWhere("p.organization_id in (select organization_id from organization_members where user_id = :uid)", { uid: viewer.userId });
    }
    if (filter.status) qb.andWhere("p.status = :status", { status: filter.status });
    if (filter.organizationId) qb.andWhere(isUuid(filter.organizationId) ? "p.organization_id = :org" : "false", { org: filter.organizationId });
    const [rows, total] = await qb.orderBy("p.updated_at", "DESC").addOrderBy("p.id").skip(offset).take(limit).getManyAndCount();
    return { items: rows.map((r) => this.toView(r)), total };
  }

  async create(viewer: Viewer, actor: AuditActor & { userId: string }, raw: ProgramInput): Promise<Result<ProgramView>> {
    const parsed = programSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const input = parsed.data;
    return this.ds.transaction(async (em) => {
      let organizationId = raw.organizationId ?? null;
      if (organizationId) {
        if (!isUuid(organizationId) || !(await this.organizations.roleOf(viewer.userId, organizationId, em))) {
          return fail(userError("NOT_FOUND", "You are not a member of that organization.", "organizationId"));
        }
      } else {
        const user = await em.findOneOrFail(UserEntity, { where: { id: viewer.userId } });
        const orgName = user.organizationNameEnc
          ? this.crypto.decrypt(aadFor("users", "organization_name", user.id), user.organizationNameEnc)
          : `${this.crypto.decrypt(aadFor("users", "first_name", user.id), user.firstNameEnc)}'s organization`;
        organizationId = await this.organizations.defaultFor(em, actor, orgName);
      }
      const id = randomUUID();
      const now = this.clock.now();
      const entity = em.create(ProgramEntity, {
        id,
        organizationId,
        title: input.title,
        description: input.description,
        deliveryMode: input.deliveryMode,
        modules: input.modules,
        instructorsEnc: this.crypto.encrypt(aadFor("programs", "instructors", id), JSON.stringify(input.instructors.map((i) => ({ ...i, yearsOfExperience: i.yearsOfExperience ?? null })))),
        status: "ACTIVE",
        createdBy: viewer.userId,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(ProgramEntity, entity);
      await this.audit.record(em, actor, { action: "program.created", targetType: "program", targetId: id, metadata: { organizationId } });
      return ok(this.toView(entity));
    });
  }

  async update(viewer: Viewer, actor: AuditActor & { userId: string }, id: string, raw: ProgramInput): Promise<Result<ProgramView>> {
    const parsed = programSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const input = parsed.data;
    return this.ds.transaction(async (em) => {
      const p = isUuid(id) ? await em.findOne(ProgramEntity, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
      if (!p || !(await this.organizations.roleOf(viewer.userId, p.organizationId, em))) return fail(userError("NOT_FOUND", "No such program.", "id"));
      if (p.status === "ARCHIVED") return fail(userError("PROGRAM_ARCHIVED", "Archived programs cannot be changed."));
      const inReview: { n: string }[] = await em.query("select count(*) n from applications where program_id = $1 and kind = 'PROGRAM_ACCREDITATION' and status in ('SUBMITTED','UNDER_REVIEW')", [id]);
      if (Number(inReview[0].n) > 0) return fail(userError("PROGRAM_IN_REVIEW", "This program is being reviewed; wait for the decision or for a change request before editing it."));
      p.title = input.title;
      p.description = input.description;
      p.deliveryMode = input.deliveryMode;
      p.modules = input.modules;
      p.instructorsEnc = this.crypto.encrypt(aadFor("programs", "instructors", id), JSON.stringify(input.instructors.map((i) => ({ ...i, yearsOfExperience: i.yearsOfExperience ?? null }))));
      p.updatedAt = this.clock.now();
      await em.save(p);
      await this.audit.record(em, actor, { action: "program.updated", targetType: "program", targetId: id });
      return ok(this.toView(p));
    });
  }

  async archive(viewer: Viewer, actor: AuditActor & { userId: string }, id: string): Promise<Result<ProgramView>> {
    return this.ds.transaction(async (em) => {
      const p = isUuid(id) ? await em.findOne(ProgramEntity, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
      if (!p || !(await this.organizations.roleOf(viewer.userId, p.organizationId, em))) return fail(userError("NOT_FOUND", "No such program.", "id"));
      p.status = "ARCHIVED";
      p.updatedAt = this.clock.now();
      await em.save(p);
      await this.audit.record(em, actor, { action: "program.archived", targetType: "program", targetId: id });
      return ok(this.toView(p));
    });
  }

  /** Programs holding an active accreditation credential (what a person can cite). */
  async accredited(search: string | null, limit: number): Promise<ProgramView[]> {
    const rows = await this.ds.manager
      .createQueryBuilder(ProgramEntity, "p")
      .where("p.status <> 'ARCHIVED'")
      .andWhere("exists (select 1 from credentials c where c.program_id = p.id and c.subject = 'PROGRAM' and c.status = 'ACTIVE')")
      .andWhere(search ? "p.title ilike :q" : "true", { q: `%${(search ?? "").replace(/[%_\\]/g, "\\$&")}%` })
      .orderBy("p.title", "ASC")
      .take(limit)
      .getMany();
    return rows.map((r) => this.toView(r));
  }

  async isAccredited(programId: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    const rows: { n: string }[] = await em.query("select count(*) n from credentials where program_id = $1 and subject = 'PROGRAM' and status = 'ACTIVE'", [programId]);
    return Number(rows[0].n) > 0;
  }
}
