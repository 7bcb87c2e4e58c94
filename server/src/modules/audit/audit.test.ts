import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { canonicalJson, verifyChain } from "./audit-chain";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

const LIST = "query($f: AuditEventsFilter, $first: Int, $after: String) { auditEvents(filter: $f, first: $first, after: $after) { totalCount edges { node { id at action actorType actorUserId targetType targetId requestId metadata } } pageInfo { hasNextPage endCursor } } }";
type Page = { auditEvents: { totalCount: number; edges: { node: { id: string; action: string; actorUserId: string | null; targetId: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

describe("audit trail for admins [POL-SEC-AUDIT]", () => {
  it("POL-SEC-AUDIT: admins filter the trail by action, actor, target and time, newest first, page by page", async () => {
    const { user } = await registerUser(app);
    const all = await admin.ok<Page>(LIST, { first: 100 });
    expect(all.auditEvents.totalCount).toBeGreaterThan(2);
    const ids = all.auditEvents.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const mine = await admin.ok<Page>(LIST, { f: { actorUserId: user.id } });
    expect(mine.auditEvents.edges.length).toBeGreaterThan(0);
    expect(mine.auditEvents.edges.every((e) => e.node.actorUserId === user.id)).toBe(true);
    const prefix = await admin.ok<Page>(LIST, { f: { action: "user." } });
    expect(prefix.auditEvents.edges.every((e) => e.node.action.startsWith("user."))).toBe(true);
    const none = await admin.ok<Page>(LIST, { f: { actorUserId: "not-a-uuid" } });
    expect(none.auditEvents.totalCount).toBe(0);
    const later = await admin.ok<Page>(LIST, { f: { from: new Date(app.clock.now().getTime() + 60_000).toISOString() } });
    expect(later.auditEvents.totalCount).toBe(0);
    const p1 = await admin.ok<Page>(LIST, { first: 2 });
    const p2 = await admin.ok<Page>(LIST, { first: 2, after: p1.auditEvents.pageInfo.endCursor });
    expect(p2.auditEvents.edges[0].node.id).not.toBe(p1.auditEvents.edges[1].node.id);
    const applicant = (await registerUser(app)).client;
    expect((await applicant.request(LIST)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("POL-SEC-AUDIT: the export is a hash chain: intact it verifies; an edited, removed, reordered or cut line is found", async () => {
    const res = await fetch(`${app.url}/api/audit/export`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const text = await res.text();
    const [{ n }] = await app.sql<{ n: string }>("select count(*) n from audit_events where action <> 'audit.exported'");
    const ok = verifyChain(text);
    expect(ok).toMatchObject({ ok: true });
    expect(ok.ok && ok.events).toBeGreaterThanOrEqual(Number(n));
    // The export itself is audited.
    expect(await app.sql("select 1 from audit_events where action = 'audit.exported'")).toHaveLength(1);

    const lines = text.trimEnd().split("\n");
    const edited = [...lines];
    const row = JSON.parse(edited[1]) as Record<string, unknown>;
    edited[1] = JSON.stringify({ ...row, action: "nothing.to.see" });
    expect(verifyChain(edited.join("\n"))).toMatchObject({ ok: false, line: 2 });
    expect(verifyChain([lines[0], ...lines.slice(2)].join("\n"))).toMatchObject({ ok: false, line: 2 });
    expect(verifyChain([lines[1], lines[0], ...lines.slice(2)].join("\n"))).toMatchObject({ ok: false, line: 1 });
    expect(verifyChain(lines.slice(0, -1).join("\n"))).toMatchObject({ ok: false });
    expect(verifyChain(lines.slice(0, -2).concat(lines.slice(-1)).join("\n"))).toMatchObject({ ok: false });
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');

    const filtered = await (await fetch(`${app.url}/api/audit/export?action=user.`, { headers: { authorization: `Bearer ${admin.token}` } })).text();
    const check = verifyChain(filtered);
    expect(check.ok).toBe(true);
    expect(filtered.trimEnd().split("\n").slice(0, -1).every((l) => (JSON.parse(l) as { action: string }).action.startsWith("user."))).toBe(true);
    expect((await fetch(`${app.url}/api/audit/export?from=yesterday`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(400);
  });
});
