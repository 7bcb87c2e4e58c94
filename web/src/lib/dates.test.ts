import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDays, formatUtcDay, localInputToIso, toLocalInput } from "./dates";
import { setCurrentLanguage } from "./i18n/language";

describe("dates", () => {
  it("shows the date in the given time zone", () => {
    // 02:30 UTC on 1 March is still 28 February in Chicago.
    expect(formatDate("2026-03-01T02:30:00Z", "America/Chicago")).toBe("Feb 28, 2026");
    expect(formatDate("2026-03-01T02:30:00Z", "Europe/Berlin")).toBe("Mar 1, 2026");
  });

  it("shows date and time in the given time zone", () => {
    expect(formatDateTime("2026-03-01T15:05:00Z", "UTC")).toBe("Mar 1, 2026, 3:05 PM");
  });

  it("follows the active language", () => {
    setCurrentLanguage("es");
    try {
      expect(formatDate("2026-03-01T15:05:00Z", "UTC")).toBe("1 mar 2026");
      expect(formatDateTime("2026-03-01T15:05:00Z", "UTC")).toBe("1 mar 2026, 3:05 p.m.");
    } finally {
      setCurrentLanguage("en");
    }
  });

  it("names a UTC calendar day (a chart's bucket) in the active language", () => {
    expect(formatUtcDay("2026-10-12")).toBe("Oct 12");
    expect(formatUtcDay("2026-10-12", "dayYear")).toBe("Oct 12, 2026");
    expect(formatUtcDay("2026-10-01", "month")).toBe("Oct 2026");
    setCurrentLanguage("es");
    try {
      expect(formatUtcDay("2026-10-12")).toBe("12 oct");
      expect(formatUtcDay("2026-10-01", "month")).toBe("oct 2026");
    } finally {
      setCurrentLanguage("en");
    }
  });

  it("shows a dash for a missing or broken date", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
  });

  it("counts days", () => {
    expect(formatDays(1)).toBe("1 day");
    expect(formatDays(15)).toBe("15 days");
  });

  it("reads and writes datetime-local values on the person's own clock", () => {
    const iso = localInputToIso("2026-03-01T09:30");
    expect(iso).not.toBeNull();
    expect(toLocalInput(new Date(iso ?? ""))).toBe("2026-03-01T09:30");
    expect(localInputToIso("")).toBeNull();
    expect(localInputToIso("1 March")).toBeNull();
  });
});
