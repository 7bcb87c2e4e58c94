import { ThresholdBar } from "@/components/ui/threshold-bar";
import { VITAL_LABEL, VITAL_RATING_LABEL, formatVital, vitalRating } from "../utils/analytics-format";
import type { Summary } from "./usage-sections";

type Vital = Summary["webVitalPercentiles"][number];

/** Page speed at the 75th percentile against web.dev's "good" and "poor" thresholds, with a table of every percentile. */
export const WebVitalsSection = ({ vitals }: { vitals: readonly Vital[] }) => {
  const measured = vitals.filter((v) => v.samples > 0 && v.p75 != null);
  return (
    <section className="panel stack" aria-labelledby="analytics-vitals">
      <h2 id="analytics-vitals" className="card-title">
        Page speed (web vitals)
      </h2>
      <p className="muted">
        Each bar shows the 75th percentile (bold mark; thin marks: median and 95th percentile) against the thresholds for
        good (green), needs improvement (amber) and poor (red).
      </p>
      {measured.length === 0 ? (
        <p className="muted">No measurements in this period.</p>
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
            Web vitals: percentiles and thresholds
          </caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Median
              </th>
              <th scope="col" className="num">
                75th
              </th>
              <th scope="col" className="num">
                95th
              </th>
              <th scope="col" className="num">
                Good up to
              </th>
              <th scope="col" className="num">
                Poor above
              </th>
              <th scope="col" className="num">
                Samples
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
