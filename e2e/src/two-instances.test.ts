import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql } from "./api";
import { ROOT } from "./global-setup";

/**
 * Two API processes (the built server, `node server/dist/app/main.js`) started at the same moment
 * on one fresh PostgreSQL, as behind a load balancer (issue 7, docs/SCALING.md): both must come up,
 * and sessions, rate limits, background jobs and uploads must behave as on one instance.
 * (server/src/app/scale-out.test.ts checks the same with two servers in one process and a test clock.)
 */
const serverRequire = createRequire(path.join(ROOT, "server", "package.json"));
const { startEmbeddedPostgres } = serverRequire("./dist/database/embedded.js") as {
  startEmbeddedPostgres(o: { dataDir: string; port: number; database: string }): Promise<{ url: string; stop(): Promise<void> }>;
};
const { generateSecrets } = serverRequire("./dist/common/crypto/secrets.js") as { generateSecrets(): Record<string, string> };
/** The little of `pg` (the server's dependency) this test uses. */
interface SqlClient {
  connect(): Promise<void>;
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}
const pg = serverRequire("pg") as { Client: new (o: { connectionString: string }) => SqlClient };

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });

const MAIN = path.join(ROOT, "server", "dist", "app", "main.js");
const PASSWORD = "two instances passphrase";

interface Instance {
  base: string;
  child: ChildProcess;
  output: () => string;
}

let dir: string;
let db: { url: string; stop(): Promise<void> };
let sql: SqlClient;
let a: Instance;
let b: Instance;

function startInstance(env: Record<string, string>): Promise<Instance> {
  return freePort().then((port) => {
    let output = "";
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (d) => (output += String(d)));
    child.stderr!.on("data", (d) => (output += String(d)));
    return { base: `http://127.0.0.1:${port}`, child, output: () => output };
  });
}

