import { formatDate } from "../../common/i18n/languages";
import type { DataSource, EntityManager } from "typeorm";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import type { JobQueue } from "../../common/jobs/job-queue";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import type { LanguageCode } from "../users/user.entity";
import type { NotificationService } from "../notifications/notification.service";
import { PolicyVersionEntity } from "./policy-version.entity";

export const POLICY_ANNOUNCE_JOB = "policy.announce";
const BATCH = 200;

/**
 * E-mails every user about a material policy change (POL-CHANGE-NOTICE), in batches, from a
 * background job. Idempotent: a user who already has the notice in the outbox is skipped.
 */
export class PolicyAnnouncementService {
  constructor(
    private readonly ds: DataSource,
    private readonly crypto: FieldCrypto,
    private readonly mail: MailService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
    private readonly publicUrl: () => string,
  ) {}

  /** Called inside the publishing transaction. */
  async schedule(em: EntityManager, versionId: string): Promise<void> {
    await this.jobs.enqueue(em, POLICY_ANNOUNCE_JOB, { versionId });
  }

  async announce(versionId: string): Promise<number> {
    const version = await this.ds.manager.findOne(PolicyVersionEntity, { where: { id: versionId } });
    if (!version) return 0;
    const template = `policy.changed:${version.id}`;
    const when = formatDate("en", version.effectiveAt);
    let sent = 0;
    for (;;) {
      const batch: { id: string; email_enc: string; first_name_enc: string; language: LanguageCode }[] = await this.ds.query(
        `select u.id, u.email_enc, u.first_name_enc, u.language from users u
          where u.disabled_at is null
            and not exists (select 1 from mail_outbox m where m.user_id = u.id and m.template = $1)
          order by u.id limit ${BATCH}`,
        [template],
      );
      if (batch.length === 0) return sent;
      await this.ds.transaction(async (em) => {
        for (const u of batch) {
          const to = this.crypto.decrypt(aadFor("users", "email", u.id), u.email_enc);
          const firstName = this.crypto.decrypt(aadFor("users", "first_name", u.id), u.first_name_enc);
          await this.mail.enqueue(em, {
            userId: u.id,
            to,
            template,
            category: "ESSENTIAL",
            bulk: true,
            content: mailTemplates.policyChanged(u.language, { firstName, title: version.title, effectiveAt: version.effectiveAt, url: `${this.publicUrl()}/privacy` }),
          });
          await this.notifications.notify(em, { userId: u.id, kind: "policy.changed", title: `We are updating our ${version.title}`, body: `The new version takes effect on ${when}.`, link: "/privacy", email: false });
        }
      });
      sent += batch.length;
    }
  }
}
