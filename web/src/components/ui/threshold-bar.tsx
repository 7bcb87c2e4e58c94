import { fraction } from "./chart-scale";

type ThresholdBarProps = {
  /** The value judged against the thresholds (a 75th percentile). */
  value: number;
  /** Optional lighter marks either side (the 50th and 95th percentiles). */
  low?: number | null;
  high?: number | null;
  good: number;
  poor: number;
  /** The right end of the scale. */
  max: number;
};

/**
 * A bullet chart: green up to `good`, amber up to `poor`, red beyond, with a
 * bold mark at `value` and thin marks at `low` and `high`. Decorative: the
 * caller states the numbers and the verdict in text next to it.
 */
export const ThresholdBar = ({ value, low, high, good, poor, max }: ThresholdBarProps) => {
  const x = (v: number) => fraction(v, max) * 100;
  return (
    <svg className="threshold-svg" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="zone-good" x="0" y="4" width={x(good)} height="12" />
      <rect className="zone-fair" x={x(good)} y="4" width={x(poor) - x(good)} height="12" />
      <rect className="zone-poor" x={x(poor)} y="4" width={100 - x(poor)} height="12" />
      {low != null && <line className="mark-thin" x1={x(low)} x2={x(low)} y1="2" y2="18" vectorEffect="non-scaling-stroke" />}
      {high != null && <line className="mark-thin" x1={x(high)} x2={x(high)} y1="2" y2="18" vectorEffect="non-scaling-stroke" />}
      <line className="mark-value" x1={x(value)} x2={x(value)} y1="0" y2="20" vectorEffect="non-scaling-stroke" />
    </svg>
  );
};
