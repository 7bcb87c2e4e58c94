import { describe, expect, it } from "vitest";
import { certificatePdfUrl, credentialJsonUrl, verifyLink } from "./credential-links";

describe("credential links", () => {
  it("points at the public documents and verification page", () => {
    expect(certificatePdfUrl("CCP-2026-7KQ4-MX2D")).toBe("/credentials/CCP-2026-7KQ4-MX2D.pdf");
    expect(credentialJsonUrl("CCP-2026-7KQ4-MX2D")).toBe("/credentials/CCP-2026-7KQ4-MX2D.json");
    expect(verifyLink("https://certify.example.org", "CCP-2026-7KQ4-MX2D")).toBe(
      "https://certify.example.org/verify/CCP-2026-7KQ4-MX2D",
    );
  });
});
