import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { z } from "zod";
import type { Clock } from "../../common/clock";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { zodToUserErrors } from "../users/user.validation";
import { type CertificationSubject, CertificationTypeEntity } from "./certification-type.entity";
import { RubricCriterionEntity } from "./rubric-criterion.entity";

export const certificationTypeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, "Use 2–32 capital letters, digits or dashes, e.g. CCA."),
  name: z.string().trim().min(3, "Enter a name of at least 3 characters.").max(120),
  description: z.string().trim().max(2000).default(""),
  subject: z.enum(["PERSON", "PROGRAM"]),
  validityMonths: z.number().int().min(1, "Validity is at least 1 month.").max(120, "Validity is at most 120 months."),
  renewalRequirements: z.string().trim().max(2000).default(""),
  feeCents: z.number().int().min(0, "The fee cannot be negative.").max(10_000_000),
  currency: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, "Use a 3-letter currency code such as usd.")
    .default("usd"),
  active: z.boolean().default(true),
});
export type CertificationTypeInput = z.input<typeof certificationTypeSchema>;

export const rubricCriterionSchema = z.object({
  subject: z.enum(["PERSON", "PROGRAM"]),
  title: z.string().trim().min(3).max(120),
  guidance: z.string().trim().max(2000).default(""),
  maxScore: z.number().int().min(1).max(10),
  position: z.number().int().min(0).max(1000).nullish(),
  active: z.boolean().default(true),
});
export type RubricCriterionInput = z.input<typeof rubricCriterionSchema>;

const DEFAULT_TYPES: CertificationTypeInput[] = [
  {
    code: "ACTP",
    name: "Accredited Care Training Program",
    description: "Accreditation of a care training program: curriculum, instructors and assessment meet the CareCorePlus standard.",
    subject: "PROGRAM",
    validityMonths: 36,
    renewalRequirements: "Re-apply before expiry with the current curriculum and instructor list.",
    feeCents: 45000,
  },
  {
    code: "CCA",
    name: "Certified Care Assistant",
    description: "For care professionals who completed an accredited training program.",
    subject: "PERSON",
    validityMonths: 24,
    renewalRequirements: "12 hours of continuing education and current employment in care.",
    feeCents: 7500,
  },
];

const DEFAULT_CRITERIA: RubricCriterionInput[] = [
  { subject: "PROGRAM", title: "Curriculum coverage", guidance: "Modules cover the competencies of the standard, with enough hours.", maxScore: 5, position: 1 },
  { subject: "PROGRAM", title: "Instructor qualifications", guidance: "Instructors hold current licenses and relevant experience.", maxScore: 5, position: 2 },
  { subject: "PROGRAM", title: "Assessment method", guidance: "Learners are assessed on each competency, in practice where it matters.", maxScore: 5, position: 3 },
  { subject: "PERSON", title: "Training completed", guidance: "The accredited program was completed and evidenced.", maxScore: 5, position: 1 },
  { subject: "PERSON", title: "Licensure and record", guidance: "Licenses are current; no disqualifying record.", maxScore: 5, position: 2 },
  { subject: "PERSON", title: "Work experience", guidance: "Supervised experience in care work.", maxScore: 5, position: 3 },
];

/** The certification-type catalogue and the review rubric (admin-managed). */
export class CatalogueService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  listTypes(filter: { activeOnly?: boolean; subject?: CertificationSubject | null } = {}): Promise<CertificationTypeEntity[]> {
    return this.ds.manager.find(CertificationTypeEntity, {
      where: { ...(filter.activeOnly ? { active: true } : {}), ...(filter.subject ? { subject: filter.subject } : {}) },
      order: { subject: "ASC", name: "ASC" },
    });
  }

  getType(id: string, em: EntityManager = this.ds.manager): Promise<CertificationTypeEntity | null> {
    return em.findOne(CertificationTypeEntity, { where: { id } });
  }

  async loadTypes(ids: readonly string[]): Promise<(CertificationTypeEntity | null)[]> {
    const rows = await this.ds.manager.find(CertificationTypeEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async saveType(actor: AuditActor, id: string | null, raw: CertificationTypeInput): Promise<Result<CertificationTypeEntity>> {
    const parsed = certificationTypeSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const input = parsed.data;
    try {
      return await this.ds.transaction(async (em) => {
        const now = this.clock.now();
        let entity: CertificationTypeEntity;
        if (id) {
          const found = await em.findOne(CertificationTypeEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
          if (!found) return fail(userError("NOT_FOUND", "No such certification type.", "id"));
          entity = Object.assign(found, { ...input, updatedAt: now });
        } else {
          entity = em.create(CertificationTypeEntity, { id: randomUUID(), ...input, createdAt: now, updatedAt: now });
        }
        await em.save(entity);
        await this.audit.record(em, actor, { action: id ? "certification_type.updated" : "certification_type.created", targetType: "certification_type", targetId: entity.id, metadata: { code: entity.code } });
        return ok(entity);
      });
    } catch (err) {
      if ((err as { code?: string }).code === "23505") return fail(userError("CODE_TAKEN", "Another certification type uses this code.", "code"));
      throw err;
    }
  }

  listCriteria(subject?: CertificationSubject | null, activeOnly = true): Promise<RubricCriterionEntity[]> {
    return this.ds.manager.find(RubricCriterionEntity, {
      where: { ...(subject ? { subject } : {}), ...(activeOnly ? { active: true } : {}) },
      order: { subject: "ASC", position: "ASC" },
    });
  }

  async saveCriterion(actor: AuditActor, id: string | null, raw: RubricCriterionInput): Promise<Result<RubricCriterionEntity>> {
    const parsed = rubricCriterionSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    return this.ds.transaction(async (em) => {
      let entity: RubricCriterionEntity;
      if (id) {
        const found = await em.findOne(RubricCriterionEntity, { where: { id } });
        if (!found) return fail(userError("NOT_FOUND", "No such criterion.", "id"));
        entity = Object.assign(found, { ...parsed.data, position: parsed.data.position ?? found.position });
      } else {
        // Without a position, a new criterion goes last for its subject.
        const last: { max: number | null }[] = await em.query("select max(position) max from rubric_criteria where subject = $1", [parsed.data.subject]);
        entity = em.create(RubricCriterionEntity, { id: randomUUID(), ...parsed.data, position: parsed.data.position ?? (last[0].max ?? 0) + 1 });
      }
      await em.save(entity);
      await this.audit.record(em, actor, { action: id ? "rubric_criterion.updated" : "rubric_criterion.created", targetType: "rubric_criterion", targetId: entity.id });
      return ok(entity);
    });
  }

  /** A fresh installation gets a usable catalogue and rubric (only when the tables are empty). */
  async ensureSeed(em: EntityManager): Promise<void> {
    const now = this.clock.now();
    if ((await em.count(CertificationTypeEntity)) === 0) {
      for (const t of DEFAULT_TYPES) await em.insert(CertificationTypeEntity, { id: randomUUID(), ...certificationTypeSchema.parse(t), createdAt: now, updatedAt: now });
    }
    if ((await em.count(RubricCriterionEntity)) === 0) {
      for (const c of DEFAULT_CRITERIA) await em.insert(RubricCriterionEntity, { id: randomUUID(), ...rubricCriterionSchema.parse(c), position: c.position ?? 0 });
    }
  }
}
