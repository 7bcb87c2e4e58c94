import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { MailCategory } from "../mail/outbox-message.entity";
import { CommunicationPreferenceEntity } from "./preference.entity";

export interface Preferences {
  emailNotifications: boolean;
  emailAnnouncements: boolean;
  inAppNotifications: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { emailNotifications: true, emailAnnouncements: true, inAppNotifications: true };

/** Communication preferences, consulted by every non-essential message before it is sent. */
export class PreferenceService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string, em: EntityManager = this.ds.manager): Promise<Preferences> {
    const row = await em.findOne(CommunicationPreferenceEntity, { where: { userId } });
    return row ? { emailNotifications: row.emailNotifications, emailAnnouncements: row.emailAnnouncements, inAppNotifications: row.inAppNotifications } : DEFAULT_PREFERENCES;
  }

  async update(actor: AuditActor & { userId: string }, input: Partial<Preferences>): Promise<Preferences> {
    return this.ds.transaction(async (em) => {
      const next = { ...(await this.get(actor.userId, em)), ...Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === "boolean")) } as Preferences;
      await em.upsert(CommunicationPreferenceEntity, { userId: actor.userId, ...next, updatedAt: this.clock.now() }, ["userId"]);
      await this.audit.record(em, actor, { action: "preferences.updated", targetType: "user", targetId: actor.userId, metadata: { ...next } });
      return next;
    });
  }

  /** Essential messages always go out; the rest follow the person's choices. */
  allowsEmail(p: Preferences, category: MailCategory): boolean {
    if (category === "ESSENTIAL") return true;
    return category === "ANNOUNCEMENT" ? p.emailAnnouncements : p.emailNotifications;
  }
}
