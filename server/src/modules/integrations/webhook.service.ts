import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { queryRows } from "../../database/query";
import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { JobQueue } from "../../common/jobs/job-queue";
import type { Logger } from "../../common/logger";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { WEBHOOK_EVENTS, type WebhookEvent, WebhookDeliveryEntity, WebhookEndpointEntity } from "./webhook.entity";
import { isUuid } from "../../common/ids";

/** No deliveries to loopback, private, link-local or unique-local addresses (SSRF), checked after DNS. */
export async function isPublicHost(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return false;
  }
  const privateRanges = new BlockList();
  for (const [net, bits] of [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], ["127.0.0.0", 8], ["169.254.0.0", 16], ["0.0.0.0", 8], ["100.64.0.0", 10]] as const) privateRanges.addSubnet(net, bits, "ipv4");
  for (const [net, bits] of [["::1", 128], ["fc00::", 7], ["fe80::", 10], ["::", 128]] as const) privateRanges.addSubnet(net, bits, "ipv6");
  return addresses.length > 0 && addresses.every((a) => !privateRanges.check(a, isIP(a) === 6 ? "ipv6" : "ipv4"));
}

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";
export const WEBHOOK_SWEEP_JOB = "webhook.sweep";
export const MAX_ATTEMPTS = 8;

/** Who manages endpoints: an admin (all endpoints) or an integrator key (its own). */
export type WebhookOwner = { kind: "ADMIN" } | { kind: "KEY"; apiKeyId: string };

/** Standard Webhooks signature: base64 HMAC-SHA256 over `id.timestamp.body` with the secret's bytes. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** Back-off between attempts: 30 s, 2 min, 8 min, … capped at 6 h. */
export function backoffMs(attempt: number): number {
  return Math.min(6 * 3600_000, 30_000 * 4 ** Math.max(0, attempt - 1));
}

