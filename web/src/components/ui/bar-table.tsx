import { fraction } from "./chart-scale";

export type BarRow = { key: string; label: string; value: number };

type BarTableProps = {
  caption: string;
  labelName: string;
  valueName: string;
  rows: readonly BarRow[];
  formatValue?: (value: number) => string;
};

/**
 * A ranked list as a table with a bar in each row: the table is the text
 * alternative, the bars (decorative SVG) make the ranking visible at a glance.
 */
export const BarTable = ({ caption, labelName, valueName, rows, formatValue = String }: BarTableProps) => {
  const max = Math.max(0, ...rows.map((r) => r.value));
  return (
    <table className="bar-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelName}</th>
          <th scope="col" className="num">
            {valueName}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <span className="bar-label">{row.label}</span>
              <svg className="bar-svg" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="bar-track" x="0" y="0" width="100" height="6" />
                <rect className="bar-fill" x="0" y="0" width={fraction(row.value, max) * 100} height="6" />
              </svg>
            </th>
            <td className="num">{formatValue(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
