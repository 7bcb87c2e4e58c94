import type { DataSource } from "typeorm";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { PolicyService } from "../policies/policy.service";
import { daySeries, periodStart, WEB_VITAL_NAMES, WEB_VITAL_THRESHOLDS } from "./analytics.summary";
import { USAGE_KINDS, type UsageKind } from "./usage-event.entity";

export const MAX_EVENTS_PER_CALL = 50;
/** Entries in each "top" list of the summary. */
const TOP = 10;

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

  /**
   * Admin chart data for the last `days` UTC days, today included: daily page views and errors (every day,
   * zeros included), the top 10 pages, features and errors, web-vital percentiles, device types.
   */
  async summary(days: number) {
    const since = periodStart(this.clock.now(), days);
    const [perDay, top, vitals, totals, devices] = await Promise.all([
      this.ds.query<{ kind: string; day: string; count: number }[]>(
        "select kind, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as count from usage_events where kind in ('PAGE_VIEW', 'CLIENT_ERROR') and occurred_at >= $1 group by 1, 2",
        [since],
      ),
      this.ds.query<{ kind: string; name: string; count: number }[]>(
        `select kind, name, count from (
           select kind, name, count(*)::int as count, row_number() over (partition by kind order by count(*) desc, name) as rank
           from usage_events where kind in ('PAGE_VIEW', 'FEATURE_USE', 'CLIENT_ERROR') and occurred_at >= $1 group by kind, name
         ) ranked where rank <= ${TOP} order by kind, count desc, name`,
        [since],
      ),
      this.ds.query<{ name: string; p: number[]; samples: number }[]>(
        "select name, percentile_cont(array[0.5, 0.75, 0.95]) within group (order by value) as p, count(*)::int as samples from usage_events where kind = 'WEB_VITAL' and occurred_at >= $1 and value is not null group by name",
        [since],
      ),
      this.ds.query<{ page_views: number; errors: number; people: number }[]>(
        "select count(*) filter (where kind = 'PAGE_VIEW')::int as page_views, count(*) filter (where kind = 'CLIENT_ERROR')::int as errors, count(distinct user_id)::int as people from usage_events where occurred_at >= $1",
        [since],
      ),
      this.ds.query<{ device_type: string; n: number }[]>(
        "select coalesce(device_type, 'unknown') as device_type, count(*)::int as n from usage_events where occurred_at >= $1 group by 1 order by n desc, 1",
        [since],
      ),
    ]);
    const named = (kind: UsageKind) => top.filter((r) => r.kind === kind).map(({ name, count }) => ({ name, count }));
    const pageViewsByDay = daySeries(since, days, perDay.filter((r) => r.kind === "PAGE_VIEW"));
    const topPageViews = named("PAGE_VIEW");
    const measured = new Map(vitals.map((v) => [v.name, v]));
    const webVitalPercentiles = WEB_VITAL_NAMES.map((name) => {
      const { good, poor, unit } = WEB_VITAL_THRESHOLDS[name];
      const row = measured.get(name);
      return { name, unit, good, poor, samples: row?.samples ?? 0, p50: row?.p[0] ?? null, p75: row?.p[1] ?? null, p95: row?.p[2] ?? null };
    });
    const { page_views: pageViews, errors: clientErrors, people } = totals[0];
    return {
      since,
      days,
      people,
      pageViews,
      pageViewsByDay,
      clientErrorsByDay: daySeries(since, days, perDay.filter((r) => r.kind === "CLIENT_ERROR")),
      topPageViews,
      topFeatures: named("FEATURE_USE"),
      topClientErrors: named("CLIENT_ERROR"),
      webVitalPercentiles,
      deviceTypes: devices.map((d) => ({ name: d.device_type, count: d.n })),
      // The untyped fields of the first version, kept for existing API clients.
      pageViewsPerDay: pageViewsByDay.filter((d) => d.count > 0).map((d) => ({ day: d.day, views: d.count })),
      topPages: topPageViews.map((p) => ({ name: p.name, views: p.count })),
      webVitals: webVitalPercentiles
        .filter((v) => v.samples > 0)
        .map((v) => ({ name: v.name, p75: v.p75, samples: v.samples }))
        .sort((x, y) => x.name.localeCompare(y.name)),
      clientErrors,
      devices,
    };
  }
}
