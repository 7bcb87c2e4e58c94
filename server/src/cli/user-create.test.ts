import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, testEnv } from "../test/test-app";
import { createUserCommand } from "./user-create";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "ccp-cli-"));
const saved = { ...process.env };

beforeAll(async () => {
  db = await createTestDatabase();
  Object.assign(process.env, testEnv(dataDir, { DATABASE_URL: db.url }));
});
afterAll(async () => {
  process.env = saved;
  await db.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await createUserCommand(args);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const ARGS = ["--email", "first.admin@example.org", "--password", "an admin passphrase", "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Admin", "--date-of-birth", "1980-05-01"];

describe("pnpm cli user:create", () => {
  it("creates a verified user with the role and prints only its id", async () => {
    const r = await run(ARGS);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[0-9a-f-]{36}\n$/);
    const c = new Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query("select roles, email_verified_at, email_enc from users where id = $1", [r.out.trim()]);
    await c.end();
    expect(rows[0].roles).toEqual(["ADMIN"]);
    expect(rows[0].email_verified_at).not.toBeNull();
    expect(rows[0].email_enc).toMatch(/^v1\./);
  });

  it("explains every bad argument and refuses duplicates", async () => {
    const bad = await run(["--email", "nope", "--password", "short", "--role", "OWNER", "--date-of-birth", "1980-13-01"]);
    expect(bad.code).toBe(2);
    for (const flag of ["--email", "--password", "--role", "--first-name", "--last-name", "--date-of-birth"]) expect(bad.err).toContain(flag);
    const dup = await run(ARGS);
    expect(dup.code).toBe(3);
    expect(dup.err).toMatch(/already exists/);
  });

  it("[POL-CHILD-18] refuses to create an account for someone under 18", async () => {
    const r = await run([...ARGS.slice(0, 1), "teen@example.org", ...ARGS.slice(2, 10), "--date-of-birth", "2015-01-01"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/18/);
  });
});
