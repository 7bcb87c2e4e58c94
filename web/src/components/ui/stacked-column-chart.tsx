import { useId } from "react";
import { useT } from "@/lib/i18n";
import { fraction, niceMax } from "./chart-scale";

export type StackSeries = { key: string; name: string };
/** One column: `values` lines up with the chart's `series` (null: no value, drawn as nothing, shown as "—"). */
export type StackRow = { key: string; label: string; values: readonly (number | null)[] };
/** More columns for the table only (e.g. a count beside a median), one text per row. */
export type ExtraColumn = { name: string; values: readonly string[] };

type StackedColumnChartProps = {
  /** Heading of the first table column ("Week of"). */
  keyName: string;
  /** What the table holds, for its accessible name ("Status changes by week"). */
  tableName: string;
  series: readonly StackSeries[];
  rows: readonly StackRow[];
  /** A one-sentence description read instead of the picture. */
  summary: string;
  formatValue?: (value: number) => string;
  extraColumns?: readonly ExtraColumn[];
};

const SERIES_CLASSES = 7;

/**
 * Stacked columns (one colour per series, with a legend) as a small SVG (ColumnChart is the one-series case); the
 * numbers, with a total per row when there are several series, are in a table behind "Show the
 * numbers". With one series it is a plain column chart whose table can carry extra columns.
 */
export const StackedColumnChart = ({ keyName, tableName, series, rows, summary, formatValue = String, extraColumns = [] }: StackedColumnChartProps) => {
  const t = useT("staff");
  const tableId = useId();
  const totals = rows.map((r) => r.values.reduce<number>((sum, v) => sum + (v ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const width = Math.max(rows.length, 1) * 10;
  const gap = rows.length > 60 ? 0 : 2;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const several = series.length > 1;
  const show = (v: number | null) => (v === null ? "—" : formatValue(v));
  return (
    <figure className="chart">
      {several && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.key}>
              <span className={`chart-swatch chart-series-${i % SERIES_CLASSES}`} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <div className="chart-plot">
        <div className="chart-y" aria-hidden="true">
          <span>{formatValue(max)}</span>
          <span>{formatValue(0)}</span>
        </div>
        <svg className="chart-svg" viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" role="img" aria-label={summary}>
          <line x1="0" x2={width} y1="0.5" y2="0.5" className="chart-grid" vectorEffect="non-scaling-stroke" />
          <line x1="0" x2={width} y1="50" y2="50" className="chart-grid" vectorEffect="non-scaling-stroke" />
          <line x1="0" x2={width} y1="99.5" y2="99.5" className="chart-axis" vectorEffect="non-scaling-stroke" />
          {rows.map((row, i) => {
            let top = 100;
            return (
              <g key={row.key}>
                <title>{`${row.label}: ${series.map((s, j) => `${s.name} ${show(row.values[j] ?? null)}`).join(", ")}`}</title>
                {series.map((s, j) => {
                  const height = fraction(row.values[j] ?? 0, max) * 100;
                  if (height <= 0) return null;
                  top -= height;
                  return (
                    <rect
                      key={s.key}
                      className={`chart-stack chart-series-${j % SERIES_CLASSES}`}
                      x={i * 10 + gap / 2}
                      width={10 - gap}
                      y={top}
                      height={height}
                      vectorEffect="non-scaling-stroke"
                    />
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      {first && last && (
        <div className="chart-x" aria-hidden="true">
          <span>{first.label}</span>
          <span>{last.label}</span>
        </div>
      )}
      <details className="chart-details">
        <summary>{t("charts.showNumbers")}</summary>
        <div className="chart-table-scroll" id={tableId} tabIndex={0} role="region" aria-label={tableName}>
          <table className="chart-table">
            <thead>
              <tr>
                <th scope="col">{keyName}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {s.name}
                  </th>
                ))}
                {several && (
                  <th scope="col" className="num">
                    {t("charts.total")}
                  </th>
                )}
                {extraColumns.map((c) => (
                  <th key={c.name} scope="col" className="num">
                    {c.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {series.map((s, j) => (
                    <td key={s.key} className="num">
                      {show(row.values[j] ?? null)}
                    </td>
                  ))}
                  {several && <td className="num">{formatValue(totals[i])}</td>}
                  {extraColumns.map((c) => (
                    <td key={c.name} className="num">
                      {c.values[i]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
};
