import { useT } from "@/lib/i18n";
import { StackedColumnChart } from "./stacked-column-chart";

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
 * Columns over time as a small SVG: a stacked column chart with one series. Labels are HTML (they
 * stay readable when the SVG is squeezed to 360 px); the numbers are in a table behind "Show the
 * numbers" for screen readers and anyone who wants them.
 */
export const ColumnChart = ({ valueName, keyName, points, summary, formatValue = String }: ColumnChartProps) => {
  const t = useT("staff");
  return (
    <StackedColumnChart
      keyName={keyName}
      tableName={t("charts.tableName", { value: valueName, key: keyName.toLowerCase() })}
      series={[{ key: "value", name: valueName }]}
      rows={points.map((p) => ({ key: p.key, label: p.label, values: [p.value] }))}
      summary={summary}
      formatValue={formatValue}
    />
  );
};
