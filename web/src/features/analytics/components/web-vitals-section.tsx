import { ThresholdBar } from "@/components/ui/threshold-bar";
import { useT } from "@/lib/i18n";
import { VITAL_LABEL, VITAL_RATING_LABEL, formatVital, vitalRating } from "../utils/analytics-format";
import type { Summary } from "./usage-sections";

type Vital = Summary["webVitalPercentiles"][number];

/** Page speed at the 75th percentile against web.dev's "good" and "poor" thresholds, with a table of every percentile. */
export const WebVitalsSection = ({ vitals }: { vitals: readonly Vital[] }) => {
  const t = useT("staff");
  const measured = vitals.filter((v) => v.samples > 0 && v.p75 != null);
  return (
    <section className="panel stack" aria-labelledby="analytics-vitals">
      <h2 id="analytics-vitals" className="card-title">
        {t("analytics.vitals.title")}
      </h2>
      <p className="muted">{t("analytics.vitals.intro")}</p>
      {measured.length === 0 ? (
        <p className="muted">{t("analytics.vitals.none")}</p>
      ) : (
        <ul className="vitals-list">
          {measured.map((v) => {
            const p75 = v.p75 ?? 0;
            const rating = vitalRating(p75, v.good, v.poor);
            const max = Math.max(v.poor * 1.5, p75 * 1.1, (v.p95 ?? 0) * 1.05);
            return (
              <li key={v.name} className="vital">
                <p className="vital-head">
                  <abbr title={VITAL_LABEL[v.name]}>{v.name}</abbr> <span className="vital-value">{formatVital(p75, v.unit)}</span>{" "}
                  <span className={`vital-rating rating-${rating}`}>{VITAL_RATING_LABEL[rating]}</span>
                </p>
                <ThresholdBar value={p75} low={v.p50} high={v.p95} good={v.good} poor={v.poor} max={max} />
              </li>
            );
          })}
        </ul>
      )}
      {/* It scrolls sideways at 360 px: focusable so keyboard users can scroll it too, named for that stop. */}
      <div className="chart-table-scroll" tabIndex={0} role="region" aria-labelledby="analytics-vitals-table">
        <table className="chart-table">
          <caption id="analytics-vitals-table" className="visually-hidden">
            {t("analytics.vitals.caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("analytics.vitals.metric")}</th>
              <th scope="col" className="num">
                {t("analytics.vitals.median")}
              </th>
              <th scope="col" className="num">
                {t("analytics.vitals.p75")}
              </th>
              <th scope="col" className="num">
                {t("analytics.vitals.p95")}
              </th>
              <th scope="col" className="num">
                {t("analytics.vitals.goodUpTo")}
              </th>
              <th scope="col" className="num">
                {t("analytics.vitals.poorAbove")}
              </th>
              <th scope="col" className="num">
                {t("analytics.vitals.samples")}
              </th>
            </tr>
          </thead>
          <tbody>
            {vitals.map((v) => (
              <tr key={v.name}>
                <th scope="row">
                  <abbr title={VITAL_LABEL[v.name]}>{v.name}</abbr>
                </th>
                <td className="num">{v.p50 == null ? "—" : formatVital(v.p50, v.unit)}</td>
                <td className="num">{v.p75 == null ? "—" : formatVital(v.p75, v.unit)}</td>
                <td className="num">{v.p95 == null ? "—" : formatVital(v.p95, v.unit)}</td>
                <td className="num">{formatVital(v.good, v.unit)}</td>
                <td className="num">{formatVital(v.poor, v.unit)}</td>
                <td className="num">{v.samples}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
