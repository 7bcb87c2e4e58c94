import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { Keyring } from "../../app/config";

/**
 * Field-level encryption of personal data (POL-SEC-REST).
 * Envelope: `v1.<kid>.<iv b64url>.<ciphertext+tag b64url>`, AES-256-GCM with a random 12-byte IV.
 * AAD binds the value to `table.column.rowId`, so a ciphertext copied to another row or column
 * fails to decrypt.
 */
export class FieldCrypto {
  constructor(
    private readonly keyring: Keyring,
    private readonly blindIndexKey: Buffer,
  ) {}

  get activeKid(): string {
    return this.keyring.activeKid;
  }

  encrypt(aad: string, plaintext: string): string {
    const kid = this.keyring.activeKid;
    const key = this.keyring.keys.get(kid)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from(aad, "utf8"));
    const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `v1.${kid}.${iv.toString("base64url")}.${ct.toString("base64url")}`;
  }

  decrypt(aad: string, envelope: string): string {
    const parts = envelope.split(".");
    if (parts.length !== 4 || parts[0] !== "v1") throw new FieldCryptoError("not an encryption envelope");
    const [, kid, ivB64, ctB64] = parts;
    const key = this.keyring.keys.get(kid);
    if (!key) throw new FieldCryptoError(`unknown key id ${kid}`);
    const iv = Buffer.from(ivB64, "base64url");
    const data = Buffer.from(ctB64, "base64url");
    if (iv.length !== 12 || data.length < 16) throw new FieldCryptoError("malformed envelope");
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(data.subarray(data.length - 16));
    try {
      return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
    } catch {
      throw new FieldCryptoError("authentication failed (tampered value or wrong row)");
    }
  }

  /**
   * Binary envelope for files: `kidLen(1) | kid | iv(12) | tag(16) | ciphertext`, same keyring and
   * AAD binding as text fields.
   */
  encryptBytes(aad: string, plaintext: Buffer): Buffer {
    const kid = this.keyring.activeKid;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.keyring.keys.get(kid)!, iv);
    cipher.setAAD(Buffer.from(aad, "utf8"));
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const kidBuf = Buffer.from(kid, "utf8");
    return Buffer.concat([Buffer.from([kidBuf.length]), kidBuf, iv, cipher.getAuthTag(), ct]);
  }

  decryptBytes(aad: string, envelope: Buffer): Buffer {
    const kidLen = envelope[0];
    if (!kidLen || envelope.length < 1 + kidLen + 28) throw new FieldCryptoError("malformed binary envelope");
    const kid = envelope.subarray(1, 1 + kidLen).toString("utf8");
    const key = this.keyring.keys.get(kid);
    if (!key) throw new FieldCryptoError(`unknown key id ${kid}`);
    const iv = envelope.subarray(1 + kidLen, 13 + kidLen);
    const tag = envelope.subarray(13 + kidLen, 29 + kidLen);
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(envelope.subarray(29 + kidLen)), decipher.final()]);
    } catch {
      throw new FieldCryptoError("authentication failed (tampered file or wrong row)");
    }
  }

  encryptNullable(aad: string, plaintext: string | null | undefined): string | null {
    return plaintext === null || plaintext === undefined || plaintext === "" ? null : this.encrypt(aad, plaintext);
  }

  decryptNullable(aad: string, envelope: string | null): string | null {
    return envelope === null ? null : this.decrypt(aad, envelope);
  }

  /** Keyed blind index: HMAC-SHA256(blind-index key, normalized value), hex. Never an unkeyed hash. */
  blindIndex(purpose: string, value: string): string {
    return createHmac("sha256", this.blindIndexKey).update(`${purpose}:${value}`).digest("hex");
  }

  emailIndex(email: string): string {
    return this.blindIndex("email", normalizeEmail(email));
  }
}

export class FieldCryptoError extends Error {}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function aadFor(table: string, column: string, rowId: string): string {
  return `${table}.${column}.${rowId}`;
}
