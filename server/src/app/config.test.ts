import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSecrets } from "../common/crypto/secrets";
import { ConfigError, loadConfig } from "./config";

const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("configuration", () => {
  it("stops with a clear message on a bad value", () => {
    expect(() => loadConfig({ CCP_DATA_DIR: dir, PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ CCP_DATA_DIR: dir, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => loadConfig({ CCP_DATA_DIR: dir, PUBLIC_URL: "not a url" })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ CCP_DATA_DIR: dir, CORS_ORIGINS: "*" })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CCP_DATA_DIR: dir, TRUST_PROXY: "everyone; drop" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ CCP_DATA_DIR: dir, DATABASE_MIGRATION_URL: "postgres://owner@db/ccp" })).toThrow(/needs DATABASE_URL/);
  });

  it("reads the proxy trust list and CORS origins (defaults: loopback, none)", () => {
    const d = loadConfig({ CCP_DATA_DIR: dir });
    expect(d.trustProxy).toEqual(["loopback"]);
    expect(d.corsOrigins).toEqual([]);
    const c = loadConfig({ CCP_DATA_DIR: dir, TRUST_PROXY: "loopback, 10.0.0.0/8", CORS_ORIGINS: "https://a.example.org, https://b.example.org:8443" });
    expect(c.trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
    expect(c.corsOrigins).toEqual(["https://a.example.org", "https://b.example.org:8443"]);
  });

  it("[POL-SEC-REST] refuses to start in production without secrets, naming them", () => {
    expect(() => loadConfig({ NODE_ENV: "production", CCP_DATA_DIR: dir })).toThrow(/CCP_JWT_SECRET, CCP_FIELD_KEYS, CCP_BLIND_INDEX_KEY/);
    expect(() => loadConfig({ NODE_ENV: "production", CCP_DATA_DIR: dir, ...generateSecrets(), CCP_JWT_SECRET: "c2hvcnQ=" })).toThrow(/at least 32 bytes/);
    const cfg = loadConfig({ NODE_ENV: "production", CCP_DATA_DIR: dir, ...generateSecrets("prod1") });
    expect(cfg.isProduction).toBe(true);
    expect(cfg.fieldKeyring.activeKid).toBe("prod1");
  });

  it("generates development secrets once into CCP_DATA_DIR, readable only by the owner", () => {
    const devDir = path.join(dir, "dev");
    const a = loadConfig({ CCP_DATA_DIR: devDir });
    const file = path.join(devDir, "secrets.json");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    const b = loadConfig({ CCP_DATA_DIR: devDir });
    expect(b.jwtSecret.equals(a.jwtSecret)).toBe(true);
    expect(JSON.parse(readFileSync(file, "utf8")).CCP_FIELD_KEYS).toMatch(/^k\d+:/);
  });

  it("rejects a field key that is not 32 bytes", () => {
    expect(() => loadConfig({ CCP_DATA_DIR: dir, ...generateSecrets(), CCP_FIELD_KEYS: "k1:c2hvcnQ=" })).toThrow(/exactly 32 bytes/);
  });
});
