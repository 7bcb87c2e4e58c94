import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../app/bootstrap";
import { aadFor } from "../common/crypto/field-crypto";
import { AuditService } from "../modules/audit/audit.service";
import { ErasureService } from "../modules/privacy/erasure.service";
import { registerUser, signIn, signedInStaff } from "../test/factories";
import { GraphQLTestClient } from "../test/graphql-client";
import { createTestApp, createTestDatabase, type TestApp } from "../test/test-app";
import { createSubmittedAccreditation, decide } from "../test/workflow";
import { BackupError, backupDatabase, erasuresIn, manifestPathOf, restoreDatabase } from "./backup";

let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await createTestApp();
  dir = mkdtempSync(path.join(os.tmpdir(), "ccp-backup-"));
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function query<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

describe("backup and restore drill [POL-SEC-BACKUP][POL-RIGHT-DELETE]", () => {
  it("POL-SEC-BACKUP: a restore round-trips every table (counts and checksums), decrypts, serves a smoke flow, and re-applies later erasures", async () => {
    const s = app.server.services;
    const reviewer = (await signedInStaff(app, "REVIEWER")).client;
    const kept = await registerUser(app, { firstName: "Restoria", phone: "+1 555 0199" });
    const { applicationId } = await createSubmittedAccreditation(kept.client, "Backup drill program");
    const number = (await decide(reviewer, applicationId, "APPROVE")).application!.credential!.number;
    const gone = await registerUser(app, { firstName: "Erasmusdrill" });

    const file = path.join(dir, "drill.dump");
    const manifest = await backupDatabase(app.databaseUrl, file, app.clock.now());
    expect(manifest.tables.users.rows).toBeGreaterThanOrEqual(3);
    expect(manifest.tables.credentials.rows).toBe(1);
    expect(manifest.lastMigration).toBeTruthy();

    // After the backup: one person is erased at their request, another registers.
    app.clock.advance(60_000);
    const erasure = new ErasureService(app.clock, s.crypto, new AuditService(app.clock));
    await s.ds.transaction((em) => erasure.eraseUser(em, gone.user.id, { type: "SYSTEM", userId: null, requestId: null }, "drill"));
    await registerUser(app, { firstName: "Latecomer" });

    const target = await createTestDatabase();
    let restored: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      const eraseIn = (url: string) => async (userId: string) => {
        const server = await startServer({ config: app.config, clock: app.clock, databaseUrl: url, jobs: false });
        try {
          await server.services.ds.transaction((em) => new ErasureService(app.clock, server.services.crypto, new AuditService(app.clock)).eraseUser(em, userId, { type: "SYSTEM", userId: null, requestId: null }, "restore"));
        } finally {
          await server.close();
        }
      };
      const report = await restoreDatabase({ file, target: target.url, erasures: await erasuresIn(app.databaseUrl, new Date(manifest.createdAt)), eraseUser: eraseIn(target.url) });
      expect(report.mismatches).toEqual([]);
      expect(report.erasuresReapplied).toEqual([gone.user.id]);

      // Nobody erased comes back; nothing written after the backup appears.
      const [g] = await query<{ erased_at: Date | null; first_name_enc: string }>(target.url, "select erased_at, first_name_enc from users where id = $1", [gone.user.id]);
      expect(g.erased_at).not.toBeNull();
      expect(s.crypto.decrypt(aadFor("users", "first_name", gone.user.id), g.first_name_enc)).not.toContain("Erasmusdrill");
      const users = await query<{ id: string; first_name_enc: string; phone_enc: string | null }>(target.url, "select id, first_name_enc, phone_enc from users");
      const names = users.map((u) => s.crypto.decrypt(aadFor("users", "first_name", u.id), u.first_name_enc));
      expect(names).not.toContain("Latecomer");
      // Sampled encrypted fields decrypt with the live keys.
      const k = users.find((u) => u.id === kept.user.id)!;
      expect(s.crypto.decrypt(aadFor("users", "first_name", k.id), k.first_name_enc)).toBe("Restoria");
      expect(s.crypto.decrypt(aadFor("users", "phone", k.id), k.phone_enc!)).toBe("+1 555 0199");

      // Smoke flow on the restored copy: sign in, read one's own data, verify the credential.
      restored = await startServer({ config: app.config, clock: app.clock, databaseUrl: target.url, jobs: false });
      const client = new GraphQLTestClient(restored.url);
      await signIn(app, client, kept.input.email);
      const v = await client.ok<{ viewer: { firstName: string } }>("{ viewer { firstName } }");
      expect(v.viewer.firstName).toBe("Restoria");
      const verify = await new GraphQLTestClient(restored.url).ok<{ credentialVerify: { status: string } }>("query($n: String!) { credentialVerify(number: $n) { status } }", { n: number });
      expect(verify.credentialVerify.status).toBe("VALID");
      const erasedLogin = await new GraphQLTestClient(restored.url).ok<{ authLogin: { errors: { code: string }[] } }>("mutation($i: AuthLoginInput!) { authLogin(input: $i) { errors { code } } }", { i: { email: gone.input.email, password: gone.input.password } });
      expect(erasedLogin.authLogin.errors.length).toBeGreaterThan(0);
      await restored.close();
      restored = undefined;

      // Restoring over a live database reads its audit trail first: the erasure is applied again.
      await expect(restoreDatabase({ file, target: target.url, eraseUser: eraseIn(target.url) })).rejects.toThrow(/not empty/);
      const again = await restoreDatabase({ file, target: target.url, replace: true, eraseUser: eraseIn(target.url) });
      expect(again.mismatches).toEqual([]);
      expect(again.erasuresReapplied).toEqual([gone.user.id]);
    } finally {
      await restored?.close();
      await target.drop();
    }
  });

  it("POL-SEC-BACKUP: a damaged or unmatched backup is refused before anything is touched", async () => {
    const file = path.join(dir, "damaged.dump");
    await backupDatabase(app.databaseUrl, file, app.clock.now());
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(file, bytes);
    const target = await createTestDatabase();
    try {
      const attempt = restoreDatabase({ file, target: target.url, eraseUser: async () => {} });
      await expect(attempt).rejects.toBeInstanceOf(BackupError);
      await expect(restoreDatabase({ file, target: target.url, eraseUser: async () => {} })).rejects.toThrow(/does not match its manifest/);
      rmSync(manifestPathOf(file));
      await expect(restoreDatabase({ file, target: target.url, eraseUser: async () => {} })).rejects.toThrow(/manifest .* is missing/);
      expect(await query(target.url, "select tablename from pg_tables where schemaname = 'public'")).toEqual([]);
    } finally {
      await target.drop();
    }
  });
});
