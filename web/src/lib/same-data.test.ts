import { describe, expect, it } from "vitest";
import { sameData } from "./same-data";

describe("sameData", () => {
  it("treats results with the same fields in another order as equal", () => {
    expect(sameData({ id: "1", roles: ["ADMIN"], org: { name: "A" } }, { org: { name: "A" }, roles: ["ADMIN"], id: "1" })).toBe(true);
  });

  it("sees a changed nested field, a missing key and null against an object", () => {
    expect(sameData({ id: "1", mfa: { enabled: false } }, { id: "1", mfa: { enabled: true } })).toBe(false);
    expect(sameData({ id: "1", phone: null }, { id: "1" })).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
