import { describe, expect, it } from "vitest";
import { bellLabel, safeAppLink, unreadBadge } from "./unread";

describe("notification helpers", () => {
  it("caps the badge", () => {
    expect(unreadBadge(0)).toBe("");
    expect(unreadBadge(7)).toBe("7");
    expect(unreadBadge(150)).toBe("99+");
  });

  it("names the bell with the unread count", () => {
    expect(bellLabel(0)).toBe("Notifications");
    expect(bellLabel(2)).toBe("Notifications, 2 unread");
  });

  it("follows only in-app links", () => {
    expect(safeAppLink("/app/applications/1")).toBe("/app/applications/1");
    expect(safeAppLink("//evil.example")).toBeNull();
    expect(safeAppLink("https://evil.example")).toBeNull();
    expect(safeAppLink(null)).toBeNull();
  });
});
