import { describe, expect, it } from "vitest";
import { dueLabel, extensionDaysLeft, identityCheckLabel, isOverdue, requesterName } from "./request-deadlines";

const now = new Date("2026-06-15T12:00:00Z").getTime();

describe("privacy request deadlines", () => {
  it("marks open requests past their due date as overdue", () => {
    expect(isOverdue({ status: "RECEIVED", dueAt: "2026-06-14T12:00:00Z" }, now)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueAt: "2026-06-16T12:00:00Z" }, now)).toBe(false);
    expect(isOverdue({ status: "COMPLETED", dueAt: "2026-06-01T12:00:00Z" }, now)).toBe(false);
  });

  it("counts the days the deadline can still be extended", () => {
    expect(extensionDaysLeft({ receivedAt: "2026-06-01T00:00:00Z", dueAt: "2026-07-01T00:00:00Z" })).toBe(60);
    expect(extensionDaysLeft({ receivedAt: "2026-06-01T00:00:00Z", dueAt: "2026-08-10T00:00:00Z" })).toBe(20);
    expect(extensionDaysLeft({ receivedAt: "2026-06-01T00:00:00Z", dueAt: "2026-08-30T00:00:00Z" })).toBe(0);
  });

  it("says how long is left", () => {
    expect(dueLabel("2026-06-18T13:00:00Z", now)).toBe("Due in 3 days");
    expect(dueLabel("2026-06-15T20:00:00Z", now)).toBe("Due within a day");
    expect(dueLabel("2026-06-13T11:00:00Z", now)).toBe("Overdue by 2 days");
  });
});

describe("who asked [POL-RIGHT-IDENTITY]", () => {
  it("POL-RIGHT-IDENTITY: names the requester, or says the account was erased", () => {
    expect(requesterName({ displayName: "Sam Okafor", email: "sam@example.org", erased: false })).toBe("Sam Okafor");
    expect(requesterName({ displayName: null, email: null, erased: true })).toBe("Erased account");
    expect(requesterName(null)).toBe("No account");
  });

  it("POL-RIGHT-IDENTITY: says how identity was checked", () => {
    expect(identityCheckLabel("STEP_UP_SIGN_IN")).toBe("Signed in again just before asking");
    expect(identityCheckLabel("EMAILED_CODE")).toMatch(/^Code e-mailed/);
    expect(identityCheckLabel(null)).toBe("Not recorded");
  });
});
