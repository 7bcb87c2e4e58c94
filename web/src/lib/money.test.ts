import { describe, expect, it } from "vitest";
import { centsToDollars, dollarsToCents, formatMoney, isMoneyAmount } from "./money";

describe("formatMoney", () => {
  it("formats cents in the currency", () => {
    expect(formatMoney(12500, "usd")).toBe("$125.00");
    expect(formatMoney(0, "usd")).toBe("$0.00");
    expect(formatMoney(9999, "eur")).toBe("€99.99");
  });

  it("falls back for an unknown currency code", () => {
    expect(formatMoney(500, "zz")).toBe("5.00 ZZ");
  });
});

describe("dollarsToCents", () => {
  it("converts without floating-point drift", () => {
    expect(dollarsToCents("0.29")).toBe(29);
    expect(dollarsToCents("125")).toBe(12500);
    expect(dollarsToCents("125.5")).toBe(12550);
    expect(dollarsToCents("$1,250.05")).toBe(125005);
  });

  it("rejects what isn't an amount", () => {
    expect(dollarsToCents("")).toBeNaN();
    expect(dollarsToCents("12.345")).toBeNaN();
    expect(dollarsToCents("-5")).toBeNaN();
    expect(dollarsToCents("ten")).toBeNaN();
    expect(dollarsToCents("12,5")).toBeNaN();
    expect(isMoneyAmount("10.00")).toBe(true);
    expect(isMoneyAmount("1e3")).toBe(false);
  });

  it("round-trips through centsToDollars", () => {
    expect(centsToDollars(12550)).toBe("125.50");
    expect(dollarsToCents(centsToDollars(7))).toBe(7);
  });
});
