import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import type { JobQueue } from "../../common/jobs/job-queue";
import type { Logger } from "../../common/logger";
import type { RenderedMail } from "./mail.templates";
import { type MailCategory, OutboxMessageEntity } from "./outbox-message.entity";

export const MAIL_DELIVER_JOB = "mail.deliver";
export const MAIL_SWEEP_JOB = "mail.sweep";

export interface OutgoingMail {
  userId: string | null;
  to: string;
  template: string;
  category: MailCategory;
  content: RenderedMail;
  /**
   * One of many sent at once (a policy announcement to everyone): delivered after the mail people are
   * waiting for (confirm your e-mail, reset your password, your code), which would otherwise queue
   * behind the whole batch.
   */
  bulk?: boolean;
}

/** pg-boss fetches higher priorities first. */
export const MAIL_PRIORITY = { personal: 10, bulk: 0 } as const;

export interface DeliveredMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/**
 * Outgoing e-mail through a transactional outbox. SMTP when SMTP_URL is set; otherwise each
 * message is written as JSON to CCP_DATA_DIR/mail (shown at /dev/mailbox outside production).
 */
export class MailService {
  private readonly transport: Transporter;
  private readonly usesFiles: boolean;
  readonly mailDir: string;

  constructor(
    private readonly ds: DataSource,
    private readonly crypto: FieldCrypto,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly logger: Logger,
    opts: { smtpUrl?: string; from: string; dataDir: string },
  ) {
    this.mailDir = path.join(opts.dataDir, "mail");
    this.transport = opts.smtpUrl
      ? nodemailer.createTransport(opts.smtpUrl, { from: opts.from })
      : nodemailer.createTransport({ jsonTransport: true }, { from: opts.from });
    this.usesFiles = !opts.smtpUrl;
  }

  /** Store a message in the caller's transaction and enqueue its delivery in the same one. */
  async enqueue(em: EntityManager, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    await em.insert(OutboxMessageEntity, {
      id,
      userId: mail.userId,
      template: mail.template,
      category: mail.category,
      toEnc: this.crypto.encrypt(aadFor("mail_outbox", "to", id), mail.to),
      contentEnc: this.crypto.encrypt(aadFor("mail_outbox", "content", id), JSON.stringify(mail.content)),
      attempts: 0,
      lastError: null,
      createdAt: now,
      nextAttemptAt: now,
      sentAt: null,
    });
    await this.jobs.enqueue(em, MAIL_DELIVER_JOB, { id }, { priority: mail.bulk ? MAIL_PRIORITY.bulk : MAIL_PRIORITY.personal });
    return id;
  }

  /** Deliver one message; safe to call twice (a sent message is skipped). */
  async deliver(id: string): Promise<DeliveredMail | null> {
    return this.ds.transaction(async (em): Promise<DeliveredMail | null | { failed: { attempts: number; code: string } }> => {
      const rows = await em
        .createQueryBuilder(OutboxMessageEntity, "m")
        .setLock("pessimistic_write")
        .setOnLocked("skip_locked")
        .where("m.id = :id and m.sent_at is null", { id })
        .getMany();
      const msg = rows[0];
      if (!msg || !msg.toEnc || !msg.contentEnc) return null;
      const to = this.crypto.decrypt(aadFor("mail_outbox", "to", id), msg.toEnc);
      const content = JSON.parse(this.crypto.decrypt(aadFor("mail_outbox", "content", id), msg.contentEnc)) as RenderedMail;
      const now = this.clock.now();
      try {
        await this.transport.sendMail({ to, subject: content.subject, text: content.text, html: content.html });
        const delivered: DeliveredMail = { id, to, ...content, sentAt: now.toISOString() };
        if (this.usesFiles) this.writeFile(delivered);
        // Content is erased once delivered; only metadata stays for the record.
        await em.update(OutboxMessageEntity, { id }, { sentAt: now, toEnc: null, contentEnc: null, attempts: msg.attempts + 1, lastError: null });
        this.logger.info({ mailId: id, template: msg.template }, "mail delivered");
        return delivered;
      } catch (err) {
        return { failed: { attempts: msg.attempts, code: String((err as { code?: string }).code ?? "SEND_FAILED").slice(0, 40) } };
      }
    }).then(async (r) => {
      if (r && "failed" in r) {
        // Recorded outside the delivery transaction so the back-off survives; only the error code is kept.
        const backoffMs = Math.min(3600_000, 30_000 * 2 ** r.failed.attempts);
        await this.ds.manager.update(OutboxMessageEntity, { id }, { attempts: r.failed.attempts + 1, lastError: r.failed.code, nextAttemptAt: new Date(this.clock.now().getTime() + backoffMs) });
        throw new Error(`mail delivery failed: ${r.failed.code}`);
      }
      return r;
    });
  }

  /** Deliver everything due (the scheduled sweep, and tests). */
  async deliverPending(limit = 100): Promise<DeliveredMail[]> {
    const due: { id: string }[] = await this.ds.query(
      "select id from mail_outbox where sent_at is null and next_attempt_at <= $1 order by created_at limit $2",
      [this.clock.now(), limit],
    );
    const out: DeliveredMail[] = [];
    for (const { id } of due) {
      try {
        const d = await this.deliver(id);
        if (d) out.push(d);
      } catch (err) {
        this.logger.warn({ mailId: id, code: (err as Error).message.replace(/^mail delivery failed: /, "") }, "mail delivery failed; will retry");
      }
    }
    return out;
  }

  private writeFile(mail: DeliveredMail): void {
    mkdirSync(this.mailDir, { recursive: true });
    const name = `${mail.sentAt.replace(/[:.]/g, "-")}-${mail.id}.json`;
    writeFileSync(path.join(this.mailDir, name), JSON.stringify(mail, null, 2), { mode: 0o600 });
  }

  /** Messages written to the mail folder, newest first (development mailbox). */
  listFiles(limit = 50): DeliveredMail[] {
    let files: string[];
    try {
      files = readdirSync(this.mailDir).filter((f) => f.endsWith(".json"));
    } catch {
      return [];
    }
    return files
      .sort()
      .reverse()
      .slice(0, limit)
      .map((f) => JSON.parse(readFileSync(path.join(this.mailDir, f), "utf8")) as DeliveredMail);
  }
}
