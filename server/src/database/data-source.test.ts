import { describe, expect, inject, it } from "vitest";
import { createDataSource, sslFromUrl } from "./data-source";

describe("TLS to PostgreSQL [POL-SEC-TRANSIT]", () => {
  it("[POL-SEC-TRANSIT] uses TLS when DATABASE_URL asks for it (sslmode), verifying the certificate for verify-full/verify-ca", () => {
    expect(sslFromUrl("postgres://u@db/x")).toBeUndefined();
    expect(sslFromUrl("postgres://u@db/x?sslmode=disable")).toBeUndefined();
    expect(sslFromUrl("postgres://u@db/x?sslmode=require")).toEqual({ rejectUnauthorized: false });
    expect(sslFromUrl("postgres://u@db/x?sslmode=verify-full")).toEqual({ rejectUnauthorized: true });
    expect(sslFromUrl("postgres://u@db/x?sslmode=verify-ca")).toEqual({ rejectUnauthorized: true });
  });

  it("[POL-SEC-TRANSIT] with sslmode the connection is encrypted, or refused — never silently plain text", async () => {
    const plain = createDataSource({ url: inject("adminDatabaseUrl") });
    await plain.initialize();
    const [{ ssl }] = (await plain.query("show ssl")) as { ssl: string }[];
    await plain.destroy();
    const url = new URL(inject("adminDatabaseUrl"));
    url.searchParams.set("sslmode", "require");
    const ds = createDataSource({ url: url.toString() });
    if (ssl !== "on") {
      // The embedded server has no TLS: asking for it must fail rather than fall back.
      await expect(ds.initialize()).rejects.toThrow(/ssl/i);
      return;
    }
    await ds.initialize();
    try {
      const [{ encrypted }] = (await ds.query("select ssl as encrypted from pg_stat_ssl where pid = pg_backend_pid()")) as { encrypted: boolean }[];
      expect(encrypted).toBe(true);
    } finally {
      await ds.destroy();
    }
  });
});
