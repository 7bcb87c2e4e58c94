import type { UsageKind } from "@ccp/shared";
import { EVENT_NAME } from "./paths";

export type AnalyticsEvent = { kind: UsageKind; name: string; value: number | null; occurredAt: string };

/**
 * What became of one batch: stored (or counted), refused by the server as
 * invalid, refused because the person has no analytics consent (any more), or
 * not delivered (network, expired session, server error).
 */
export type SendOutcome = "stored" | "rejected" | "no-consent" | "failed";

export type Transport = (events: AnalyticsEvent[], options: { keepalive: boolean }) => Promise<SendOutcome>;

export const ANALYTICS_LIMITS = {
  /** Events per request (the server takes at most 50). */
  batchSize: 20,
  /** A partial batch is sent this often. */
  flushIntervalMs: 10_000,
  /** Events kept while the network is down; the oldest are dropped beyond this. */
  maxQueued: 100,
  /** A batch is tried this many times, then dropped. */
  maxAttempts: 2,
} as const;

type Queued = { event: AnalyticsEvent; attempts: number };

type Options = {
  transport: Transport;
  now?: () => Date;
};

/**
 * First-party usage analytics (POL-COLLECT-USAGE/DEVICE/PERF). Off until the
 * app turns it on for a signed-in person who gave analytics consent; turning
 * it off drops everything not yet sent. Sending never throws and never retries
 * a batch more than `maxAttempts` times.
 */
export class AnalyticsClient {
  private enabled = false;
  private queue: Queued[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private sending = false;
  private readonly transport: Transport;
  private readonly now: () => Date;
  /** Called when the server says the person has no analytics consent (withdrawn in another tab, say). */
  onConsentLost: (() => void) | null = null;

  constructor({ transport, now = () => new Date() }: Options) {
    this.transport = transport;
    this.now = now;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Events waiting to be sent (for tests and diagnostics). */
  get pending(): number {
    return this.queue.length;
  }

  enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    this.timer = setInterval(() => void this.flush(), ANALYTICS_LIMITS.flushIntervalMs);
  }

  /** Stops collecting at once and forgets every event not yet sent. */
  disable(): void {
    this.enabled = false;
    this.queue = [];
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Queues one event when enabled; names that are not route patterns or identifiers are ignored. */
  record(kind: UsageKind, name: string, value: number | null = null): void {
    if (!this.enabled || !EVENT_NAME.test(name)) return;
    if (value !== null && !Number.isFinite(value)) return;
    this.queue.push({ event: { kind, name, value, occurredAt: this.now().toISOString() }, attempts: 0 });
    if (this.queue.length > ANALYTICS_LIMITS.maxQueued) this.queue.splice(0, this.queue.length - ANALYTICS_LIMITS.maxQueued);
    if (this.queue.length >= ANALYTICS_LIMITS.batchSize) void this.flush();
  }

  /**
   * Sends what is queued in batches of `batchSize`. With `keepalive` (the page
   * is being hidden or closed) every batch goes out at once and may outlive the
   * page; otherwise batches go one after another and a failure stops the round.
   */
  async flush({ keepalive = false }: { keepalive?: boolean } = {}): Promise<void> {
    if (!this.enabled || this.queue.length === 0) return;
    if (keepalive) {
      const sends: Promise<boolean>[] = [];
      while (this.queue.length > 0) sends.push(this.sendBatch(this.queue.splice(0, ANALYTICS_LIMITS.batchSize), true));
      await Promise.all(sends);
      return;
    }
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.enabled && this.queue.length > 0) {
        const delivered = await this.sendBatch(this.queue.splice(0, ANALYTICS_LIMITS.batchSize), false);
        if (!delivered) break;
      }
    } finally {
      this.sending = false;
    }
  }

  /** True when the batch is done with (stored or dropped for good); false when it was put back for a later try. */
  private async sendBatch(batch: Queued[], keepalive: boolean): Promise<boolean> {
    let outcome: SendOutcome;
    try {
      outcome = await this.transport(
        batch.map((item) => item.event),
        { keepalive },
      );
    } catch {
      outcome = "failed";
    }
    if (!this.enabled) return true;
    if (outcome === "no-consent") {
      this.disable();
      this.onConsentLost?.();
      return true;
    }
    if (outcome !== "failed") return true;
    const retry = batch.filter((item) => item.attempts + 1 < ANALYTICS_LIMITS.maxAttempts).map((item) => ({ ...item, attempts: item.attempts + 1 }));
    this.queue.unshift(...retry);
    if (this.queue.length > ANALYTICS_LIMITS.maxQueued) this.queue.splice(0, this.queue.length - ANALYTICS_LIMITS.maxQueued);
    return retry.length === 0;
  }
}
