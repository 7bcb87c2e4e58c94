import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ColumnChart } from "@/components/ui/column-chart";
import { StackedColumnChart } from "@/components/ui/stacked-column-chart";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { InsightsTable } from "../utils/insights-csv";
import {
  BUCKET_KEY_NAME,
  bucketLabel,
  DUE_WINDOW_LABEL,
  formatCount,
  formatDaysValue,
  type Insights,
  KIND_SERIES,
  STATUS_SERIES,
  TRIGGER_LABEL,
} from "../utils/insights-format";

type Download = (table: InsightsTable) => void;
type SectionProps = { insights: Insights; withYear: boolean; download: Download; tables: Record<string, InsightsTable> };

const Section = ({ id, title, intro, children, downloads }: { id: string; title: string; intro: string; children: ReactNode; downloads: ReactNode }) => (
  <section className="panel stack" aria-labelledby={id}>
    <h2 id={id} className="card-title">
      {title}
    </h2>
    <p className="muted">{intro}</p>
    {children}
    <div className="insights-actions">{downloads}</div>
  </section>
);

const CsvButton = ({ table, download }: { table: InsightsTable; download: Download }) => (
  <Button variant="secondary" onClick={() => download(table)}>
    Download CSV<span className="visually-hidden">: {table.label}</span>
  </Button>
);

export const ApplicationsSection = ({ insights, withYear, download, tables }: SectionProps) => {
  const rows = insights.applicationsByStatus.map((b) => ({ key: b.start, label: bucketLabel(b.start, insights.bucket, withYear), values: STATUS_SERIES.map((s) => b[s.key]) }));
  const total = (key: (typeof STATUS_SERIES)[number]["key"]) => insights.applicationsByStatus.reduce((n, b) => n + b[key], 0);
  return (
    <Section
      id="insights-applications"
      title="Applications by status"
      intro="How many applications moved into each status in each period: submitted, taken up by a reviewer, sent back for changes, approved, rejected or withdrawn."
      downloads={<CsvButton table={tables.applications} download={download} />}
    >
      <StackedColumnChart
        keyName={BUCKET_KEY_NAME[insights.bucket]}
        tableName="Applications by status, per period"
        series={STATUS_SERIES}
        rows={rows}
        formatValue={formatCount}
        summary={`${formatCount(total("submitted"))} submitted, ${formatCount(total("approved"))} approved, ${formatCount(total("rejected"))} rejected and ${formatCount(total("withdrawn"))} withdrawn over ${rows.length} periods.`}
      />
    </Section>
  );
};

export const TurnaroundSection = ({ insights, withYear, download, tables }: SectionProps) => {
  const decided = insights.reviewTurnaround.reduce((n, b) => n + b.decided, 0);
  return (
    <Section
      id="insights-turnaround"
      title="Review turnaround"
      intro="Days from an application's first submission to its decision (approved or rejected), for the decisions made in each period: the median (half were quicker) and the 90th percentile (nine in ten were quicker)."
      downloads={<CsvButton table={tables.turnaround} download={download} />}
    >
      {decided === 0 ? (
        <p className="muted">No applications were decided in this period.</p>
      ) : (
        <StackedColumnChart
          keyName={BUCKET_KEY_NAME[insights.bucket]}
          tableName="Review turnaround, per period"
          series={[{ key: "median", name: "Median days" }]}
          rows={insights.reviewTurnaround.map((b) => ({ key: b.start, label: bucketLabel(b.start, insights.bucket, withYear), values: [b.medianDays] }))}
          formatValue={formatDaysValue}
          extraColumns={[
            { name: "90th percentile", values: insights.reviewTurnaround.map((b) => (b.p90Days === null ? "—" : formatDaysValue(b.p90Days))) },
            { name: "Decided", values: insights.reviewTurnaround.map((b) => formatCount(b.decided)) },
          ]}
          summary={`${formatCount(decided)} applications decided; median days to a decision per period, highest ${formatDaysValue(Math.max(...insights.reviewTurnaround.map((b) => b.medianDays ?? 0)))}.`}
        />
      )}
    </Section>
  );
};

