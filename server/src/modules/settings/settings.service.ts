import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { SettingEntity } from "./setting.entity";

/** Known settings with their defaults. */
export const SETTINGS = {
  secondReviewerForPrograms: { key: "review.secondReviewerForPrograms", default: false },
} as const;

export class SettingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async getBoolean(setting: { key: string; default: boolean }, em: EntityManager = this.ds.manager): Promise<boolean> {
    const row = await em.findOne(SettingEntity, { where: { key: setting.key } });
    return typeof row?.value === "boolean" ? row.value : setting.default;
  }

  async setBoolean(actor: AuditActor, setting: { key: string }, value: boolean): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.upsert(SettingEntity, { key: setting.key, value, updatedAt: this.clock.now(), updatedBy: actor.userId }, ["key"]);
      await this.audit.record(em, actor, { action: "setting.updated", targetType: "setting", targetId: setting.key, metadata: { value } });
    });
  }
}
