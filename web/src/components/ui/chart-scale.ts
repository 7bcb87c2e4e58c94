// Small helpers shared by the hand-written SVG charts (no chart library: the
// admin screens are lazy chunks, but every byte still has to be downloaded).

/** A "nice" upper bound for an axis: 1, 2, 2.5 or 5 × 10ⁿ at or above `value` (at least 1). */
export const niceMax = (value: number): number => {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
};

/** `value` as a share of `max`, clamped to 0–1. */
export const fraction = (value: number, max: number): number => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0);
