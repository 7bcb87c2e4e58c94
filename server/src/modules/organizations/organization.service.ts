import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { z } from "zod";
import type { Clock } from "../../common/clock";
import { fail, ok, type Result } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { zodToUserErrors } from "../users/user.validation";
import { OrganizationEntity, OrganizationMemberEntity, type OrganizationRole } from "./organization.entity";

export const organizationSchema = z.object({
  name: z.string().trim().min(2, "Enter the organization's name.").max(200, "Names are at most 200 characters."),
});

/** Organizations and their members; data of one organization is invisible to others. */
export class OrganizationService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(em: EntityManager, actor: AuditActor & { userId: string }, name: string): Promise<OrganizationEntity> {
    const now = this.clock.now();
    const org = em.create(OrganizationEntity, { id: randomUUID(), name, createdBy: actor.userId, createdAt: now });
    await em.insert(OrganizationEntity, org);
    await em.insert(OrganizationMemberEntity, { id: randomUUID(), organizationId: org.id, userId: actor.userId, role: "OWNER", createdAt: now });
    await this.audit.record(em, actor, { action: "organization.created", targetType: "organization", targetId: org.id });
    return org;
  }

  async createFromInput(actor: AuditActor & { userId: string }, raw: { name: string }): Promise<Result<OrganizationEntity>> {
    const parsed = organizationSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    return ok(await this.ds.transaction((em) => this.create(em, actor, parsed.data.name)));
  }

  async roleOf(userId: string, organizationId: string, em: EntityManager = this.ds.manager): Promise<OrganizationRole | null> {
    const m = await em.findOne(OrganizationMemberEntity, { where: { userId, organizationId } });
    return m?.role ?? null;
  }

  async organizationIdsOf(userId: string, em: EntityManager = this.ds.manager): Promise<string[]> {
    const rows = await em.find(OrganizationMemberEntity, { where: { userId }, order: { createdAt: "ASC" } });
    return rows.map((r) => r.organizationId);
  }

  async listForUser(userId: string): Promise<(OrganizationEntity & { viewerRole: OrganizationRole })[]> {
    const rows: (OrganizationEntity & { viewerRole: OrganizationRole })[] = await this.ds.query(
      `select o.id, o.name, o.created_by as "createdBy", o.created_at as "createdAt", m.role as "viewerRole"
         from organization_members m join organizations o on o.id = m.organization_id
        where m.user_id = $1 order by m.created_at`,
      [userId],
    );
    return rows;
  }

  /** Every organization, by name (ADMIN lists and pickers); `search` matches part of the name, any case. */
  async list(filter: { search?: string | null }, limit: number, offset: number): Promise<{ items: OrganizationEntity[]; total: number }> {
    const qb = this.ds.manager.createQueryBuilder(OrganizationEntity, "o");
    const search = String(filter.search ?? "").trim().slice(0, 200);
    // Escape LIKE wildcards so "%" or "_" in a name match literally.
    if (search) qb.andWhere("o.name ilike :pattern escape '\\'", { pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [items, total] = await qb.orderBy("lower(o.name)", "ASC").addOrderBy("o.id", "ASC").offset(offset).limit(limit).getManyAndCount();
    return { items, total };
  }

  /** The organization a new program belongs to when none is named: the first one, or a new one. */
  async defaultFor(em: EntityManager, actor: AuditActor & { userId: string }, fallbackName: string): Promise<string> {
    const ids = await this.organizationIdsOf(actor.userId, em);
    if (ids.length > 0) return ids[0];
    return (await this.create(em, actor, fallbackName)).id;
  }

  async loadMany(ids: readonly string[]): Promise<(OrganizationEntity | null)[]> {
    const rows = await this.ds.manager.find(OrganizationEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
