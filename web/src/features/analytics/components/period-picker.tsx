import { useT } from "@/lib/i18n";
import { PERIODS, type Period } from "../utils/analytics-format";

/** The period as a row of radio buttons (one tab stop, arrow keys move between them). */
export const PeriodPicker = ({ value, onChange }: { value: Period; onChange: (period: Period) => void }) => {
  const t = useT("staff");
  return (
    <fieldset className="period-picker">
      <legend>{t("analytics.period.legend")}</legend>
      <div className="period-options">
        {PERIODS.map((period) => (
          <label key={period} className={period === value ? "period-option selected" : "period-option"}>
            <input type="radio" name="analytics-period" value={period} checked={period === value} onChange={() => onChange(period)} />
            <span>{t(`analytics.period.${period}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};
