import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { generateSecrets, SECRET_NAMES, type SecretEnv } from "../common/crypto/secrets";

/** Repository root: server/{src,dist}/app -> ../../.. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

const base64Key = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .refine((v) => Buffer.from(v, "base64").length >= 32, `${name} must be at least 32 bytes, base64-encoded`);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATABASE_MIGRATION_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_MIGRATION_URL must start with postgres:// or postgresql://")
    .optional(),
  CORS_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/, "CORS_ORIGINS must be a comma-separated list of origins such as https://portal.example.org")
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^[A-Za-z0-9.:/, ]+$/, "TRUST_PROXY lists proxy addresses or subnets, e.g. loopback, 10.0.0.0/8")
    .default("loopback"),
  CCP_DATA_DIR: z.string().min(1).optional(),
  CCP_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PUBLIC_URL: z.url({ error: "PUBLIC_URL must be an absolute URL such as https://certify.example.org" }).optional(),
  CCP_RATE_LIMITS: z.enum(["on", "off"]).default("on"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("CareCorePlus <no-reply@carecoreplus.local>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CCP_JWT_SECRET: base64Key("CCP_JWT_SECRET").optional(),
  CCP_FIELD_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, "CCP_FIELD_KEYS must look like kid1:base64key,kid2:base64key")
    .optional(),
  CCP_FIELD_KEY_ACTIVE: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
  CCP_BLIND_INDEX_KEY: base64Key("CCP_BLIND_INDEX_KEY").optional(),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, "STRIPE_SECRET_KEY must look like sk_test_… or sk_live_…").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "STRIPE_WEBHOOK_SECRET must start with whsec_").optional(),
  STRIPE_API_BASE: z.url().optional(),
});

export interface Keyring {
  activeKid: string;
  keys: Map<string, Buffer>;
}

export interface AppConfig {
  env: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  databaseUrl: string | undefined;
  /** The schema owner, for migrations, when the app itself runs as a least-privilege role (DATABASE_URL). */
  databaseMigrationUrl: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (Express "trust proxy"): the client address for rate limits. */
  trustProxy: string[];
  /** Origins allowed to call the API from a browser (CORS); empty = same origin only. */
  corsOrigins: string[];
  dataDir: string;
  embeddedPgPort: number;
  publicUrl: string | undefined;
  rateLimits: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  jwtSecret: Buffer;
  fieldKeyring: Keyring;
  blindIndexKey: Buffer;
  /** Issuer and audience of access tokens. */
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  stripe: { secretKey: string; webhookSecret: string | undefined; apiBase: string | undefined } | null;
  refreshIdleSeconds: number;
  refreshAbsoluteSeconds: number;
}

export class ConfigError extends Error {}

export function parseKeyring(spec: string, active: string | undefined): Keyring {
  const keys = new Map<string, Buffer>();
  for (const part of spec.split(",")) {
    const [kid, b64] = part.split(":");
    const key = Buffer.from(b64, "base64");
    if (key.length !== 32) throw new ConfigError(`CCP_FIELD_KEYS: key "${kid}" must be exactly 32 bytes (AES-256)`);
    keys.set(kid, key);
  }
  const activeKid = active ?? [...keys.keys()].at(-1)!;
  if (!keys.has(activeKid)) throw new ConfigError(`CCP_FIELD_KEY_ACTIVE "${activeKid}" is not in CCP_FIELD_KEYS`);
  return { activeKid, keys };
}

/**
 * Development secrets live in CCP_DATA_DIR/secrets.json (git-ignored), generated on first use so
 * a newcomer needs nothing; production must bring its own through the environment.
 */
function loadDevSecrets(dataDir: string): SecretEnv {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as SecretEnv;
  mkdirSync(dataDir, { recursive: true });
  const secrets = generateSecrets();
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as unset (`DATABASE_URL= pnpm start` means "embedded").
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.DATABASE_MIGRATION_URL && !e.DATABASE_URL) throw new ConfigError("DATABASE_MIGRATION_URL (the schema owner) needs DATABASE_URL (the app's own role) too.");
  const isProduction = e.NODE_ENV === "production";
  const dataDir = path.resolve(e.CCP_DATA_DIR ?? path.join(REPO_ROOT, ".data"));

  let secrets: Partial<SecretEnv> = {
    CCP_JWT_SECRET: e.CCP_JWT_SECRET,
    CCP_FIELD_KEYS: e.CCP_FIELD_KEYS,
    CCP_FIELD_KEY_ACTIVE: e.CCP_FIELD_KEY_ACTIVE,
    CCP_BLIND_INDEX_KEY: e.CCP_BLIND_INDEX_KEY,
  };
  const missing = SECRET_NAMES.filter((n) => n !== "CCP_FIELD_KEY_ACTIVE" && !secrets[n]);
  if (missing.length > 0) {
    if (isProduction) {
      throw new ConfigError(
        `NODE_ENV=production needs its secrets in the environment; missing: ${missing.join(", ")}.\n` +
          `Generate them with: pnpm --silent cli secrets:generate`,
      );
    }
    secrets = { ...loadDevSecrets(dataDir), ...Object.fromEntries(Object.entries(secrets).filter(([, v]) => v)) };
  }

  const port = e.PORT;
  return {
    env: e.NODE_ENV,
    isProduction,
    port,
    databaseUrl: e.DATABASE_URL,
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    trustProxy: e.TRUST_PROXY.split(",").map((p) => p.trim()).filter(Boolean),
    corsOrigins: (e.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
    dataDir,
    embeddedPgPort: e.CCP_EMBEDDED_PG_PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    rateLimits: e.CCP_RATE_LIMITS === "on",
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    jwtSecret: Buffer.from(secrets.CCP_JWT_SECRET!, "base64"),
    fieldKeyring: parseKeyring(secrets.CCP_FIELD_KEYS!, secrets.CCP_FIELD_KEY_ACTIVE),
    blindIndexKey: Buffer.from(secrets.CCP_BLIND_INDEX_KEY!, "base64"),
    jwtIssuer: "carecoreplus",
    jwtAudience: "carecoreplus-api",
    accessTokenTtlSeconds: 15 * 60,
    stripe: e.STRIPE_SECRET_KEY ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, apiBase: e.STRIPE_API_BASE } : null,
    refreshIdleSeconds: 7 * 24 * 3600,
    refreshAbsoluteSeconds: 30 * 24 * 3600,
  };
}

/** The public base URL: PUBLIC_URL, else http://localhost:<port actually listened on>. */
export function publicUrlOf(config: AppConfig, listeningPort?: number): string {
  return config.publicUrl ?? `http://localhost:${listeningPort ?? config.port}`;
}
