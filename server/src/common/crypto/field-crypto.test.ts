import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeyring } from "../../app/config";
import { FieldCrypto, FieldCryptoError } from "./field-crypto";

const key = () => randomBytes(32).toString("base64");

describe("field encryption", () => {
  const k1 = key();
  const crypto = new FieldCrypto(parseKeyring(`k1:${k1}`, "k1"), randomBytes(32));

  it("[POL-SEC-REST] round-trips through an AES-256-GCM envelope v1.<kid>.<iv>.<ct>", () => {
    const env = crypto.encrypt("users.phone.abc", "+1 555 0100");
    expect(env).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(env).not.toContain("555");
    expect(crypto.decrypt("users.phone.abc", env)).toBe("+1 555 0100");
    expect(crypto.encrypt("users.phone.abc", "same")).not.toBe(crypto.encrypt("users.phone.abc", "same")); // random IV
  });

  it("[POL-SEC-REST] binds a value to its table, column and row (AAD) and detects tampering", () => {
    const env = crypto.encrypt("users.phone.row-1", "secret");
    expect(() => crypto.decrypt("users.phone.row-2", env)).toThrow(FieldCryptoError);
    expect(() => crypto.decrypt("users.first_name.row-1", env)).toThrow(FieldCryptoError);
    const parts = env.split(".");
    const ct = Buffer.from(parts[3], "base64url");
    ct[0] ^= 1;
    expect(() => crypto.decrypt("users.phone.row-1", [...parts.slice(0, 3), ct.toString("base64url")].join("."))).toThrow(FieldCryptoError);
    expect(() => crypto.decrypt("users.phone.row-1", "plain text")).toThrow(FieldCryptoError);
  });

  it("[POL-SEC-REST] decrypts values of a retired key after rotation, and writes with the active one", () => {
    const rotated = new FieldCrypto(parseKeyring(`k1:${k1},k2:${key()}`, "k2"), randomBytes(32));
    const old = crypto.encrypt("t.c.1", "kept");
    expect(rotated.decrypt("t.c.1", old)).toBe("kept");
    expect(rotated.encrypt("t.c.1", "new")).toMatch(/^v1\.k2\./);
    const other = new FieldCrypto(parseKeyring(`k3:${key()}`, "k3"), randomBytes(32));
    expect(() => other.decrypt("t.c.1", old)).toThrow(/unknown key id k1/);
  });

  it("[POL-SEC-REST] blind index is keyed and normalizes e-mail", () => {
    const a = crypto.emailIndex(" Ann@Example.org ");
    expect(a).toBe(crypto.emailIndex("ann@example.org"));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    const otherKey = new FieldCrypto(parseKeyring(`k1:${k1}`, "k1"), randomBytes(32));
    expect(otherKey.emailIndex("ann@example.org")).not.toBe(a);
  });
});
