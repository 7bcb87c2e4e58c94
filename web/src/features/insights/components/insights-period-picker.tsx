import { useT } from "@/lib/i18n";
import { BUCKETS, type Bucket, INSIGHT_PERIODS, type InsightPeriod } from "../utils/insights-period";

type Props = { days: InsightPeriod; bucket: Bucket; onChange: (days: InsightPeriod, bucket: Bucket) => void };

/** Period and grouping as two rows of radio buttons (one tab stop each; arrow keys move between choices). */
export const InsightsPeriodPicker = ({ days, bucket, onChange }: Props) => {
  const t = useT("staff");
  return (
    <div className="insights-pickers">
      <fieldset className="period-picker">
        <legend>{t("insights.period.legend")}</legend>
        <div className="period-options">
          {INSIGHT_PERIODS.map((p) => (
            <label key={p} className={p === days ? "period-option selected" : "period-option"}>
              <input type="radio" name="insights-period" value={p} checked={p === days} onChange={() => onChange(p, bucket)} />
              <span>{t(`insights.period.${p}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="period-picker">
        <legend>{t("insights.period.groupBy")}</legend>
        <div className="period-options">
          {BUCKETS.map((b) => (
            <label key={b} className={b === bucket ? "period-option selected" : "period-option"}>
              <input type="radio" name="insights-bucket" value={b} checked={b === bucket} onChange={() => onChange(days, b)} />
              <span>{t(`insights.period.${b}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
};
