import type { DataSource } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { toRuleReports } from "../retention/retention.report";
import {
  bucketSeries,
  bucketStart,
  daysLeft,
  DUE_WINDOWS,
  EXPIRY_HORIZON_DAYS,
  type InsightBucket,
  RETENTION_RUNS_LIMIT,
  SOONEST_LIMIT,
} from "./insights.rules";
import type { AdminInsights, InsightPrivacyDue, InsightStatusBucket } from "./insights.types";

const DAY_MS = 86_400_000;
/** Timeline statuses → fields of a status bucket. */
const STATUS_FIELD = {
  DRAFT: "started",
  SUBMITTED: "submitted",
  UNDER_REVIEW: "underReview",
  CHANGES_REQUESTED: "changesRequested",
  APPROVED: "approved",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
} as const;
const KIND_FIELD = { ACCESS: "access", EXPORT: "export", CORRECTION: "correction", DELETION: "deletion" } as const;
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const BUCKET_KEY = "to_char(date_trunc($3, {col} at time zone 'UTC'), 'YYYY-MM-DD')";

interface ExpiringRow {
  id: string;
  number: string;
  subject: string;
  valid_until: Date;
  certification_name: string;
  user_id: string | null;
  first_name_enc: string | null;
  last_name_enc: string | null;
  erased_at: Date | null;
  program_title: string | null;
}

/**
 * The admin insight charts. Every figure is aggregated in PostgreSQL (date_trunc buckets, percentiles);
 * one call runs six statements whatever the amount of data.
 */
