import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestStore } from "../../app/context";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { ChunkSink, JsonStreamWriter } from "./export-writer";
import { EXPORT_SECTIONS } from "./personal-data.registry";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

/** Write a JSON value the streaming way: containers opened and closed, leaves (and some whole containers) as values. */
async function writeStreamed(out: JsonStreamWriter, v: unknown, depth = 0): Promise<void> {
  const whole = depth % 3 === 2;
  if (Array.isArray(v) && !whole) {
    out.open("array");
    for (const x of v) await writeStreamed(out, x, depth + 1);
    return out.close();
  }
  if (v && typeof v === "object" && !Array.isArray(v) && !whole) {
    out.open("object");
    for (const [k, x] of Object.entries(v)) await writeStreamed(out.key(k), x, depth + 1);
    return out.close();
  }
  return out.value(v);
}

describe("streamed JSON writer", () => {
  it("writes exactly what JSON.stringify(document, null, 2) prints, across chunk boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: 1, max: 64 }), async (doc, size) => {
        const chunks: Buffer[] = [];
        const out = new JsonStreamWriter(new ChunkSink(async (_seq, data) => void chunks.push(data), size));
        await writeStreamed(out, { format: "x", sections: doc, empty: [], none: {}, list: [1, [], {}, "a\nb"] });
        expect(Buffer.concat(chunks).toString("utf8")).toBe(JSON.stringify({ format: "x", sections: doc, empty: [], none: {}, list: [1, [], {}, "a\nb"] }, null, 2));
      }),
      { numRuns: 200 },
    );
  });

  it("leaves out members whose value is undefined, as JSON.stringify does", async () => {
    const chunks: Buffer[] = [];
    const out = new JsonStreamWriter(new ChunkSink(async (_seq, data) => void chunks.push(data)));
    out.open("object");
    await out.key("a").value(undefined);
    await out.key("b").value(1);
    await out.close();
    expect(Buffer.concat(chunks).toString()).toBe(JSON.stringify({ a: undefined, b: 1 }, null, 2));
  });
});

interface Seeded {
  applications: unknown[];
  messages: unknown[];
}

/** Applications (with a timeline) and messages for one person, inserted by SQL, encrypted as the services would. */
async function seedAccount(userId: string, counts: { applications: number; messages: number }): Promise<Seeded> {
  const crypto: FieldCrypto = app.server.services.crypto;
  const base = Date.parse("2026-01-01T00:00:00.000Z");
  const programId = randomUUID();
  const apps = Array.from({ length: counts.applications }, (_, i) => ({ id: randomUUID(), createdAt: new Date(base + i * 60_000), statement: `Statement ${i}: I completed the supervised practice hours — "quoted" and unicode ✓.` }));
  await app.sql(
    `insert into applications (id, kind, status, applicant_user_id, program_id, certification_type_id, statement_enc, submitted_at, created_at, updated_at)
     select id, 'INDIVIDUAL_CERTIFICATION', 'SUBMITTED', $1, $2, $2, s, c + interval '1 second', c, c from unnest($3::uuid[], $4::text[], $5::timestamptz[]) as t(id, s, c)`,
    [userId, programId, apps.map((a) => a.id), apps.map((a) => crypto.encrypt(aadFor("applications", "statement", a.id), a.statement)), apps.map((a) => a.createdAt)],
  );
  await app.sql(
    `insert into application_events (id, application_id, from_status, to_status, actor_user_id, reason, at)
     select gen_random_uuid(), id, 'DRAFT', 'SUBMITTED', $1::uuid, null, c + interval '1 second' from unnest($2::uuid[], $3::timestamptz[]) as t(id, c)
     union all select gen_random_uuid(), id, 'SUBMITTED', 'CHANGES_REQUESTED', null::uuid, 'Add your transcript', c + interval '2 seconds' from unnest($2::uuid[], $3::timestamptz[]) as t(id, c)`,
    [userId, apps.map((a) => a.id), apps.map((a) => a.createdAt)],
  );
  const staffId = randomUUID();
  const messages = Array.from({ length: counts.messages }, (_, j) => {
    const mine = j % 3 !== 0;
    return { id: randomUUID(), appId: apps[j % apps.length].id, mine, at: new Date(base + j * 1000), body: `Message ${j} about my application.\nSecond line.` };
  });
  await app.sql(
    `insert into messages (id, thread_type, thread_id, author_id, from_staff, body_enc, created_at)
     select id, 'APPLICATION', t, a, not m, b, c from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[], $5::text[], $6::timestamptz[]) as x(id, t, a, m, b, c)`,
    [messages.map((m) => m.id), messages.map((m) => m.appId), messages.map((m) => (m.mine ? userId : staffId)), messages.map((m) => m.mine), messages.map((m) => crypto.encrypt(aadFor("messages", "body", m.id), m.body)), messages.map((m) => m.at)],
  );
  const iso = (d: Date, plusMs = 0) => new Date(d.getTime() + plusMs).toISOString();
  return {
    applications: apps.map((a) => ({
      id: a.id,
      kind: "INDIVIDUAL_CERTIFICATION",
      status: "SUBMITTED",
      programId,
      statement: a.statement,
      submittedAt: iso(a.createdAt, 1000),
      decidedAt: null,
      decision: null,
      decisionReason: null,
      createdAt: iso(a.createdAt),
      timeline: [
        { from: "DRAFT", to: "SUBMITTED", reason: null, at: iso(a.createdAt, 1000) },
        { from: "SUBMITTED", to: "CHANGES_REQUESTED", reason: "Add your transcript", at: iso(a.createdAt, 2000) },
      ],
      evidence: [],
    })),
    messages: messages.map((m) => ({ id: m.id, thread: `APPLICATION:${m.appId}`, fromYou: m.mine, fromStaff: !m.mine, body: m.body, at: iso(m.at) })),
  };
}

