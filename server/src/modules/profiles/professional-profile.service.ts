import type { DataSource } from "typeorm";
import { z } from "zod";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { zodToUserErrors } from "../users/user.validation";
import { ProfessionalProfileEntity } from "./professional-profile.entity";

const date = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, "Use YYYY-MM or YYYY-MM-DD.")
  .nullish()
  .transform((v) => v || null);
const text = (max: number, label: string) => z.string().trim().min(1, `Enter the ${label}.`).max(max);

export const professionalProfileSchema = z.object({
  licenses: z
    .array(z.object({ type: text(120, "license type"), number: text(60, "license number"), issuer: text(200, "issuing state or body"), expiresOn: date }))
    .max(30)
    .default([]),
  certifications: z
    .array(z.object({ name: text(200, "certification"), issuer: text(200, "issuer"), obtainedOn: date, expiresOn: date }))
    .max(50)
    .default([]),
  education: z
    .array(z.object({ institution: text(200, "school or institution"), qualification: text(200, "qualification"), completedOn: date }))
    .max(30)
    .default([]),
  experience: z
    .array(z.object({ employer: text(200, "employer"), role: text(200, "role"), startOn: date, endOn: date, description: z.string().trim().max(2000).nullish().transform((v) => v || null) }))
    .max(50)
    .default([]),
});
export type ProfessionalProfile = z.infer<typeof professionalProfileSchema>;

const EMPTY: ProfessionalProfile = { licenses: [], certifications: [], education: [], experience: [] };

/** Licenses, certifications held, education and work experience of a care professional. */
export class ProfessionalProfileService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string): Promise<ProfessionalProfile & { updatedAt: Date | null }> {
    const row = await this.ds.manager.findOne(ProfessionalProfileEntity, { where: { userId } });
    if (!row) return { ...EMPTY, updatedAt: null };
    return { ...(JSON.parse(this.crypto.decrypt(aadFor("professional_profiles", "data", userId), row.dataEnc)) as ProfessionalProfile), updatedAt: row.updatedAt };
  }

  async save(actor: AuditActor & { userId: string }, raw: unknown): Promise<Result<ProfessionalProfile & { updatedAt: Date }>> {
    const parsed = professionalProfileSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const now = this.clock.now();
    await this.ds.transaction(async (em) => {
      await em.upsert(ProfessionalProfileEntity, { userId: actor.userId, dataEnc: this.crypto.encrypt(aadFor("professional_profiles", "data", actor.userId), JSON.stringify(parsed.data)), updatedAt: now }, ["userId"]);
      await this.audit.record(em, actor, {
        action: "professional_profile.updated",
        targetType: "user",
        targetId: actor.userId,
        metadata: { licenses: parsed.data.licenses.length, certifications: parsed.data.certifications.length, education: parsed.data.education.length, experience: parsed.data.experience.length },
      });
    });
    return ok({ ...parsed.data, updatedAt: now });
  }
}
