import { describe, expect, it } from "vitest";
import { checkPassword, hashPassword, needsRehash, verifyPassword } from "./password";

describe("password rules (SECURITY.md 6.2.x)", () => {
  it("needs 12 to 128 characters counted as code points, with no composition rules", () => {
    expect(checkPassword("short pass!")).toBe("TOO_SHORT"); // 11
    expect(checkPassword("just twelve!")).toBeNull(); // 12, no digits or capitals needed
    expect(checkPassword("😀".repeat(12))).toBeNull(); // 12 code points, 24 UTF-16 units
    expect(checkPassword("😀".repeat(11))).toBe("TOO_SHORT");
    expect(checkPassword("a".repeat(128).replace(/^a{4}/, "xyzw"))).toBeNull();
    expect(checkPassword("b".repeat(129))).toBe("TOO_LONG");
  });

  it("rejects passwords from the bundled common-password list, case-insensitively", () => {
    expect(checkPassword("qwerty123456")).toBe("COMMON");
    expect(checkPassword("QWERTY123456")).toBe("COMMON");
    expect(checkPassword("1q2w3e4r5t6y")).toBe("COMMON");
  });

  it("hashes with argon2id m=19456,t=2,p=1 and verifies without truncation", async () => {
    const long = `${"x".repeat(100)}tail-matters`;
    const hash = await hashPassword(long);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(hash, long)).toBe(true);
    expect(await verifyPassword(hash, `${"x".repeat(100)}tail-mattered`)).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
    expect(await verifyPassword("not a hash", "whatever")).toBe(false);
  });
});
