import { describe, expect, it } from "vitest";
import { ageOn, isAdult, isValidTimeZone, localDateIn, parseLocalDate } from "./age.rules";

const d = (s: string) => parseLocalDate(s)!;

describe("age gate rules", () => {
  it("[POL-CHILD-18] an 18th birthday today is accepted, tomorrow is rejected", () => {
    const now = new Date("2026-06-15T12:00:00Z");
    expect(isAdult(d("2008-06-15"), now)).toBe(true);
    expect(isAdult(d("2008-06-16"), now)).toBe(false);
    expect(isAdult(d("2008-06-14"), now)).toBe(true);
  });

  it("[POL-CHILD-18] someone born on 29 February turns 18 on 1 March in a common year", () => {
    const birth = d("2008-02-29");
    expect(isAdult(birth, new Date("2026-02-28T12:00:00Z"))).toBe(false);
    expect(isAdult(birth, new Date("2026-03-01T12:00:00Z"))).toBe(true);
    // In a leap year the birthday itself counts.
    expect(ageOn(d("2010-02-29".replace("2010", "2012")), d("2030-02-28"))).toBe(17);
    expect(ageOn(d("2012-02-29"), d("2032-02-29"))).toBe(20);
  });

  it("[POL-CHILD-18] judges the birthday by the calendar date where the person is", () => {
    // 2026-06-15 02:00 UTC is still 14 June in Chicago and already 15 June in Tokyo.
    const now = new Date("2026-06-15T02:00:00Z");
    expect(isAdult(d("2008-06-15"), now, "America/Chicago")).toBe(false);
    expect(isAdult(d("2008-06-15"), now, "Asia/Tokyo")).toBe(true);
    expect(isAdult(d("2008-06-15"), now, "UTC")).toBe(true);
    expect(localDateIn(now, "America/Chicago")).toEqual({ year: 2026, month: 6, day: 14 });
  });

  it("rejects impossible dates and unknown time zones", () => {
    expect(parseLocalDate("2026-02-29")).toBeNull();
    expect(parseLocalDate("2026-13-01")).toBeNull();
    expect(parseLocalDate("15/06/2008")).toBeNull();
    expect(parseLocalDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isValidTimeZone("Europe/Madrid")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
