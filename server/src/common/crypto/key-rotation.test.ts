import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../app/bootstrap";
import { type AppConfig, loadConfig } from "../../app/config";
import { createUser, registerUser, signIn, VIEWER } from "../../test/factories";
import { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, testEnv, type TestApp } from "../../test/test-app";
import { APP_CREATE, createProgram, STATEMENT } from "../../test/workflow";
import { FieldCrypto } from "./field-crypto";
import { ENCRYPTED_COLUMNS, KeyRotationService } from "./key-rotation";

let app: TestApp;
const dirs: string[] = [];
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A config for the same database with other keys (the JWT secret stays, so tokens carry over). */
function configWith(env: Record<string, string>): AppConfig {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-keys-"));
  dirs.push(dir);
  return loadConfig(
    testEnv(dir, {
      CCP_JWT_SECRET: app.config.jwtSecret.toString("base64"),
      CCP_BLIND_INDEX_KEY: app.config.blindIndexKey.toString("base64"),
      ...env,
    }),
  );
}

const newKey = `t2:${randomBytes(32).toString("base64")}`;
const oldKey = () => `t1:${app.config.fieldKeyring.keys.get("t1")!.toString("base64")}`;

describe("field-key rotation [POL-SEC-REST]", () => {
  it("POL-SEC-REST: every *_enc column of the database is known to the rotation job", async () => {
    const cols = await app.sql<{ t: string; c: string }>("select table_name t, column_name c from information_schema.columns where table_schema = 'public' and column_name like '%\\_enc'");
    const known = new Set(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    expect(cols.map((r) => `${r.t}.${r.c}`).filter((k) => !known.has(k)).sort()).toEqual([]);
    expect([...known].filter((k) => !cols.some((r) => `${r.t}.${r.c}` === k))).toEqual([]);
  });

  it("POL-SEC-REST: keys:rotate re-encrypts every value under the new key in resumable batches; the old key can then be retired", async () => {
    const { client, input } = await registerUser(app, { firstName: "Rotana", phone: "+1 555 0177" });
    await client.ok("mutation { consentSet(purpose: ANALYTICS, given: true) { errors { code } } }");
    await client.ok('mutation { analyticsEventsRecord(events: [{ kind: PAGE_VIEW, name: "/app" }]) { errors { code } } }');
    await client.ok("mutation($i: ProfessionalProfileInput!) { professionalProfileUpdate(input: $i) { errors { code } } }", { i: { experience: [{ employer: "Rotation Care Home", role: "Aide" }] } });
    const program = await createProgram(client, "Rotation program");
    const a = await client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: STATEMENT } });
    const up = await fetch(`${app.url}/api/applications/${a.applicationCreate.application.id}/evidence`, { method: "POST", headers: { authorization: `Bearer ${client.token}`, "x-filename": "rotation.pdf" }, body: "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF" });
    expect(up.status).toBe(201);
    const staff = await createUser(app, { role: "ADMIN", mfa: true });
    const made = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }");
    const exportId = made.privacyRequestCreate.privacyRequest.id;
    await app.server.services.privacyRequests.runExport(exportId); // chunks: AAD bound to request id + seq

    const next = configWith({ CCP_FIELD_KEYS: `${oldKey()},${newKey}`, CCP_FIELD_KEY_ACTIVE: "t2" });
    const rotation = new KeyRotationService(app.server.services.ds, new FieldCrypto(next.fieldKeyring, next.blindIndexKey));
    const before = (await rotation.pending()).reduce((n, p) => n + p.pending, 0);
    expect(before).toBeGreaterThan(10);

    // A bounded run stops part-way; the next run carries on from what is left.
    const partial = await rotation.rotate({ batchSize: 3, maxBatches: 2 });
    const done = partial.reduce((n, p) => n + p.rotated, 0);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThanOrEqual(6);
    expect(partial.reduce((n, p) => n + p.pending, 0)).toBe(before - done);
    const rest = await rotation.rotate({ batchSize: 3 });
    expect(rest.reduce((n, p) => n + p.pending, 0)).toBe(0);
    expect(rest.reduce((n, p) => n + p.rotated, 0)).toBe(before - done);

    // Raw SQL: no text envelope and no file under t1 any more.
    const [{ n }] = await app.sql<{ n: string }>("select count(*) n from users where email_enc like 'v1.t1.%' or first_name_enc like 'v1.t1.%'");
    expect(Number(n)).toBe(0);
    const files = await app.sql<{ head: string }>("select encode(substring(data_enc from 1 for 3), 'escape') head from evidence_files");
    expect(files.every((f) => f.head === "\u0002t2")).toBe(true);

    // An app holding only the new key reads everything: sign-in (e-mail), profile, MFA, files.
    const onlyNew = await startServer({ config: configWith({ CCP_FIELD_KEYS: newKey, CCP_FIELD_KEY_ACTIVE: "t2" }), clock: app.clock, databaseUrl: app.databaseUrl, jobs: false });
    try {
      const c = new GraphQLTestClient(onlyNew.url);
      await signIn(app, c, input.email);
      const v = await c.ok<{ viewer: { firstName: string; phone: string } }>(VIEWER);
      expect(v.viewer).toMatchObject({ firstName: "Rotana", phone: "+1 555 0177" });
      const [{ id }] = await app.sql<{ id: string }>("select id from evidence_files limit 1");
      const file = await fetch(`${onlyNew.url}/api/evidence/${id}`, { headers: { authorization: `Bearer ${c.token}` } });
      expect((await file.text()).startsWith("%PDF-1.7")).toBe(true);
      const exported = await fetch(`${onlyNew.url}/api/privacy-requests/${exportId}/export`, { headers: { authorization: `Bearer ${c.token}` } });
      expect(((await exported.json()) as { sections: { account: { firstName: string } } }).sections.account.firstName).toBe("Rotana");
      const s = new GraphQLTestClient(onlyNew.url);
      await signIn(app, s, staff.email, staff.secret); // TOTP secret decrypts under t2
      expect((await s.ok<{ viewer: { mfaEnabled: boolean } }>(VIEWER)).viewer.mfaEnabled).toBe(true);
    } finally {
      await onlyNew.close();
    }
    // Tampering is still detected after rotation (AAD binding carried over).
    const [u] = await app.sql<{ id: string; first_name_enc: string }>("select id, first_name_enc from users where id <> $1 limit 1", ["00000000-0000-0000-0000-000000000000"]);
    const crypto2 = new FieldCrypto(next.fieldKeyring, next.blindIndexKey);
    expect(() => crypto2.decrypt(`users.last_name.${u.id}`, u.first_name_enc)).toThrow(/authentication failed/);
  });

  it("POL-SEC-REST: the blind-index key can be rotated: e-mail sign-in works with the new key only", async () => {
    const { input } = await registerUser(app);
    const newBlind = randomBytes(32).toString("base64");
    // Both field keys: the previous test moved some values to t2, this one was written under t1.
    const next = configWith({ CCP_FIELD_KEYS: `${oldKey()},${newKey}`, CCP_FIELD_KEY_ACTIVE: "t2", CCP_BLIND_INDEX_KEY: newBlind });
    const current = configWith({ CCP_FIELD_KEYS: `${oldKey()},${newKey}`, CCP_FIELD_KEY_ACTIVE: "t2" });
    const rotation = new KeyRotationService(app.server.services.ds, new FieldCrypto(current.fieldKeyring, current.blindIndexKey));
    const counts = await rotation.rotateBlindIndex(new FieldCrypto(next.fieldKeyring, next.blindIndexKey));
    expect(counts.users).toBeGreaterThan(0);
    expect(counts.privacy_request_verifications).toBe(0);
    const withNew = await startServer({ config: next, clock: app.clock, databaseUrl: app.databaseUrl, jobs: false });
    try {
      const c = new GraphQLTestClient(withNew.url);
      await signIn(app, c, input.email);
      expect(c.token).toBeTruthy();
    } finally {
      await withNew.close();
    }
    const old = await app.client().request<{ authLogin: { errors: { code: string }[] } }>("mutation($i: AuthLoginInput!) { authLogin(input: $i) { errors { code } } }", { i: { email: input.email, password: input.password } });
    expect(old.data?.authLogin.errors[0].code).toBe("INVALID_CREDENTIALS");
  });
});
