import type { AnalyticsSummaryQuery } from "@ccp/shared";
import { BarTable } from "@/components/ui/bar-table";
import { ColumnChart } from "@/components/ui/column-chart";
import { translate, useT } from "@/lib/i18n";
import { DEVICE_LABEL, describeClientError, formatCount, formatDay } from "../utils/analytics-format";

export type Summary = AnalyticsSummaryQuery["analyticsSummary"];
type DayCount = Summary["pageViewsByDay"][number];

const points = (days: readonly DayCount[], withYear: boolean) =>
  days.map((d) => ({ key: d.day, label: formatDay(d.day, withYear), value: d.count }));

/** `what` is "analytics.pageViews" or "analytics.errors": its `summary` and `summaryPeak` sentences. */
const describeSeries = (days: readonly DayCount[], what: string, withYear: boolean): string => {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce<DayCount | null>((best, d) => (d.count > (best?.count ?? 0) ? d : best), null);
  const values = { total: formatCount(total), days: days.length };
  return busiest
    ? translate("staff", `${what}.summaryPeak`, { ...values, day: formatDay(busiest.day, withYear), most: formatCount(busiest.count) })
    : translate("staff", `${what}.summary`, values);
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
  const t = useT("staff");
  const withYear = summary.days > 31;
  return (
    <Section id="analytics-page-views" title={t("analytics.pageViews.title")}>
      <ColumnChart
        valueName={t("analytics.pageViews.valueName")}
        keyName={t("analytics.dayUtc")}
        points={points(summary.pageViewsByDay, withYear)}
        summary={describeSeries(summary.pageViewsByDay, "analytics.pageViews", withYear)}
        formatValue={formatCount}
      />
    </Section>
  );
};

export const TopListsSection = ({ summary }: { summary: Summary }) => {
  const t = useT("staff");
  return (
    <div className="analytics-columns">
      <Section id="analytics-top-pages" title={t("analytics.topPages.title")}>
        {summary.topPageViews.length === 0 ? (
          <p className="muted">{t("analytics.topPages.none")}</p>
        ) : (
          <BarTable
            caption={t("analytics.topPages.caption")}
            labelName={t("analytics.topPages.labelName")}
            valueName={t("analytics.topPages.valueName")}
            rows={summary.topPageViews.map((p) => ({ key: p.name, label: p.name, value: p.count }))}
            formatValue={formatCount}
          />
        )}
      </Section>
      <Section id="analytics-top-features" title={t("analytics.topFeatures.title")}>
        {summary.topFeatures.length === 0 ? (
          <p className="muted">{t("analytics.topFeatures.none")}</p>
        ) : (
          <BarTable
            caption={t("analytics.topFeatures.caption")}
            labelName={t("analytics.topFeatures.labelName")}
            valueName={t("analytics.topFeatures.valueName")}
            rows={summary.topFeatures.map((f) => ({ key: f.name, label: f.name, value: f.count }))}
            formatValue={formatCount}
          />
        )}
      </Section>
    </div>
  );
};

export const ClientErrorsSection = ({ summary }: { summary: Summary }) => {
  const t = useT("staff");
  const withYear = summary.days > 31;
  return (
    <Section id="analytics-errors" title={t("analytics.errors.title")} intro={t("analytics.errors.intro")}>
      {summary.clientErrors === 0 ? (
        <p className="muted">{t("analytics.errors.none")}</p>
      ) : (
        <>
          <ColumnChart
            valueName={t("analytics.errors.valueName")}
            keyName={t("analytics.dayUtc")}
            points={points(summary.clientErrorsByDay, withYear)}
            summary={describeSeries(summary.clientErrorsByDay, "analytics.errors", withYear)}
            formatValue={formatCount}
          />
          <BarTable
            caption={t("analytics.errors.caption")}
            labelName={t("analytics.errors.labelName")}
            valueName={t("analytics.errors.timesName")}
            rows={summary.topClientErrors.map((e) => {
              const { type, message, route } = describeClientError(e.name);
              return { key: e.name, label: [type, message, route && t("analytics.errors.onRoute", { route })].filter(Boolean).join(" · "), value: e.count };
            })}
            formatValue={formatCount}
          />
        </>
      )}
    </Section>
  );
};

export const DevicesSection = ({ summary }: { summary: Summary }) => {
  const t = useT("staff");
  return (
    <Section id="analytics-devices" title={t("analytics.devices.title")} intro={t("analytics.devices.intro")}>
      <BarTable
        caption={t("analytics.devices.caption")}
        labelName={t("analytics.devices.labelName")}
        valueName={t("analytics.devices.valueName")}
        rows={summary.deviceTypes.map((d) => ({ key: d.name, label: DEVICE_LABEL[d.name] ?? d.name, value: d.count }))}
        formatValue={formatCount}
      />
    </Section>
  );
};
