import type { AnalyticsSummaryQuery } from "@ccp/shared";
import { describe, expect, it } from "vitest";
import { csvFilename, summaryTables, toCsv } from "./analytics-csv";

const summary: AnalyticsSummaryQuery["analyticsSummary"] = {
  since: "2026-11-28T00:00:00.000Z",
  days: 2,
  people: 1,
  pageViews: 3,
  clientErrors: 1,
  pageViewsByDay: [
    { day: "2026-11-28", count: 1 },
    { day: "2026-11-29", count: 2 },
  ],
  clientErrorsByDay: [
    { day: "2026-11-28", count: 0 },
    { day: "2026-11-29", count: 1 },
  ],
  topPageViews: [{ name: "/verify/:number", count: 3 }],
  topFeatures: [{ name: "credential.downloaded.pdf", count: 1 }],
  topClientErrors: [{ name: "TypeError:Cannot-read:/app", count: 1 }],
  deviceTypes: [{ name: "desktop", count: 5 }],
  webVitalPercentiles: [
    { name: "LCP", unit: "ms", samples: 2, p50: 1500, p75: 1750, p95: 1949.9999999999995, good: 2500, poor: 4000 },
    { name: "CLS", unit: "", samples: 2, p50: 0.08499999999999999, p75: 0.1, p95: 0.6564622948964436, good: 0.1, poor: 0.25 },
    { name: "INP", unit: "ms", samples: 0, p50: null, p75: null, p95: null, good: 200, poor: 500 },
  ],
};

describe("analytics CSV", () => {
  it("POL-COLLECT-USAGE: writes RFC 4180 CSV and defuses spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=1+1", null], ["-2", 3]])).toBe(`a,b\r\n"x,y","say ""hi"""\r\n'=1+1,\r\n'-2,3\r\n`);
  });

  it("POL-COLLECT-USAGE: one table per chart, days joined with their errors", () => {
    const tables = summaryTables(summary);
    expect(tables.map((t) => t.key)).toEqual(["daily", "pages", "features", "web-vitals", "errors", "devices"]);
    const daily = tables[0];
    expect(toCsv(daily.header, daily.rows)).toBe("day_utc,page_views,client_errors\r\n2026-11-28,1,0\r\n2026-11-29,2,1\r\n");
    const vitals = tables[3];
    expect(toCsv(vitals.header, vitals.rows)).toBe(
      "metric,unit,samples,p50,p75,p95,good_up_to,poor_above\r\nLCP,ms,2,1500,1750,1950,2500,4000\r\nCLS,,2,0.085,0.1,0.656,0.1,0.25\r\nINP,ms,0,,,,200,500\r\n",
    );
    expect(csvFilename("pages", 30, "2026-11-29")).toBe("ccp-analytics-pages-30d-2026-11-29.csv");
  });
});
