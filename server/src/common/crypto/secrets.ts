import { randomBytes } from "node:crypto";

export const SECRET_NAMES = ["CCP_JWT_SECRET", "CCP_FIELD_KEYS", "CCP_FIELD_KEY_ACTIVE", "CCP_BLIND_INDEX_KEY"] as const;
export type SecretEnv = Record<(typeof SECRET_NAMES)[number], string>;

/** A fresh set of secrets: JWT signing key, field-encryption keyring (one key), blind-index key. */
export function generateSecrets(kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`): SecretEnv {
  return {
    CCP_JWT_SECRET: randomBytes(48).toString("base64"),
    CCP_FIELD_KEYS: `${kid}:${randomBytes(32).toString("base64")}`,
    CCP_FIELD_KEY_ACTIVE: kid,
    CCP_BLIND_INDEX_KEY: randomBytes(32).toString("base64"),
  };
}

export function formatSecretsAsShell(secrets: SecretEnv): string {
  return Object.entries(secrets)
    .map(([k, v]) => `export ${k}='${v}'`)
    .join("\n");
}
