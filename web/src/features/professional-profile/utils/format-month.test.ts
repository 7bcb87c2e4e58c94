import { describe, expect, it } from "vitest";
import { formatMonth } from "./format-month";

describe("formatMonth", () => {
  it("reads months the way people say them", () => {
    expect(formatMonth("2027-06")).toBe("June 2027");
    expect(formatMonth("2027-06-30")).toBe("June 2027");
    expect(formatMonth(null)).toBe("");
  });
});
