import { translateMessage } from "../../common/i18n/messages";
import { randomUUID } from "node:crypto";
import { type DataSource, type EntityManager, IsNull } from "typeorm";
import { queryRows } from "../../database/query";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import type { MailCategory } from "../mail/outbox-message.entity";
import { UserEntity } from "../users/user.entity";
import type { PreferenceService } from "../preferences/preference.service";
import { NotificationEntity } from "./notification.entity";

export interface NotifyInput {
  userId: string;
  kind: string;
  title: string;
  body: string;
  /** SPA path, e.g. /app/applications/<id>. */
  link: string | null;
  /** Also e-mail it (NOTIFICATION is non-essential: the preferences issue lets people opt out). */
  email?: MailCategory | false;
}

/** In-app notifications plus the matching e-mail, written in the caller's transaction (POL-USE-NOTIFY). */
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly mail: MailService,
    private readonly publicUrl: () => string,
    private readonly preferences: PreferenceService,
  ) {}

  async notify(em: EntityManager, n: NotifyInput): Promise<void> {
    const now = this.clock.now();
    const prefs = await this.preferences.get(n.userId, em);
    const category = n.email === false ? null : (n.email ?? "NOTIFICATION");
    if (prefs.inAppNotifications || category === "ESSENTIAL") {
      await em.insert(NotificationEntity, { id: randomUUID(), userId: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link, readAt: null, createdAt: now });
    }
    if (!category || !this.preferences.allowsEmail(prefs, category)) return;
    const user = await em.findOne(UserEntity, { where: { id: n.userId } });
    if (!user || user.disabledAt) return;
    const to = this.crypto.decrypt(aadFor("users", "email", user.id), user.emailEnc);
    const firstName = this.crypto.decrypt(aadFor("users", "first_name", user.id), user.firstNameEnc);
    await this.mail.enqueue(em, {
      userId: user.id,
      to,
      template: n.kind,
      category,
      content: mailTemplates.notification(user.language, { firstName, title: translateMessage(n.title, user.language), body: translateMessage(n.body, user.language), url: n.link ? `${this.publicUrl()}${n.link}` : null }),
    });
  }

  list(userId: string, limit: number, offset: number, unreadOnly: boolean) {
    return this.ds.manager.findAndCount(NotificationEntity, {
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: "DESC", id: "ASC" },
      take: limit,
      skip: offset,
    });
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { n: string }[] = await this.ds.query("select count(*) n from notifications where user_id = $1 and read_at is null", [userId]);
    return Number(rows[0].n);
  }

  /** Marks the given notifications (or all) of the user as read; returns how many changed. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const rows = await queryRows(
      this.ds.manager,
      `update notifications set read_at = $2 where user_id = $1 and read_at is null ${ids ? "and id = any($3::uuid[])" : ""} returning id`,
      ids ? [userId, this.clock.now(), ids] : [userId, this.clock.now()],
    );
    return rows.length;
  }
}