export class WebhookService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly logger: Logger,
    private readonly allowHttp: boolean,
  ) {}

  async create(owner: WebhookOwner, actor: AuditActor, input: { url: string; events: WebhookEvent[] }): Promise<Result<{ endpoint: WebhookEndpointEntity; secret: string }>> {
    let url: URL;
    try {
      url = new URL(String(input.url ?? ""));
    } catch {
      return fail(userError("INVALID", "Enter the full URL of your endpoint, e.g. https://hr.example.org/hooks/carecoreplus.", "url"));
    }
    if (url.protocol !== "https:" && !(this.allowHttp && url.protocol === "http:")) return fail(userError("INVALID", "Webhook URLs must use https.", "url"));
    if (url.username || url.password) return fail(userError("INVALID", "Do not put credentials in the URL; verify our signature instead.", "url"));
    if (!this.allowHttp && !(await isPublicHost(url.hostname))) return fail(userError("INVALID", "The URL must point to a public internet address.", "url"));
    const events = [...new Set(input.events ?? [])];
    if (events.length === 0 || events.some((e) => !WEBHOOK_EVENTS.includes(e))) return fail(userError("INVALID", `Choose events from: ${WEBHOOK_EVENTS.join(", ")}.`, "events"));
    const secret = `whsec_${randomBytes(24).toString("base64")}`;
    const id = randomUUID();
    const endpoint = this.ds.manager.create(WebhookEndpointEntity, {
      id,
      url: url.toString(),
      secretEnc: this.crypto.encrypt(aadFor("webhook_endpoints", "secret", id), secret),
      events,
      apiKeyId: owner.kind === "KEY" ? owner.apiKeyId : null,
      active: true,
      createdAt: this.clock.now(),
    });
    await this.ds.transaction(async (em) => {
      await em.insert(WebhookEndpointEntity, endpoint);
      await this.audit.record(em, actor, { action: "webhook.created", targetType: "webhook_endpoint", targetId: id, metadata: { events } });
    });
    return ok({ endpoint, secret });
  }

  private scope(owner: WebhookOwner) {
    return owner.kind === "KEY" ? { apiKeyId: owner.apiKeyId } : {};
  }

  list(owner: WebhookOwner) {
    return this.ds.manager.find(WebhookEndpointEntity, { where: this.scope(owner), order: { createdAt: "DESC" } });
  }

  async remove(owner: WebhookOwner, actor: AuditActor, id: string): Promise<Result<true>> {
    if (!isUuid(id)) return fail(userError("NOT_FOUND", "No such endpoint.", "id"));
    const e = await this.ds.manager.findOne(WebhookEndpointEntity, { where: { id, ...this.scope(owner) } });
    if (!e) return fail(userError("NOT_FOUND", "No such endpoint.", "id"));
    await this.ds.transaction(async (em) => {
      await em.update(WebhookEndpointEntity, { id }, { active: false });
      await this.audit.record(em, actor, { action: "webhook.deleted", targetType: "webhook_endpoint", targetId: id });
    });
    return ok(true);
  }

  async deliveries(owner: WebhookOwner, endpointId: string) {
    if (!isUuid(endpointId)) return null;
    const e = await this.ds.manager.findOne(WebhookEndpointEntity, { where: { id: endpointId, ...this.scope(owner) } });
    if (!e) return null;
    return this.ds.manager.find(WebhookDeliveryEntity, { where: { endpointId }, order: { createdAt: "DESC" }, take: 100 });
  }

  /** Queue an event for every subscribed endpoint, inside the caller's transaction. */
  async emit(em: EntityManager, type: WebhookEvent, data: { credentialId: string; number: string; status: string }): Promise<void> {
    // Admin endpoints get every event; an integrator's endpoint only hears about credentials that
    // integrator has verified with its key (it learns no numbers it did not already have), and
    // nothing once its key is revoked.
    const endpoints: { id: string }[] = await em.query(
      `select e.id from webhook_endpoints e left join api_keys k on k.id = e.api_key_id
        where e.active and $1 = any(e.events)
          and (e.api_key_id is null or (k.revoked_at is null and exists (
                select 1 from credential_verifications v where v.api_key_id = e.api_key_id and v.credential_id = $2)))`,
      [type, data.credentialId],
    );
    const now = this.clock.now();
    for (const e of endpoints) {
      const eventId = `msg_${randomBytes(12).toString("hex")}`;
      const id = randomUUID();
      await em.insert(WebhookDeliveryEntity, {
        id,
        endpointId: e.id,
        eventId,
        eventType: type,
        payload: { type, timestamp: now.toISOString(), data },
        status: "PENDING",
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        nextAttemptAt: now,
        deliveredAt: null,
        createdAt: now,
      });
      await this.jobs.enqueue(em, WEBHOOK_DELIVER_JOB, { id });
    }
  }

  /** One attempt; failures are recorded and rescheduled with back-off until MAX_ATTEMPTS. */
  async deliver(id: string): Promise<WebhookDeliveryEntity | null> {
    // Claim the attempt (one minute) so the job and the sweep never send the same delivery twice.
    const now0 = this.clock.now();
    const claimed = await queryRows<{ id: string }>(
      this.ds.manager,
      "update webhook_deliveries set next_attempt_at = $3 where id = $1 and status = 'PENDING' and next_attempt_at <= $2 returning id",
      [id, now0, new Date(now0.getTime() + 60_000)],
    );
    const d = await this.ds.manager.findOne(WebhookDeliveryEntity, { where: { id } });
    if (!d || claimed.length === 0) return d;
    const endpoint = await this.ds.manager.findOneOrFail(WebhookEndpointEntity, { where: { id: d.endpointId } });
    if (!endpoint.active) {
      await this.ds.manager.update(WebhookDeliveryEntity, { id }, { status: "FAILED", lastError: "endpoint deleted" });
      return { ...d, status: "FAILED" };
    }
    if (!this.allowHttp && !(await isPublicHost(new URL(endpoint.url).hostname))) {
      await this.ds.manager.update(WebhookDeliveryEntity, { id }, { status: "FAILED", lastError: "endpoint resolves to a private address" });
      return { ...d, status: "FAILED" };
    }
    const secret = this.crypto.decrypt(aadFor("webhook_endpoints", "secret", endpoint.id), endpoint.secretEnc);
    const body = JSON.stringify(d.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(endpoint.url, {
        method: "POST",
        headers: { "content-type": "application/json", "webhook-id": d.eventId, "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(secret, d.eventId, timestamp, body), "user-agent": "CareCorePlus-Webhooks/1" },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      });
      statusCode = res.status;
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err as Error).name === "TimeoutError" ? "timeout" : "connection failed";
    }
    const attempts = d.attempts + 1;
    const now = this.clock.now();
    const update: Partial<WebhookDeliveryEntity> = error
      ? { attempts, lastStatusCode: statusCode, lastError: error, status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) }
      : { attempts, lastStatusCode: statusCode, lastError: null, status: "SUCCEEDED", deliveredAt: now };
    await this.ds.manager.update(WebhookDeliveryEntity, { id }, update as Parameters<EntityManager["update"]>[2]);
    if (error) this.logger.warn({ deliveryId: id, attempts, error }, "webhook delivery failed");
    return { ...d, ...update } as WebhookDeliveryEntity;
  }

  /** Deliver what is due (the scheduled sweep runs this every minute; tests call it directly). */
  async deliverDue(limit = 100): Promise<WebhookDeliveryEntity[]> {
    const due: { id: string }[] = await this.ds.query("select id from webhook_deliveries where status = 'PENDING' and next_attempt_at <= $1 order by created_at limit $2", [this.clock.now(), limit]);
    const out: WebhookDeliveryEntity[] = [];
    for (const { id } of due) {
      const d = await this.deliver(id);
      if (d) out.push(d);
    }
    return out;
  }
}
