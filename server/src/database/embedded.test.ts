import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../test/global-setup";
import { startEmbeddedPostgres } from "./embedded";

const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-embedded-"));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ping(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query("select 1 as one");
  await c.end();
  return rows[0].one as number;
}

describe("embedded PostgreSQL", () => {
  it("initialises once, creates the database, and reuses a postmaster left by a killed run", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir: dir, port, database: "ccp_embedded_test" });
    expect(await ping(first.url)).toBe(1);
    // Simulate a crash of the owning process: the postmaster keeps running, nobody stops it.
    const second = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: "ccp_embedded_test", adoptLeftover: true });
    expect(new URL(second.url).port).toBe(String(port));
    expect(await ping(second.url)).toBe(1);
    await second.stop(); // the adopter owns it now
    const third = await startEmbeddedPostgres({ dataDir: dir, port, database: "ccp_embedded_test" });
    expect(await ping(third.url)).toBe(1);
    await third.stop();
  }, 60_000);
});
