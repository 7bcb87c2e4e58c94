import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Clock } from "../../common/clock";
import { queryRows } from "../../database/query";
import type { AuditService } from "../audit/audit.service";
import { systemActor } from "../audit/audit.service";
import type { WebhookService } from "../integrations/webhook.service";
import type { NotificationService } from "../notifications/notification.service";

export const CREDENTIALS_EXPIRE_JOB = "credentials.expire";
export const CREDENTIALS_REMIND_JOB = "credentials.remind";
export const REMINDER_DAYS = [60, 30, 7] as const;

/** Scheduled credential upkeep: expiry at validUntil and reminders before it (idempotent). */
export class CredentialLifecycleService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
    private readonly webhooks: WebhookService,
    private readonly audit: AuditService,
  ) {}

  private async recipientOf(credential: { holder_user_id: string | null; application_id: string }): Promise<string | null> {
    if (credential.holder_user_id) return credential.holder_user_id;
    const rows: { applicant_user_id: string }[] = await this.ds.query("select applicant_user_id from applications where id = $1", [credential.application_id]);
    return rows[0]?.applicant_user_id ?? null;
  }

  /** ACTIVE credentials past validUntil become EXPIRED (holder told, webhook sent). */
  async expireDue(): Promise<number> {
    return this.ds.transaction(async (em) => {
      const rows = await queryRows<{ id: string; number: string; holder_user_id: string | null; application_id: string; superseded_by_id: string | null }>(
        em,
        "update credentials set status = 'EXPIRED', status_changed_at = $1 where status = 'ACTIVE' and valid_until <= $1 returning id, number, holder_user_id, application_id, superseded_by_id",
        [this.clock.now()],
      );
      for (const c of rows) {
        await this.audit.record(em, systemActor, { action: "credential.expired", targetType: "credential", targetId: c.id, metadata: { number: c.number } });
        await this.webhooks.emit(em, "credential.expired", { credentialId: c.id, number: c.number, status: "EXPIRED" });
        const userId = await this.recipientOf(c);
        if (userId && !c.superseded_by_id) {
          await this.notifications.notify(em, { userId, kind: "credential.expired", title: `Your credential ${c.number} has expired`, body: "Apply for renewal in CareCorePlus to get a new one.", link: "/app/credentials" });
        }
      }
      return rows.length;
    });
  }

  /**
   * One reminder per threshold (60, 30, 7 days), the smallest one a credential has reached, never
   * twice (unique row per credential and threshold); renewed credentials are not reminded.
   */
  async sendReminders(): Promise<number> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + REMINDER_DAYS[0] * 86_400_000);
    const due: { id: string; number: string; valid_until: Date; holder_user_id: string | null; application_id: string }[] = await this.ds.query(
      "select id, number, valid_until, holder_user_id, application_id from credentials where status = 'ACTIVE' and superseded_by_id is null and valid_until > $1 and valid_until <= $2",
      [now, horizon],
    );
    let sent = 0;
    for (const c of due) {
      const daysLeft = Math.ceil((c.valid_until.getTime() - now.getTime()) / 86_400_000);
      const threshold = [...REMINDER_DAYS].reverse().find((d) => daysLeft <= d)!;
      await this.ds.transaction(async (em) => {
        const inserted = await queryRows(em, "insert into credential_reminders (id, credential_id, days_before, sent_at) values ($1, $2, $3, $4) on conflict do nothing returning id", [
          randomUUID(),
          c.id,
          threshold,
          now,
        ]);
        if (inserted.length === 0) return;
        const userId = await this.recipientOf(c);
        if (!userId) return;
        await this.notifications.notify(em, {
          userId,
          kind: "credential.expiring",
          title: daysLeft === 1 ? `Your credential ${c.number} expires in 1 day` : `Your credential ${c.number} expires in ${daysLeft} days`,
          body: `It is valid until ${c.valid_until.toISOString().slice(0, 10)}. Start your renewal in CareCorePlus so there is no gap.`,
          link: "/app/credentials",
        });
        sent++;
      });
    }
    return sent;
  }
}
