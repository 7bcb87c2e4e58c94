import type { AnalyticsSummaryQuery } from "@ccp/shared";
import { BarTable } from "@/components/ui/bar-table";
import { ColumnChart } from "@/components/ui/column-chart";
import { DEVICE_LABEL, describeClientError, formatCount, formatDay } from "../utils/analytics-format";

export type Summary = AnalyticsSummaryQuery["analyticsSummary"];
type DayCount = Summary["pageViewsByDay"][number];

const points = (days: readonly DayCount[], withYear: boolean) =>
  days.map((d) => ({ key: d.day, label: formatDay(d.day, withYear), value: d.count }));

const describeSeries = (days: readonly DayCount[], what: string, withYear: boolean): string => {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce<DayCount | null>((best, d) => (d.count > (best?.count ?? 0) ? d : best), null);
  const peak = busiest ? `; the most on ${formatDay(busiest.day, withYear)} (${formatCount(busiest.count)})` : "";
  return `${formatCount(total)} ${what} over ${days.length} days${peak}.`;
};

const Section = ({ id, title, children, intro }: { id: string; title: string; intro?: string; children: React.ReactNode }) => (
  <section className="panel stack" aria-labelledby={id}>
    <h2 id={id} className="card-title">
      {title}
    </h2>
    {intro && <p className="muted">{intro}</p>}
    {children}
  </section>
);

export const PageViewsSection = ({ summary }: { summary: Summary }) => {
  const withYear = summary.days > 31;
  return (
    <Section id="analytics-page-views" title="Page views over time">
      <ColumnChart
        valueName="Page views"
        keyName="Day (UTC)"
        points={points(summary.pageViewsByDay, withYear)}
        summary={describeSeries(summary.pageViewsByDay, "page views", withYear)}
        formatValue={formatCount}
      />
    </Section>
  );
};

export const TopListsSection = ({ summary }: { summary: Summary }) => (
  <div className="analytics-columns">
    <Section id="analytics-top-pages" title="Top pages">
      {summary.topPageViews.length === 0 ? (
        <p className="muted">No page views in this period.</p>
      ) : (
        <BarTable
          caption="Most viewed pages"
          labelName="Page"
          valueName="Views"
          rows={summary.topPageViews.map((p) => ({ key: p.name, label: p.name, value: p.count }))}
          formatValue={formatCount}
        />
      )}
    </Section>
    <Section id="analytics-top-features" title="Top features">
      {summary.topFeatures.length === 0 ? (
        <p className="muted">No feature use recorded in this period.</p>
      ) : (
        <BarTable
          caption="Most used features"
          labelName="Feature"
          valueName="Uses"
          rows={summary.topFeatures.map((f) => ({ key: f.name, label: f.name, value: f.count }))}
          formatValue={formatCount}
        />
      )}
    </Section>
  </div>
);

export const ClientErrorsSection = ({ summary }: { summary: Summary }) => {
  const withYear = summary.days > 31;
  return (
    <Section
      id="analytics-errors"
      title="Client errors"
      intro="Uncaught errors in people's browsers: the type, a few words of the message (names, numbers and addresses removed) and the page."
    >
      {summary.clientErrors === 0 ? (
        <p className="muted">No client errors in this period.</p>
      ) : (
        <>
          <ColumnChart
            valueName="Errors"
            keyName="Day (UTC)"
            points={points(summary.clientErrorsByDay, withYear)}
            summary={describeSeries(summary.clientErrorsByDay, "client errors", withYear)}
            formatValue={formatCount}
          />
          <BarTable
            caption="Most frequent client errors"
            labelName="Error"
            valueName="Times"
            rows={summary.topClientErrors.map((e) => {
              const { type, message, route } = describeClientError(e.name);
              return { key: e.name, label: [type, message, route && `on ${route}`].filter(Boolean).join(" · "), value: e.count };
            })}
            formatValue={formatCount}
          />
        </>
      )}
    </Section>
  );
};

export const DevicesSection = ({ summary }: { summary: Summary }) => (
  <Section id="analytics-devices" title="Devices" intro="Events by kind of device (browser and system are recorded, never a device identifier).">
    <BarTable
      caption="Events by kind of device"
      labelName="Device"
      valueName="Events"
      rows={summary.deviceTypes.map((d) => ({ key: d.name, label: DEVICE_LABEL[d.name] ?? d.name, value: d.count }))}
      formatValue={formatCount}
    />
  </Section>
);
