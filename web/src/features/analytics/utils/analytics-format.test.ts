import { describe, expect, it } from "vitest";
import { describeClientError, formatDay, formatVital, parsePeriod, vitalRating } from "./analytics-format";

describe("analytics screen labels", () => {
  it("POL-COLLECT-PERF: judges a 75th percentile against web.dev's thresholds", () => {
    expect(vitalRating(2500, 2500, 4000)).toBe("good");
    expect(vitalRating(2501, 2500, 4000)).toBe("needs-improvement");
    expect(vitalRating(4000, 2500, 4000)).toBe("needs-improvement");
    expect(vitalRating(4001, 2500, 4000)).toBe("poor");
    expect(vitalRating(0.05, 0.1, 0.25)).toBe("good");
  });

  it("POL-COLLECT-PERF: formats vitals in ms, seconds or as a score", () => {
    expect(formatVital(120.4, "ms")).toBe("120 ms");
    expect(formatVital(1840, "ms")).toBe("1.84 s");
    expect(formatVital(0.0832, "")).toBe("0.083");
    expect(formatVital(0.1, "")).toBe("0.1");
    expect(formatVital(0, "")).toBe("0");
  });

  it("POL-COLLECT-USAGE: reads the period from ?days=, defaulting to 30", () => {
    expect(parsePeriod("7")).toBe(7);
    expect(parsePeriod("365")).toBe(365);
    expect(parsePeriod("12")).toBe(30);
    expect(parsePeriod(null)).toBe(30);
    expect(formatDay("2026-11-29")).toBe("Nov 29");
    expect(formatDay("2026-11-29", true)).toBe("Nov 29, 2026");
  });

  it("POL-COLLECT-PERF: splits a client error name into type, words and page", () => {
    expect(describeClientError("TypeError:Cannot-read-properties-of-undefined:/app/applications/:id")).toEqual({
      type: "TypeError",
      message: "Cannot read properties of undefined",
      route: "/app/applications/:id",
    });
    expect(describeClientError("TypeError")).toEqual({ type: "TypeError", message: "", route: "" });
    expect(describeClientError("UnhandledRejection:/")).toEqual({ type: "UnhandledRejection", message: "", route: "/" });
  });
});