/** Run the export job counting its SQL statements; returns the count and how many chunks it stored. */
async function exportCounted(client: GraphQLTestClient): Promise<{ id: string; statements: number; chunks: number }> {
  const made = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }");
  const id = made.privacyRequestCreate.privacyRequest.id;
  const store = { requestId: randomUUID(), queries: 0 };
  await requestStore.run(store, () => app.server.services.privacyRequests.runExport(id));
  const [{ n }] = await app.sql<{ n: number }>("select count(*)::int n from privacy_export_chunks where request_id = $1", [id]);
  return { id, statements: store.queries, chunks: n };
}

async function download(client: GraphQLTestClient, id: string): Promise<Response> {
  return fetch(`${app.url}/api/privacy-requests/${id}/export`, { headers: { authorization: `Bearer ${client.token}` } });
}

/** True when the download is refused or cut off part-way (never a whole-looking file). */
async function downloadFails(client: GraphQLTestClient, id: string): Promise<boolean> {
  try {
    const res = await download(client, id);
    if (res.status !== 200) return true;
    await res.text();
    return false;
  } catch {
    return true;
  }
}

describe("export of a heavy account [POL-RIGHT-ACCESS][POL-RIGHT-PORTABLE]", () => {
  it("POL-RIGHT-PORTABLE: 300 applications and 3,000 messages export in several encrypted chunks to the expected document, with statements per page, not per row", async () => {
    const light = await registerUser(app);
    await seedAccount(light.user.id, { applications: 3, messages: 10 });
    const small = await exportCounted(light.client);

    const heavy = await registerUser(app, { firstName: "Heavia" });
    const expected = await seedAccount(heavy.user.id, { applications: 300, messages: 3000 });
    // A retried job finds the chunks of an interrupted attempt and starts over without them.
    const made = await exportCounted(heavy.client);
    expect(made.chunks).toBeGreaterThan(1);
    await app.sql("update privacy_requests set status = 'IN_PROGRESS', export_expires_at = null where id = $1", [made.id]);
    await app.sql("insert into privacy_export_chunks (request_id, seq, data_enc) values ($1, $2, 'garbage')", [made.id, made.chunks + 3]);
    const store = { requestId: randomUUID(), queries: 0 };
    await requestStore.run(store, () => app.server.services.privacyRequests.runExport(made.id));
    const [{ n: chunks }] = await app.sql<{ n: number }>("select count(*)::int n from privacy_export_chunks where request_id = $1", [made.id]);
    expect(chunks).toBe(made.chunks);

    const res = await download(heavy.client, made.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="carecoreplus-data-${made.id}.json"`);
    const text = await res.text();
    const doc = JSON.parse(text) as { format: string; subject: { userId: string }; sections: { account: { firstName: string; language: string }; applications: unknown[]; messages: { supportRequests: unknown[]; messages: unknown[] } } };
    // The same bytes the whole document printed by JSON.stringify(…, null, 2) would have.
    expect(text).toBe(JSON.stringify(doc, null, 2));
    expect(doc.format).toBe("carecoreplus.personal-data-export.v1");
    expect(doc.sections.account.firstName).toBe("Heavia");
    expect(doc.sections.account.language).toBe("en");
    expect(doc.sections.applications).toEqual(expected.applications);
    expect(doc.sections.messages).toEqual({ supportRequests: [], messages: expected.messages });

    // 100× the rows, a handful more statements (cursor pages and chunks), never one per application.
    const net = (r: { statements: number; chunks: number }) => r.statements - r.chunks;
    expect(small.statements).toBeGreaterThan(EXPORT_SECTIONS.length); // the counter sees the job's statements
    expect(net({ statements: store.queries, chunks })).toBeLessThanOrEqual(net(small) + 12);

    // Stored chunks are encrypted and bound to their place: swapped, the download fails (refused, or
    // cut off once it has started) instead of serving a reordered file.
    const [raw] = await app.sql<{ data_enc: Buffer }>("select data_enc from privacy_export_chunks where request_id = $1 and seq = 0", [made.id]);
    expect(raw.data_enc.toString("latin1")).not.toContain("carecoreplus");
    await app.sql("update privacy_export_chunks set seq = -1 where request_id = $1 and seq = 0", [made.id]);
    await app.sql("update privacy_export_chunks set seq = 0 where request_id = $1 and seq = 1", [made.id]);
    await app.sql("update privacy_export_chunks set seq = 1 where request_id = $1 and seq = -1", [made.id]);
    expect(await downloadFails(heavy.client, made.id)).toBe(true);
  });

  it("POL-RIGHT-ACCESS: once the 7 days are over, the retention run deletes the export's chunks", async () => {
    const { client } = await registerUser(app);
    const made = await exportCounted(client);
    expect((await download(client, made.id)).status).toBe(200);
    app.clock.advance(8 * 86_400_000);
    const run = await app.server.services.retention.run("MANUAL", false);
    expect(run.report.find((r) => r.rule === "EXPIRED_EXPORTS")?.count).toBeGreaterThanOrEqual(1);
    const [{ n }] = await app.sql<{ n: number }>("select count(*)::int n from privacy_export_chunks where request_id = $1", [made.id]);
    expect(n).toBe(0);
  });

  it("POL-RIGHT-ACCESS: an export stored whole before chunks existed still downloads until it expires", async () => {
    const { client } = await registerUser(app);
    const made = await exportCounted(client);
    const legacy = Buffer.from(JSON.stringify({ format: "carecoreplus.personal-data-export.v1", sections: { legacy: true } }, null, 2));
    await app.sql("delete from privacy_export_chunks where request_id = $1", [made.id]);
    await app.sql("update privacy_requests set export_enc = $2 where id = $1", [made.id, app.server.services.crypto.encryptBytes(aadFor("privacy_requests", "export", made.id), legacy)]);
    const res = await download(client, made.id);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(legacy.toString());
  });

  it("POL-RIGHT-DELETE: erasing the account deletes its exports", async () => {
    const { client } = await registerUser(app);
    const made = await exportCounted(client);
    expect(made.chunks).toBeGreaterThan(0);
    const staff = await createUser(app, { role: "ADMIN", mfa: true });
    const admin = app.client();
    await signIn(app, admin, staff.email, staff.secret);
    const req = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: DELETION, details: \"Please delete my account.\" }) { privacyRequest { id } errors { code } } }");
    await admin.ok("mutation($id: ID!) { privacyRequestComplete(id: $id, outcome: \"Identity confirmed; account deleted.\") { errors { code } } }", { id: req.privacyRequestCreate.privacyRequest.id });
    const [{ n }] = await app.sql<{ n: number }>("select count(*)::int n from privacy_export_chunks where request_id = $1", [made.id]);
    expect(n).toBe(0);
  });
});
