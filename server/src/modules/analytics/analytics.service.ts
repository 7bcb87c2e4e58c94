import type { DataSource } from "typeorm";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { PolicyService } from "../policies/policy.service";
import { USAGE_KINDS, type UsageKind } from "./usage-event.entity";

export const MAX_EVENTS_PER_CALL = 50;

/** Coarse device details from a User-Agent: browser family, OS family, device type — no version fingerprint. */
export function deviceOf(ua: string | null): { browser: string | null; os: string | null; deviceType: string | null } {
  if (!ua) return { browser: null, os: null, deviceType: null };
  const browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrome\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : "Other";
  const os = /Android/.test(ua) ? "Android" : /iPhone|iPad|iOS/.test(ua) ? "iOS" : /Windows/.test(ua) ? "Windows" : /Mac OS X|Macintosh/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : "Other";
  const deviceType = /iPad|Tablet/.test(ua) ? "tablet" : /Mobi|iPhone|Android/.test(ua) ? "mobile" : "desktop";
  return { browser, os, deviceType };
}

export interface UsageEventInput {
  kind: UsageKind;
  name: string;
  value?: number | null;
  occurredAt?: Date | null;
}

/** First-party analytics, only with consent; summaries for admins. */
export class AnalyticsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly policies: PolicyService,
  ) {}

  /** Records the events when the person consented to analytics; otherwise records nothing. */
  async record(userId: string, events: UsageEventInput[], meta: RequestMeta): Promise<Result<{ accepted: number; consent: boolean }>> {
    if (events.length > MAX_EVENTS_PER_CALL) return fail(userError("INVALID", `Send at most ${MAX_EVENTS_PER_CALL} events at a time.`, "events"));
    for (const [i, e] of events.entries()) {
      if (!USAGE_KINDS.includes(e.kind)) return fail(userError("INVALID", "Unknown kind of event.", ["events", String(i), "kind"]));
      if (!/^[A-Za-z0-9_:./-]{1,120}$/.test(String(e.name ?? ""))) return fail(userError("INVALID", "Event names are route patterns or identifiers (letters, digits, _ : . / -).", ["events", String(i), "name"]));
      if (e.value !== null && e.value !== undefined && (!Number.isFinite(e.value) || Math.abs(e.value) > 1e9)) return fail(userError("INVALID", "The value is not a sensible number.", ["events", String(i), "value"]));
    }
    const consent = (await this.policies.purposes(userId)).ANALYTICS;
    if (!consent || events.length === 0) return ok({ accepted: 0, consent });
    const now = this.clock.now();
    const device = deviceOf(meta.userAgent);
    const ipEnc = meta.ip ? this.crypto.encrypt(`usage_events.ip.${userId}`, meta.ip) : null;
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      const at = e.occurredAt && Math.abs(new Date(e.occurredAt).getTime() - now.getTime()) < 86_400_000 ? new Date(e.occurredAt) : now;
      values.push(userId, e.kind, e.name, e.value ?? null, device.browser, device.os, device.deviceType, ipEnc, at);
      const b = i * 9;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9})`;
    });
    await this.ds.query(`insert into usage_events (user_id, kind, name, value, browser, os, device_type, ip_enc, occurred_at) values ${rows.join(", ")}`, values);
    return ok({ accepted: events.length, consent });
  }

  /** Admin chart data for the last `days` days. */
  async summary(days: number) {
    const since = new Date(this.clock.now().getTime() - days * 86_400_000);
    const [perDay, topPages, vitals, errors, devices] = await Promise.all([
      this.ds.query("select to_char(date_trunc('day', occurred_at), 'YYYY-MM-DD') as day, count(*)::int as views from usage_events where kind = 'PAGE_VIEW' and occurred_at >= $1 group by 1 order by 1", [since]),
      this.ds.query("select name, count(*)::int as views from usage_events where kind = 'PAGE_VIEW' and occurred_at >= $1 group by name order by views desc limit 10", [since]),
      this.ds.query("select name, percentile_cont(0.75) within group (order by value) as p75, count(*)::int as samples from usage_events where kind = 'WEB_VITAL' and occurred_at >= $1 and value is not null group by name order by name", [since]),
      this.ds.query("select count(*)::int as n from usage_events where kind = 'CLIENT_ERROR' and occurred_at >= $1", [since]),
      this.ds.query("select coalesce(device_type, 'unknown') as device_type, count(*)::int as n from usage_events where occurred_at >= $1 group by 1 order by n desc", [since]),
    ]);
    return { since, pageViewsPerDay: perDay, topPages, webVitals: vitals, clientErrors: errors[0].n as number, devices };
  }
}
