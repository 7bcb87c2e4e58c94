import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signedInStaff } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_CREATE, APP_SUBMIT, createProgram, STATEMENT } from "../../test/workflow";
import { cleanFilename, sniffEvidenceType } from "./sniff";

let app: TestApp;
let reviewer: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  reviewer = (await signedInStaff(app, "REVIEWER")).client;
});
afterAll(() => app?.close());

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from("CANARY-EVIDENCE-CONTENT 1 0 obj << >> endobj\n%%EOF")]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

async function upload(client: GraphQLTestClient | null, applicationId: string, body: Buffer, opts: { filename?: string; type?: string } = {}) {
  const headers: Record<string, string> = { "content-type": opts.type ?? "application/octet-stream" };
  if (client?.token) headers.authorization = `Bearer ${client.token}`;
  if (opts.filename) headers["x-filename"] = encodeURIComponent(opts.filename);
  const res = await fetch(`${app.url}/api/applications/${applicationId}/evidence`, { method: "POST", headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

async function draft(client: GraphQLTestClient) {
  const program = await createProgram(client);
  const d = await client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: STATEMENT } });
  return d.applicationCreate.application.id;
}

const fileCount = async () => Number((await app.sql<{ n: string }>("select count(*) n from evidence_files"))[0].n);

describe("content sniffing", () => {
  it("recognises PDF, PNG and JPEG by their bytes only", () => {
    expect(sniffEvidenceType(PDF)).toBe("application/pdf");
    expect(sniffEvidenceType(PNG)).toBe("image/png");
    expect(sniffEvidenceType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBe("image/jpeg");
    expect(sniffEvidenceType(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffEvidenceType(Buffer.from("MZ\x90\x00"))).toBeNull();
    expect(cleanFilename("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(cleanFilename("scan.JPEG", "image/jpeg")).toBe("scan.JPEG");
    expect(cleanFilename(undefined, "image/png")).toBe("document.png");
  });
});

describe("evidence upload and download [POL-COLLECT-APPLICATION][POL-SEC-REST]", () => {
  it("stores an encrypted copy, lists it on the application and serves it back to those allowed", async () => {
    const { client } = await registerUser(app);
    const id = await draft(client);
    const up = await upload(client, id, PDF, { filename: "curriculum outline.pdf", type: "image/png" });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ filename: "curriculum outline.pdf", contentType: "application/pdf", sizeBytes: PDF.length });

    const [row] = await app.sql<{ data_enc: Buffer; filename_enc: string }>("select data_enc, filename_enc from evidence_files where id = $1", [up.body.id]);
    expect(row.data_enc.includes(Buffer.from("CANARY-EVIDENCE-CONTENT"))).toBe(false);
    expect(row.filename_enc).toMatch(/^v1\./);

    const q = await client.ok<{ application: { evidence: { id: string; filename: string; downloadUrl: string }[]; checklist: { key: string; done: boolean }[] } }>(
      "query($id: ID!) { application(id: $id) { evidence { id filename downloadUrl } checklist { key done } } }",
      { id },
    );
    expect(q.application.evidence).toEqual([{ id: up.body.id, filename: "curriculum outline.pdf", downloadUrl: `/api/evidence/${up.body.id}` }]);
    expect(q.application.checklist.find((c) => c.key === "evidence")?.done).toBe(true);

    const mine = await fetch(`${app.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${client.token}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("application/pdf");
    expect(mine.headers.get("content-disposition")).toContain("attachment");
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);

    await client.ok(APP_SUBMIT, { id });
    const staff = await fetch(`${app.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${reviewer.token}` } });
    expect(staff.status).toBe(200);

    const other = await registerUser(app);
    const theirs = await fetch(`${app.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${other.client.token}` } });
    expect(theirs.status).toBe(404);
    expect((await fetch(`${app.url}/api/evidence/${up.body.id}`)).status).toBe(401);
  });

  it("refuses the wrong type, oversized and empty files, and other people's applications, storing nothing", async () => {
    const { client } = await registerUser(app);
    const id = await draft(client);
    const before = await fileCount();
    const html = await upload(client, id, Buffer.from("<html>not a pdf</html>"), { filename: "fake.pdf", type: "application/pdf" });
    expect(html).toMatchObject({ status: 415, body: { code: "UNSUPPORTED_TYPE" } });
    const big = await upload(client, id, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big).toMatchObject({ status: 413, body: { code: "TOO_LARGE" } });
    const empty = await upload(client, id, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    const other = await registerUser(app);
    expect((await upload(other.client, id, PDF)).status).toBe(404);
    expect((await upload(null, id, PDF)).status).toBe(401);
    expect(await fileCount()).toBe(before);
  });

  it("documents are fixed once submitted: no uploads or removals until changes are requested", async () => {
    const { client } = await registerUser(app);
    const id = await draft(client);
    const first = await upload(client, id, PNG, { filename: "license.png" });
    await client.ok(APP_SUBMIT, { id });
    expect((await upload(client, id, PNG)).body.code).toBe("NOT_EDITABLE");
    const del = await client.ok<{ evidenceDelete: { errors: { code: string }[] } }>("mutation($id: ID!) { evidenceDelete(id: $id) { deletedId errors { code } } }", { id: first.body.id });
    expect(del.evidenceDelete.errors[0].code).toBe("NOT_EDITABLE");
    await reviewer.ok("mutation($id: ID!) { applicationDecide(id: $id, input: { decision: REQUEST_CHANGES, reason: \"Add the license\" }) { errors { code } } }", { id });
    const del2 = await client.ok<{ evidenceDelete: { deletedId: string } }>("mutation($id: ID!) { evidenceDelete(id: $id) { deletedId errors { code } } }", { id: first.body.id });
    expect(del2.evidenceDelete.deletedId).toBe(first.body.id);
    expect((await upload(client, id, PDF)).status).toBe(201);
  });
});
