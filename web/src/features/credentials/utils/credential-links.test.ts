import { describe, expect, it } from "vitest";
import { badgeSvgUrl, canRenew, certificatePdfUrl, credentialJsonUrl, verifyLink } from "./credential-links";

describe("credential links", () => {
  it("points at the public documents and verification page", () => {
    expect(certificatePdfUrl("CCP-2026-7KQ4-MX2D")).toBe("/credentials/CCP-2026-7KQ4-MX2D.pdf");
    expect(credentialJsonUrl("CCP-2026-7KQ4-MX2D")).toBe("/credentials/CCP-2026-7KQ4-MX2D.json");
    expect(verifyLink("https://certify.example.org", "CCP-2026-7KQ4-MX2D")).toBe(
      "https://certify.example.org/verify/CCP-2026-7KQ4-MX2D",
    );
  });
});

describe("renewal window", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  it("opens 90 days before expiry and stays open after it, but not once renewed or revoked", () => {
    expect(canRenew({ status: "ACTIVE", validUntil: "2026-12-31T00:00:00Z" }, now)).toBe(false);
    expect(canRenew({ status: "ACTIVE", validUntil: "2026-09-01T00:00:00Z" }, now)).toBe(true);
    expect(canRenew({ status: "EXPIRED", validUntil: "2026-01-01T00:00:00Z" }, now)).toBe(true);
    expect(canRenew({ status: "EXPIRED", validUntil: "2026-01-01T00:00:00Z", supersededById: "x" }, now)).toBe(false);
    expect(canRenew({ status: "REVOKED", validUntil: "2026-07-01T00:00:00Z" }, now)).toBe(false);
    expect(badgeSvgUrl("CCP-2026-7KQ4-MX2D")).toBe("/credentials/CCP-2026-7KQ4-MX2D.svg");
  });
});
