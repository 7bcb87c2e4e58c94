import type { AdminInsightsQuery } from "@ccp/shared";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { InsightsView } from "../components/insights-view";
import { insightsCsvFilename, insightsTables } from "./insights-csv";
import { bucketLabel, hasAnyData } from "./insights-format";
import { parseBucket, parseInsightPeriod, periodParams, periodRange } from "./insights-period";

type Insights = AdminInsightsQuery["adminInsights"];
const zero = { started: 0, submitted: 0, underReview: 0, changesRequested: 0, approved: 0, rejected: 0, withdrawn: 0 };
const insights: Insights = {
  from: "2026-10-05T00:00:00.000Z",
  to: "2026-10-26T00:00:00.000Z",
  bucket: "WEEK",
  generatedAt: "2026-10-26T09:00:00.000Z",
  applicationsByStatus: [
    { start: "2026-10-05", ...zero },
    { start: "2026-10-12", ...zero, started: 3, submitted: 3, underReview: 2, approved: 2 },
    { start: "2026-10-19", ...zero, submitted: 2, rejected: 1, withdrawn: 1 },
  ],
  reviewTurnaround: [
    { start: "2026-10-05", decided: 0, medianDays: null, p90Days: null },
    { start: "2026-10-12", decided: 2, medianDays: 3, p90Days: 3.8 },
    { start: "2026-10-19", decided: 1, medianDays: 10, p90Days: 10 },
  ],
  credentialsExpiring: {
    total: 1,
    byWeek: [{ start: "2026-10-26", count: 1 }, { start: "2026-11-02", count: 0 }],
    soonest: [{ id: "c1", number: "CCP-2026-AAAA-BBBB", subject: "PERSON", holderName: "=cmd|' /C calc'!A0", certificationName: "Care Aide", validUntil: "2026-10-29T09:00:00.000Z", daysLeft: 3 }],
  },
  privacyRequestsDue: [
    { window: "OVERDUE", access: 1, export: 0, correction: 0, deletion: 0, total: 1 },
    { window: "THIS_WEEK", access: 0, export: 0, correction: 0, deletion: 1, total: 1 },
    { window: "NEXT_WEEK", access: 0, export: 0, correction: 0, deletion: 0, total: 0 },
    { window: "LATER", access: 0, export: 0, correction: 0, deletion: 0, total: 0 },
  ],
  retentionRuns: [
    { id: "r1", startedAt: "2026-10-22T09:00:00.000Z", trigger: "MANUAL", dryRun: false, removed: 1, held: 2, rules: [{ rule: "ANALYTICS", description: "Usage events, 2 years", count: 1, held: 2 }] },
  ],
};
const empty: Insights = {
  ...insights,
  applicationsByStatus: insights.applicationsByStatus.map((b) => ({ ...b, ...zero })),
  credentialsExpiring: { total: 0, byWeek: [], soonest: [] },
  privacyRequestsDue: insights.privacyRequestsDue.map((d) => ({ ...d, access: 0, deletion: 0, total: 0 })),
  retentionRuns: [],
};

const render = (props: Partial<Parameters<typeof InsightsView>[0]>) =>
  renderToStaticMarkup(createElement(InsightsView, { insights: undefined, stale: false, loading: false, error: null, days: 90, onRetry: () => {}, download: () => {}, ...props }));

describe("insights period (URL-driven)", () => {
  it("reads ?days= and ?bucket=, falling back to 90 days by week", () => {
    expect(parseInsightPeriod("365")).toBe(365);
    expect(parseInsightPeriod("12")).toBe(90);
    expect(parseInsightPeriod(null)).toBe(90);
    expect(parseBucket("MONTH")).toBe("MONTH");
    expect(parseBucket("year")).toBe("WEEK");
    expect(periodParams(90, "WEEK")).toEqual({});
    expect(periodParams(30, "DAY")).toEqual({ days: "30", bucket: "DAY" });
  });

  it("covers whole UTC days, today included", () => {
    expect(periodRange("2026-11-29", 30)).toEqual({ from: "2026-10-31T00:00:00.000Z", to: "2026-11-30T00:00:00.000Z" });
  });

  it("labels buckets by their UTC start, in the active language", () => {
    expect(bucketLabel("2026-10-12", "WEEK")).toBe("Oct 12");
    expect(bucketLabel("2026-10-12", "DAY", true)).toBe("Oct 12, 2026");
    expect(bucketLabel("2026-10-01", "MONTH")).toBe("Oct 2026");
  });
});

describe("insights CSV", () => {
  it("one table per chart, with ISO dates and formula cells neutralised", () => {
    const t = insightsTables(insights);
    expect(toCsv(t.applications.header, t.applications.rows).split("\r\n")[2]).toBe("2026-10-12,3,3,2,0,2,0,0");
    expect(t.turnaround.rows[0]).toEqual(["2026-10-05", 0, null, null]);
    expect(toCsv(t["expiring-soonest"].header, t["expiring-soonest"].rows)).toContain(`CCP-2026-AAAA-BBBB,'=cmd|' /C calc'!A0,PERSON,Care Aide,2026-10-29T09:00:00.000Z,3`);
    expect(t.privacy.rows[0]).toEqual(["OVERDUE", 1, 0, 0, 0, 1]);
    expect(t.retention.rows).toEqual([["2026-10-22T09:00:00.000Z", "MANUAL", "no", "ANALYTICS", "Usage events, 2 years", 1, 2]]);
    expect(insightsCsvFilename("privacy", 90, "WEEK", "2026-11-29")).toBe("ccp-insights-privacy-90d-WEEK-2026-11-29.csv");
  });
});

describe("InsightsView states", () => {
  it("loading, then error with a retry", () => {
    expect(render({ loading: true })).toContain("Loading insights…");
    const html = render({ error: "The server could not be reached." });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Try again");
  });

  it("an empty state when nothing happened", () => {
    expect(hasAnyData(empty)).toBe(false);
    expect(render({ insights: empty })).toContain("Nothing to show yet");
  });

  it("five sections, each with a chart or a plain sentence, its numbers and a CSV download", () => {
    const html = render({ insights });
    for (const title of ["Applications by status", "Review turnaround", "Credentials expiring in the next 90 days", "Open privacy requests by due date", "Retention runs"]) {
      expect(html).toContain(title);
    }
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(5);
    expect(html.match(/Show the numbers/g)).toHaveLength(5);
    expect(html.match(/Download CSV/g)).toHaveLength(6); // the soonest-expiring list has its own
    expect(html).toContain("5 submitted, 2 approved, 1 rejected and 1 withdrawn over 3 periods.");
    expect(html).toContain("2 open privacy requests, 1 overdue.");
    expect(html).toContain("Due within 7 days");
    // The holder's name is text, never markup.
    expect(html).toContain("=cmd|&#x27; /C calc&#x27;!A0");
  });
});
