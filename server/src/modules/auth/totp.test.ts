import { describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpFor } from "./totp";

// RFC 6238 Appendix B, SHA-1 seed "12345678901234567890".
const SEED = Secret.fromLatin1("12345678901234567890").base32;
const VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238)", () => {
  it("[POL-SEC-MFA] reproduces the RFC 6238 Appendix B SHA-1 vectors", () => {
    for (const [t, code] of VECTORS) {
      const totp = new TOTP({ algorithm: "SHA1", digits: 8, period: 30, secret: Secret.fromBase32(SEED) });
      expect(totp.generate({ timestamp: t * 1000 })).toBe(code);
      // Our 6-digit codes are the same HOTP value mod 10^6.
      expect(matchTotpStep(SEED, code.slice(2), new Date(t * 1000))).toBe(Math.floor(t / 30));
    }
  });

  it("[POL-SEC-MFA] accepts ±1 time step of drift and rejects ±2", () => {
    const secret = newTotpSecret();
    const now = new Date("2026-06-15T12:00:00Z");
    const at = (deltaSteps: number) => totpFor(secret).generate({ timestamp: now.getTime() + deltaSteps * 30_000 });
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotpStep(secret, at(0), now)).toBe(step);
    expect(matchTotpStep(secret, at(-1), now)).toBe(step - 1);
    expect(matchTotpStep(secret, at(1), now)).toBe(step + 1);
    expect(matchTotpStep(secret, at(-2), now)).toBeNull();
    expect(matchTotpStep(secret, at(2), now)).toBeNull();
    expect(matchTotpStep(secret, "12345", now)).toBeNull();
  });

  it("makes 160-bit secrets and ten distinct recovery codes, hashed independent of formatting", () => {
    expect(Secret.fromBase32(newTotpSecret()).bytes.length).toBe(20);
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(hashRecoveryCode(codes[0].toUpperCase().replaceAll("-", " "))).toBe(hashRecoveryCode(codes[0]));
  });
});
