import { describe, expect, it } from "vitest";
import { fraction, niceMax } from "./chart-scale";

describe("chart scales", () => {
  it("rounds axis maxima up to 1, 2, 2.5 or 5 × 10ⁿ", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(18)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(2600)).toBe(5000);
    expect(niceMax(0.12)).toBeCloseTo(0.2);
  });

  it("clamps shares to 0–1", () => {
    expect(fraction(5, 10)).toBe(0.5);
    expect(fraction(20, 10)).toBe(1);
    expect(fraction(-1, 10)).toBe(0);
    expect(fraction(3, 0)).toBe(0);
  });
});
