import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ColumnChart } from "@/components/ui/column-chart";
import { StackedColumnChart } from "@/components/ui/stacked-column-chart";
import { formatDate, formatDateTime } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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

const CsvButton = ({ table, download }: { table: InsightsTable; download: Download }) => {
  const t = useT("staff");
  return (
    <Button variant="secondary" onClick={() => download(table)}>
      <Trans text={t("csvExport.download", { what: table.label })} components={[<span className="visually-hidden" />]} />
    </Button>
  );
};

export const ApplicationsSection = ({ insights, withYear, download, tables }: SectionProps) => {
  const t = useT("staff");
  const rows = insights.applicationsByStatus.map((b) => ({ key: b.start, label: bucketLabel(b.start, insights.bucket, withYear), values: STATUS_SERIES.map((s) => b[s.key]) }));
  const total = (key: (typeof STATUS_SERIES)[number]["key"]) => insights.applicationsByStatus.reduce((n, b) => n + b[key], 0);
  return (
    <Section
      id="insights-applications"
      title={t("insights.applications.title")}
      intro={t("insights.applications.intro")}
      downloads={<CsvButton table={tables.applications} download={download} />}
    >
      <StackedColumnChart
        keyName={BUCKET_KEY_NAME[insights.bucket]}
        tableName={t("insights.applications.tableName")}
        series={STATUS_SERIES}
        rows={rows}
        formatValue={formatCount}
        summary={t("insights.applications.summary", {
          submitted: formatCount(total("submitted")),
          approved: formatCount(total("approved")),
          rejected: formatCount(total("rejected")),
          withdrawn: formatCount(total("withdrawn")),
          periods: rows.length,
        })}
      />
    </Section>
  );
};

export const TurnaroundSection = ({ insights, withYear, download, tables }: SectionProps) => {
  const t = useT("staff");
  const decided = insights.reviewTurnaround.reduce((n, b) => n + b.decided, 0);
  return (
    <Section
      id="insights-turnaround"
      title={t("insights.turnaround.title")}
      intro={t("insights.turnaround.intro")}
      downloads={<CsvButton table={tables.turnaround} download={download} />}
    >
      {decided === 0 ? (
        <p className="muted">{t("insights.turnaround.none")}</p>
      ) : (
        <StackedColumnChart
          keyName={BUCKET_KEY_NAME[insights.bucket]}
          tableName={t("insights.turnaround.tableName")}
          series={[{ key: "median", name: t("insights.turnaround.median") }]}
          rows={insights.reviewTurnaround.map((b) => ({ key: b.start, label: bucketLabel(b.start, insights.bucket, withYear), values: [b.medianDays] }))}
          formatValue={formatDaysValue}
          extraColumns={[
            { name: t("insights.turnaround.p90"), values: insights.reviewTurnaround.map((b) => (b.p90Days === null ? "—" : formatDaysValue(b.p90Days))) },
            { name: t("insights.turnaround.decided"), values: insights.reviewTurnaround.map((b) => formatCount(b.decided)) },
          ]}
          summary={t("insights.turnaround.summary", {
            decided: formatCount(decided),
            highest: formatDaysValue(Math.max(...insights.reviewTurnaround.map((b) => b.medianDays ?? 0))),
          })}
        />
      )}
    </Section>
  );
};