async function healthy(i: Instance): Promise<void> {
  for (let n = 0; n < 600; n++) {
    if (i.child.exitCode !== null) throw new Error(`instance exited with ${i.child.exitCode}:\n${i.output()}`);
    try {
      if ((await fetch(`${i.base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`instance not healthy:\n${i.output()}`);
}

async function stopInstance(i: Instance | undefined): Promise<void> {
  if (!i || i.child.exitCode !== null) return;
  i.child.kill("SIGTERM");
  await new Promise((r) => i.child.once("exit", r));
}

async function register(base: string, email: string): Promise<{ token: string; id: string }> {
  const policies = (await gql<{ currentPolicyVersions: { id: string }[] }>(base, "{ currentPolicyVersions { id } }")).currentPolicyVersions.map((p) => p.id);
  const r = await gql<{ authRegister: { accessToken: string; errors: unknown[] } }>(base, "mutation($i: AuthRegisterInput!) { authRegister(input: $i) { accessToken errors { code } } }", {
    i: { email, password: PASSWORD, firstName: "Two", lastName: "Instances", dateOfBirth: "1985-01-01", acceptedPolicyVersionIds: policies },
  });
  expect(r.authRegister.errors).toEqual([]);
  const viewer = await gql<{ viewer: { id: string } }>(base, "{ viewer { id } }", {}, r.authRegister.accessToken);
  return { token: r.authRegister.accessToken, id: viewer.viewer.id };
}

const wait = async <T>(what: string, probe: () => Promise<T | null | undefined | false>, tries = 300): Promise<T> => {
  for (let n = 0; n < tries; n++) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "ccp-two-"));
  chmodSync(dir, 0o755);
  db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "ccp_two" });
  // One set of secrets and one data folder (the mail folder shows every e-mail sent by either).
  const env = { ...generateSecrets(), NODE_ENV: "development", DATABASE_URL: db.url, CCP_DATA_DIR: dir, LOG_LEVEL: "warn" };
  // Started together on an empty database: both migrate, seed and set up the job queue at once.
  [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  await Promise.all([healthy(a), healthy(b)]);
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await db?.stop();
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
});

describe("two API processes on one fresh PostgreSQL", () => {
  it("both start together on an empty database, migrated and seeded once", async () => {
    const migrations = await sql.query("select name, count(*)::int as n from migrations group by name having count(*) > 1");
    expect(migrations.rows).toEqual([]);
    const policies = await sql.query("select kind, count(*)::int as n from policy_versions group by kind having count(*) > 1");
    expect(policies.rows).toEqual([]);
    for (const i of [a, b]) expect(await (await fetch(`${i.base}/healthz`)).json()).toMatchObject({ status: "ok" });
  });

  it("a session made on one process works on the other, and logging out on the other ends it", async () => {
    const { token, id } = await register(a.base, "session.two@example.org");
    expect((await gql<{ viewer: { id: string } }>(b.base, "{ viewer { id } }", {}, token)).viewer.id).toBe(id);
    await gql(b.base, "mutation { authLogout { ok } }", {}, token);
    const after = await fetch(`${a.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "{ myPrivacyRequests { id } }" }) });
    expect(((await after.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("failed sign-ins on both processes add up to one limit", async () => {
    const email = "limits.two@example.org";
    await register(a.base, email);
    const login = (base: string, password: string) =>
      gql<{ authLogin: { accessToken: string | null; errors: { code: string }[] } }>(base, "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken errors { code } } }", { i: { email, password } });
    for (let n = 0; n < 5; n++) await login(a.base, `${PASSWORD} wrong`);
    for (let n = 0; n < 5; n++) await login(b.base, `${PASSWORD} wrong`);
    const right = await login(a.base, PASSWORD);
    expect(right.authLogin.accessToken).toBeNull();
    expect(right.authLogin.errors.map((e) => e.code)).toEqual(["RATE_LIMITED"]);
  });

  it("every e-mail queued while both workers run is sent exactly once", async () => {
    const people = await Promise.all(Array.from({ length: 8 }, (_, n) => register(n % 2 ? a.base : b.base, `mail.two.${n}@example.org`)));
    const ids = people.map((p) => p.id);
    // Wait until the outbox says every message to these people has gone (both processes' workers compete for them).
    const mails = await wait("the outbox to be delivered", async () => {
      const { rows } = await sql.query<{ id: string; sent_at: Date | null }>("select id, sent_at from mail_outbox where user_id = any($1)", [ids]);
      return rows.length >= ids.length && rows.every((r) => r.sent_at) ? rows : null;
    });
    const files = readdirSync(path.join(dir, "mail")).filter((f) => f.endsWith(".json"));
    for (const m of mails) expect(files.filter((f) => f.endsWith(`-${m.id}.json`))).toHaveLength(1);
    const recipients = files.map((f) => (JSON.parse(readFileSync(path.join(dir, "mail", f), "utf8")) as { to: string }).to);
    for (let n = 0; n < people.length; n++) expect(recipients.filter((to) => to === `mail.two.${n}@example.org`).length).toBeGreaterThanOrEqual(1);
  });

  it("evidence uploaded through one process downloads through the other", async () => {
    const { token } = await register(a.base, "upload.two@example.org");
    const program = await gql<{ programCreate: { program: { id: string } } }>(a.base, "mutation($i: ProgramCreateInput!) { programCreate(input: $i) { program { id } } }", { i: { title: "Two instances program", modules: [{ title: "M1", hours: 10 }], instructors: [{ fullName: "I One", qualifications: "RN" }] } }, token);
    const draft = await gql<{ applicationCreate: { application: { id: string } } }>(a.base, "mutation($i: ApplicationCreateInput!) { applicationCreate(input: $i) { application { id } } }", { i: { kind: "PROGRAM_ACCREDITATION", programId: program.programCreate.program.id, statement: "A statement long enough to submit." } }, token);
    const body = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF";
    const up = await fetch(`${a.base}/api/applications/${draft.applicationCreate.application.id}/evidence`, { method: "POST", headers: { authorization: `Bearer ${token}`, "x-filename": "curriculum.pdf" }, body });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const down = await fetch(`${b.base}/api/evidence/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(down.status).toBe(200);
    expect(await down.text()).toBe(body);
  });

  it("a privacy export asked of one process is prepared once by whichever worker takes it", async () => {
    const { token, id: userId } = await register(b.base, "export.two@example.org");
    const made = await gql<{ privacyRequestCreate: { privacyRequest: { id: string } } }>(b.base, "mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }", {}, token);
    const id = made.privacyRequestCreate.privacyRequest.id;
    await wait(
      "the export",
      async () => (await gql<{ privacyRequest: { status: string } }>(a.base, "query($id: ID!) { privacyRequest(id: $id) { status } }", { id }, token)).privacyRequest.status === "COMPLETED",
      600,
    );
    const audit = await sql.query<{ n: number }>("select count(*)::int as n from audit_events where action = 'privacy_request.exported' and target_id = $1", [id]);
    expect(audit.rows[0].n).toBe(1);
    const ready = await sql.query<{ n: number }>("select count(*)::int as n from notifications where user_id = $1 and kind = 'privacy.export_ready'", [userId]);
    expect(ready.rows[0].n).toBe(1);
    const file = await fetch(`${a.base}/api/privacy-requests/${id}/export`, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
    expect(((await file.json()) as { format: string }).format).toBe("carecoreplus.personal-data-export.v1");
  });
});
