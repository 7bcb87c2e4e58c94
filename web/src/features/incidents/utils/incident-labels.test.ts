import { describe, expect, it } from "vitest";
import { affectedPersonName, formatDuration, incidentStatus, isClosed, notificationDeadline } from "./incident-labels";

const now = new Date("2026-06-15T12:00:00Z").getTime();
const HOUR = 3_600_000;

describe("incident deadline", () => {
  it("formats durations in hours and minutes", () => {
    expect(formatDuration(41 * HOUR + 12 * 60_000 + 59_000)).toBe("41 h 12 min");
    expect(formatDuration(5 * 60_000)).toBe("5 min");
    expect(formatDuration(10_000)).toBe("1 min");
  });

  it("counts down to the 72-hour deadline and turns late once it has passed", () => {
    expect(notificationDeadline({ notifyBy: new Date(now + 41 * HOUR + 12 * 60_000).toISOString(), notifiedAt: null }, now)).toEqual({
      text: "Notify within 41 h 12 min",
      late: false,
    });
    expect(notificationDeadline({ notifyBy: new Date(now - 3 * HOUR - 5 * 60_000).toISOString(), notifiedAt: null }, now)).toEqual({
      text: "Deadline passed 3 h 5 min ago",
      late: true,
    });
  });

  it("says how it ended once people were notified", () => {
    const notifyBy = new Date(now).toISOString();
    expect(notificationDeadline({ notifyBy, notifiedAt: new Date(now - HOUR).toISOString() }, now).late).toBe(false);
    expect(notificationDeadline({ notifyBy, notifiedAt: new Date(now + HOUR).toISOString() }, now)).toEqual({
      text: "Notified after the 72-hour deadline",
      late: true,
    });
  });

  it("labels statuses", () => {
    expect(incidentStatus("OPEN").label).toBe("Not yet notified");
    expect(incidentStatus("SOMETHING").label).toBe("SOMETHING");
  });

  it("tells open from closed incidents, and a closed incident nobody had to be told about", () => {
    expect(isClosed({ status: "CLOSED" })).toBe(true);
    expect(isClosed({ status: "NOTIFIED" })).toBe(false);
    const closedAt = new Date(now).toISOString();
    expect(notificationDeadline({ notifyBy: new Date(now - HOUR).toISOString(), notifiedAt: null, closedAt }, now)).toEqual({ text: "Closed; nobody had to be notified", late: false });
  });

  it("shows affected people by name, and erased accounts as erased", () => {
    expect(affectedPersonName({ displayName: "Ada Lovelace", erased: false })).toBe("Ada Lovelace");
    expect(affectedPersonName({ displayName: null, erased: true })).toBe("Erased account");
  });
});