export class InsightsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
  ) {}

  async adminInsights(from: Date, to: Date, bucket: InsightBucket): Promise<AdminInsights> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + EXPIRY_HORIZON_DAYS * DAY_MS);
    const period = [from, to, bucket.toLowerCase()];
    const [transitions, turnaround, expiringWeeks, soonest, privacy, runs] = await Promise.all([
      // Applications by status: the transitions of the timeline, i.e. how many entered each status in the bucket.
      this.ds.query<{ start: string; status: keyof typeof STATUS_FIELD; count: number }[]>(
        `select ${BUCKET_KEY.replace("{col}", "at")} as start, to_status as status, count(*)::int as count
         from application_events where at >= $1 and at < $2 group by 1, 2`,
        period,
      ),
      // Turnaround: from an application's first submission to its decision, for decisions made in the period.
      this.ds.query<{ start: string; decided: number; median: number | null; p90: number | null }[]>(
        `with decided as (
           select application_id, min(at) as decided_at from application_events
           where to_status in ('APPROVED', 'REJECTED') and at >= $1 and at < $2 group by 1
         ), measured as (
           select d.decided_at, extract(epoch from d.decided_at - min(s.at)) / 86400.0 as days
           from decided d join application_events s on s.application_id = d.application_id and s.to_status = 'SUBMITTED' and s.at <= d.decided_at
           group by d.application_id, d.decided_at
         )
         select ${BUCKET_KEY.replace("{col}", "decided_at")} as start, count(*)::int as decided,
           percentile_cont(0.5) within group (order by days) as median, percentile_cont(0.9) within group (order by days) as p90
         from measured group by 1`,
        period,
      ),
      this.ds.query<{ start: string; count: number }[]>(
        `select to_char(date_trunc('week', valid_until at time zone 'UTC'), 'YYYY-MM-DD') as start, count(*)::int as count
         from credentials where status = 'ACTIVE' and superseded_by_id is null and valid_until > $1 and valid_until <= $2 group by 1`,
        [now, horizon],
      ),
      this.ds.query<ExpiringRow[]>(
        `select c.id, c.number, c.subject, c.valid_until, ct.name as certification_name,
           u.id as user_id, u.first_name_enc, u.last_name_enc, u.erased_at, p.title as program_title
         from credentials c
         join certification_types ct on ct.id = c.certification_type_id
         left join users u on c.subject = 'PERSON' and u.id = c.holder_user_id
         left join programs p on p.id = c.program_id
         where c.status = 'ACTIVE' and c.superseded_by_id is null and c.valid_until > $1 and c.valid_until <= $2
         order by c.valid_until, c.number limit ${SOONEST_LIMIT}`,
        [now, horizon],
      ),
      // Same windows as dueWindow() in insights.rules.ts.
      this.ds.query<{ due_window: (typeof DUE_WINDOWS)[number]; kind: keyof typeof KIND_FIELD; count: number }[]>(
        `select case when due_at < $1 then 'OVERDUE' when due_at < $1 + interval '7 days' then 'THIS_WEEK'
                     when due_at < $1 + interval '14 days' then 'NEXT_WEEK' else 'LATER' end as due_window,
                kind, count(*)::int as count
         from privacy_requests where status in ('RECEIVED', 'IN_PROGRESS') group by 1, 2`,
        [now],
      ),
      this.ds.query<{ id: string; started_at: Date; trigger: string; dry_run: boolean; report: unknown }[]>(
        `select * from (
           select id, started_at, trigger, dry_run, report from retention_runs
           where started_at >= $1 and started_at < $2 order by started_at desc limit ${RETENTION_RUNS_LIMIT}
         ) latest order by started_at`,
        [from, to],
      ),
    ]);

    const starts = bucketSeries(from, to, bucket);
    const byStart = new Map<string, InsightStatusBucket>(
      starts.map((start) => [start, { start, started: 0, submitted: 0, underReview: 0, changesRequested: 0, approved: 0, rejected: 0, withdrawn: 0 }]),
    );
    for (const t of transitions) {
      const row = byStart.get(t.start);
      const field = STATUS_FIELD[t.status];
      if (row && field) row[field] += t.count;
    }
    const turn = new Map(turnaround.map((t) => [t.start, t]));
    const weekCounts = new Map(expiringWeeks.map((w) => [w.start, w.count]));
    const weeks = bucketSeries(bucketStart(now, "WEEK"), new Date(horizon.getTime() + 1), "WEEK");
    const due = new Map<string, InsightPrivacyDue>(DUE_WINDOWS.map((window) => [window, { window, access: 0, export: 0, correction: 0, deletion: 0, total: 0 }]));
    for (const p of privacy) {
      const row = due.get(p.due_window)!;
      row[KIND_FIELD[p.kind]] += p.count;
      row.total += p.count;
    }

    return {
      from,
      to,
      bucket,
      generatedAt: now,
      applicationsByStatus: [...byStart.values()],
      reviewTurnaround: starts.map((start) => {
        const t = turn.get(start);
        return { start, decided: t?.decided ?? 0, medianDays: round1(t?.median ?? null), p90Days: round1(t?.p90 ?? null) };
      }),
      credentialsExpiring: {
        total: expiringWeeks.reduce((n, w) => n + w.count, 0),
        byWeek: weeks.map((start) => ({ start, count: weekCounts.get(start) ?? 0 })),
        soonest: soonest.map((c) => ({
          id: c.id,
          number: c.number,
          subject: c.subject,
          holderName: this.holderName(c),
          certificationName: c.certification_name,
          validUntil: c.valid_until,
          daysLeft: daysLeft(c.valid_until, now),
        })),
      },
      privacyRequestsDue: [...due.values()],
      retentionRuns: runs.map((r) => {
        const rules = toRuleReports(r.report);
        return {
          id: r.id,
          startedAt: r.started_at,
          trigger: r.trigger,
          dryRun: r.dry_run,
          removed: rules.reduce((n, x) => n + x.count, 0),
          held: rules.reduce((n, x) => n + (x.held ?? 0), 0),
          rules,
        };
      }),
    };
  }

  /** Holder names are decrypted here only: the query is ADMIN-only. */
  private holderName(c: ExpiringRow): string {
    if (c.subject !== "PERSON") return c.program_title ?? "—";
    if (!c.user_id || !c.first_name_enc || !c.last_name_enc) return "—";
    if (c.erased_at) return "[erased]";
    const first = this.crypto.decrypt(aadFor("users", "first_name", c.user_id), c.first_name_enc);
    const last = this.crypto.decrypt(aadFor("users", "last_name", c.user_id), c.last_name_enc);
    return `${first} ${last}`;
  }
}