export const ExpiringSection = ({ insights, download, tables }: SectionProps) => {
  const c = insights.credentialsExpiring;
  return (
    <Section
      id="insights-expiring"
      title="Credentials expiring in the next 90 days"
      intro="Active credentials that have not been renewed yet, by the week they expire (weeks start on Monday). Holders may need a reminder to renew."
      downloads={
        <>
          <CsvButton table={tables.expiring} download={download} />
          {c.soonest.length > 0 && <CsvButton table={tables["expiring-soonest"]} download={download} />}
        </>
      }
    >
      {c.total === 0 ? (
        <p className="muted">No active credential expires in the next 90 days.</p>
      ) : (
        <>
          <ColumnChart
            valueName="Expiring"
            keyName="Week"
            points={c.byWeek.map((w) => ({ key: w.start, label: bucketLabel(w.start, "WEEK"), value: w.count }))}
            formatValue={formatCount}
            summary={`${formatCount(c.total)} credentials expire in the next 90 days.`}
          />
          <h3>Expiring soonest</h3>
          <div className="table-scroll">
            <table className="table table-compact table-stack">
              <caption className="visually-hidden">The {c.soonest.length} credentials expiring soonest</caption>
              <thead>
                <tr>
                  <th scope="col">Credential</th>
                  <th scope="col">Holder</th>
                  <th scope="col">Certification</th>
                  <th scope="col">Expires</th>
                </tr>
              </thead>
              <tbody>
                {c.soonest.map((x) => (
                  <tr key={x.id}>
                    <th scope="row" className="input-mono">
                      {x.number}
                    </th>
                    <td data-label="Holder" className="cell-break">
                      {x.holderName}
                      <span className="cell-sub">{x.subject === "PROGRAM" ? "Training program" : "Person"}</span>
                    </td>
                    <td data-label="Certification">{x.certificationName}</td>
                    <td data-label="Expires">
                      <time dateTime={x.validUntil}>{formatDate(x.validUntil)}</time>
                      <span className="cell-sub">{x.daysLeft === 1 ? "in 1 day" : `in ${x.daysLeft} days`}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
};

export const PrivacySection = ({ insights, download, tables }: SectionProps) => {
  const open = insights.privacyRequestsDue.reduce((n, d) => n + d.total, 0);
  const overdue = insights.privacyRequestsDue.find((d) => d.window === "OVERDUE")?.total ?? 0;
  return (
    <Section
      id="insights-privacy"
      title="Open privacy requests by due date"
      intro="Requests from people about their data that are not answered yet. The law gives us 30 days from receipt; overdue ones need attention first."
      downloads={<CsvButton table={tables.privacy} download={download} />}
    >
      {open === 0 ? (
        <p className="muted">No open privacy requests.</p>
      ) : (
        <StackedColumnChart
          keyName="Due"
          tableName="Open privacy requests by due date and kind"
          series={KIND_SERIES}
          rows={insights.privacyRequestsDue.map((d) => ({ key: d.window, label: DUE_WINDOW_LABEL[d.window], values: KIND_SERIES.map((k) => d[k.key]) }))}
          formatValue={formatCount}
          summary={`${formatCount(open)} open privacy requests, ${formatCount(overdue)} overdue.`}
        />
      )}
    </Section>
  );
};

export const RetentionSection = ({ insights, download, tables }: SectionProps) => {
  const runs = insights.retentionRuns;
  const rules = [...new Map(runs.flatMap((r) => r.rules.map((x) => [x.rule, { key: x.rule, name: x.description || x.rule }]))).values()];
  return (
    <Section
      id="insights-retention"
      title="Retention runs"
      intro="Each run deletes records we no longer need to keep under our retention schedule. Records covered by a legal hold are kept and counted as held. Dry runs only count."
      downloads={runs.length > 0 && <CsvButton table={tables.retention} download={download} />}
    >
      {runs.length === 0 ? (
        <p className="muted">No retention runs in this period.</p>
      ) : (
        <StackedColumnChart
          keyName="Run started"
          tableName="Records removed per retention run and rule"
          series={rules}
          rows={runs.map((r) => ({
            key: r.id,
            label: `${formatDateTime(r.startedAt)}${r.dryRun ? " (dry run)" : ""}`,
            values: rules.map((rule) => r.rules.find((x) => x.rule === rule.key)?.count ?? 0),
          }))}
          extraColumns={[
            { name: "Held", values: runs.map((r) => formatCount(r.held)) },
            { name: "How", values: runs.map((r) => TRIGGER_LABEL[r.trigger] ?? r.trigger) },
          ]}
          formatValue={formatCount}
          summary={`${runs.length} retention runs removed ${formatCount(runs.filter((r) => !r.dryRun).reduce((n, r) => n + r.removed, 0))} records; legal holds kept ${formatCount(runs.reduce((n, r) => n + r.held, 0))}.`}
        />
      )}
    </Section>
  );
};
