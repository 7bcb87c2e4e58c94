import { describe, expect, it } from "vitest";
import { ageOn, isIsoDate, localIsoDate } from "./age";

describe("ageOn", () => {
  it("counts a birthday only once it has been reached", () => {
    expect(ageOn("2007-06-15", "2025-06-15")).toBe(18);
    expect(ageOn("2007-06-15", "2025-06-14")).toBe(17);
    expect(ageOn("2007-06-15", "2025-12-31")).toBe(18);
  });

  it("treats a 29 February birthday as 1 March in non-leap years", () => {
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(17);
    expect(ageOn("2004-02-29", "2022-03-01")).toBe(18);
    expect(ageOn("2004-02-29", "2024-02-29")).toBe(20);
  });

  it("returns NaN for impossible dates", () => {
    expect(ageOn("2005-02-30", "2025-01-01")).toBeNaN();
  });
});

describe("isIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2001-13-01")).toBe(false);
    expect(isIsoDate("01/02/2001")).toBe(false);
  });
});

describe("localIsoDate", () => {
  it("uses the local calendar date, zero-padded", () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
  });
});
