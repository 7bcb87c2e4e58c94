import { PERIODS, type Period } from "../utils/analytics-format";

const LABEL: Record<Period, string> = { 7: "7 days", 30: "30 days", 90: "90 days", 365: "1 year" };

/** The period as a row of radio buttons (one tab stop, arrow keys move between them). */
export const PeriodPicker = ({ value, onChange }: { value: Period; onChange: (period: Period) => void }) => (
  <fieldset className="period-picker">
    <legend>Period</legend>
    <div className="period-options">
      {PERIODS.map((period) => (
        <label key={period} className={period === value ? "period-option selected" : "period-option"}>
          <input type="radio" name="analytics-period" value={period} checked={period === value} onChange={() => onChange(period)} />
          <span>{LABEL[period]}</span>
        </label>
      ))}
    </div>
  </fieldset>
);
