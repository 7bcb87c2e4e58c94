import { useId } from "react";
import { fraction, niceMax } from "./chart-scale";

export type ColumnPoint = { key: string; label: string; value: number };

type ColumnChartProps = {
  /** What is counted, for the summary and the table header ("Page views"). */
  valueName: string;
  /** Heading of the first table column ("Day"). */
  keyName: string;
  points: readonly ColumnPoint[];
  /** A one-sentence description read instead of the picture. */
  summary: string;
  formatValue?: (value: number) => string;
};

/**
 * Columns over time as a small SVG. Labels are HTML (they stay readable when
 * the SVG is squeezed to 360 px); the numbers are in a table behind "Show the
 * numbers" for screen readers and anyone who wants them.
 */
export const ColumnChart = ({ valueName, keyName, points, summary, formatValue = String }: ColumnChartProps) => {
  const tableId = useId();
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const width = Math.max(points.length, 1) * 10;
  const gap = points.length > 60 ? 0 : 2;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="chart">
      <div className="chart-plot">
        <div className="chart-y" aria-hidden="true">
          <span>{formatValue(max)}</span>
          <span>{formatValue(0)}</span>
        </div>
        <svg className="chart-svg" viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" role="img" aria-label={summary}>
          <line x1="0" x2={width} y1="0.5" y2="0.5" className="chart-grid" vectorEffect="non-scaling-stroke" />
          <line x1="0" x2={width} y1="50" y2="50" className="chart-grid" vectorEffect="non-scaling-stroke" />
          <line x1="0" x2={width} y1="99.5" y2="99.5" className="chart-axis" vectorEffect="non-scaling-stroke" />
          {points.map((point, i) => {
            const height = fraction(point.value, max) * 100;
            return (
              <rect key={point.key} className="chart-column" x={i * 10 + gap / 2} width={10 - gap} y={100 - height} height={height}>
                <title>{`${point.label}: ${formatValue(point.value)}`}</title>
              </rect>
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
        <summary>Show the numbers</summary>
        {/* A long period scrolls: focusable so keyboard users can scroll it too, named for that stop. */}
        <div className="chart-table-scroll" id={tableId} tabIndex={0} role="region" aria-label={`${valueName} by ${keyName.toLowerCase()}`}>
          <table className="chart-table">
            <thead>
              <tr>
                <th scope="col">{keyName}</th>
                <th scope="col" className="num">
                  {valueName}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.key}>
                  <th scope="row">{point.label}</th>
                  <td className="num">{formatValue(point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
};