export const ExpiringSection = ({ insights, download, tables }: SectionProps) => {
  const t = useT("staff");
  const c = insights.credentialsExpiring;
  return (
    <Section
      id="insights-expiring"
      title={t("insights.expiring.title")}
      intro={t("insights.expiring.intro")}
      downloads={
        <>
          <CsvButton table={tables.expiring} download={download} />
          {c.soonest.length > 0 && <CsvButton table={tables["expiring-soonest"]} download={download} />}
        </>
      }
    >
      {c.total === 0 ? (
        <p className="muted">{t("insights.expiring.none")}</p>
      ) : (
        <>
          <ColumnChart
            valueName={t("insights.expiring.valueName")}
            keyName={t("insights.expiring.keyName")}
            points={c.byWeek.map((w) => ({ key: w.start, label: bucketLabel(w.start, "WEEK"), value: w.count }))}
            formatValue={formatCount}
            summary={t("insights.expiring.summary", { total: formatCount(c.total) })}
          />
          <h3>{t("insights.expiring.soonest")}</h3>
          <div className="table-scroll">
            <table className="table table-compact table-stack">
              <caption className="visually-hidden">{t("insights.expiring.caption", { number: c.soonest.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("insights.expiring.credential")}</th>
                  <th scope="col">{t("insights.expiring.holder")}</th>
                  <th scope="col">{t("insights.expiring.certification")}</th>
                  <th scope="col">{t("insights.expiring.expires")}</th>
                </tr>
              </thead>
              <tbody>
                {c.soonest.map((x) => (
                  <tr key={x.id}>
                    <th scope="row" className="input-mono">
                      {x.number}
                    </th>
                    <td data-label={t("insights.expiring.holder")} className="cell-break">
                      {x.holderName}
                      <span className="cell-sub">{x.subject === "PROGRAM" ? t("insights.expiring.program") : t("insights.expiring.person")}</span>
                    </td>
                    <td data-label={t("insights.expiring.certification")}>{x.certificationName}</td>
                    <td data-label={t("insights.expiring.expires")}>
                      <time dateTime={x.validUntil}>{formatDate(x.validUntil)}</time>
                      <span className="cell-sub">{t("insights.expiring.inDays", { count: x.daysLeft })}</span>
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
  const t = useT("staff");
  const open = insights.privacyRequestsDue.reduce((n, d) => n + d.total, 0);
  const overdue = insights.privacyRequestsDue.find((d) => d.window === "OVERDUE")?.total ?? 0;
  return (
    <Section
      id="insights-privacy"
      title={t("insights.privacy.title")}
      intro={t("insights.privacy.intro")}
      downloads={<CsvButton table={tables.privacy} download={download} />}
    >
      {open === 0 ? (
        <p className="muted">{t("insights.privacy.none")}</p>
      ) : (
        <StackedColumnChart
          keyName={t("insights.privacy.keyName")}
          tableName={t("insights.privacy.tableName")}
          series={KIND_SERIES}
          rows={insights.privacyRequestsDue.map((d) => ({ key: d.window, label: DUE_WINDOW_LABEL[d.window], values: KIND_SERIES.map((k) => d[k.key]) }))}
          formatValue={formatCount}
          summary={t("insights.privacy.summary", { open: formatCount(open), overdue: formatCount(overdue) })}
        />
      )}
    </Section>
  );
};

export const RetentionSection = ({ insights, download, tables }: SectionProps) => {
  const t = useT("staff");
  const runs = insights.retentionRuns;
  const rules = [...new Map(runs.flatMap((r) => r.rules.map((x) => [x.rule, { key: x.rule, name: x.description || x.rule }]))).values()];
  return (
    <Section
      id="insights-retention"
      title={t("insights.retention.title")}
      intro={t("insights.retention.intro")}
      downloads={runs.length > 0 && <CsvButton table={tables.retention} download={download} />}
    >
      {runs.length === 0 ? (
        <p className="muted">{t("insights.retention.none")}</p>
      ) : (
        <StackedColumnChart
          keyName={t("insights.retention.keyName")}
          tableName={t("insights.retention.tableName")}
          series={rules}
          rows={runs.map((r) => ({
            key: r.id,
            label: r.dryRun ? t("insights.retention.dryRun", { date: formatDateTime(r.startedAt) }) : formatDateTime(r.startedAt),
            values: rules.map((rule) => r.rules.find((x) => x.rule === rule.key)?.count ?? 0),
          }))}
          extraColumns={[
            { name: t("insights.retention.held"), values: runs.map((r) => formatCount(r.held)) },
            { name: t("insights.retention.how"), values: runs.map((r) => TRIGGER_LABEL[r.trigger] ?? r.trigger) },
          ]}
          formatValue={formatCount}
          summary={t("insights.retention.summary", {
            runs: runs.length,
            removed: formatCount(runs.filter((r) => !r.dryRun).reduce((n, r) => n + r.removed, 0)),
            held: formatCount(runs.reduce((n, r) => n + r.held, 0)),
          })}
        />
      )}
    </Section>
  );
};
