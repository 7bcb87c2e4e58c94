import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { REFERENCE_TTL_MS } from "./verification.service";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_CREATE, APP_SUBMIT, createSubmittedAccreditation, decide, STATEMENT } from "../../test/workflow";
import { loadVcLibs } from "./signing/vc-libs";

let app: TestApp;
let admin: GraphQLTestClient;
let reviewer: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
  const r = await createUser(app, { role: "REVIEWER", mfa: true });
  reviewer = app.client();
  await signIn(app, reviewer, r.email, r.secret);
});
afterAll(() => app?.close());

const VERIFY = "query($n: String!) { credentialVerify(number: $n) { status checkedAt credential { number title holderName issuerName validFrom validUntil } } }";

interface OpenBadgeDoc {
  "@context": string[];
  type: string[];
  issuer: { id: string };
  proof: { type: string; cryptosuite: string; proofPurpose: string; verificationMethod: string; proofValue: string };
  credentialSubject: { achievement: { achievementType: string }; licenseNumber: string; identifier: { identityHash: string }[] };
  evidence: { id: string }[];
  credentialStatus: { statusPurpose: string; statusListIndex: string }[];
}

/** A provider's accredited program, then a person certified through it. */
async function issuePersonCredential() {
  const provider = await registerUser(app);
  const { applicationId, program } = await createSubmittedAccreditation(provider.client);
  const accreditation = await decide(reviewer, applicationId, "APPROVE");
  const person = await registerUser(app, { firstName: "Maya", lastName: "Lindqvist" });
  const c = await person.client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "INDIVIDUAL_CERTIFICATION", programId: program.id, statement: STATEMENT } });
  await person.client.ok(APP_SUBMIT, { id: c.applicationCreate.application.id });
  const d = await decide(reviewer, c.applicationCreate.application.id, "APPROVE");
  const number = d.application!.credential!.number;
  const cred = await person.client.ok<{ credentials: { edges: { node: { id: string; number: string; document: Record<string, unknown> } }[] } }>("{ credentials { edges { node { id number document } } } }");
  return { person, number, node: cred.credentials.edges[0].node, programNumber: accreditation.application!.credential!.number };
}

/** An independent verifier: the Digital Bazaar libraries with a loader that fetches our documents over HTTP. */
async function independentVerify(document: object) {
  const libs = await loadVcLibs();
  const documentLoader = async (url: string) => {
    const ctx = libs.contexts.get(url);
    if (ctx) return { contextUrl: null, documentUrl: url, document: ctx };
    if (url.startsWith("did:web:")) {
      const [did, fragment] = url.split("#");
      const host = decodeURIComponent(did.slice("did:web:".length));
      const doc = (await (await fetch(`http://${host}/.well-known/did.json`)).json()) as { verificationMethod: { id: string }[] };
      if (!fragment) return { contextUrl: null, documentUrl: url, document: doc };
      return { contextUrl: null, documentUrl: url, document: { "@context": "https://w3id.org/security/multikey/v1", ...doc.verificationMethod.find((m) => m.id === url)! } };
    }
    if (url.startsWith(app.url)) return { contextUrl: null, documentUrl: url, document: (await (await fetch(url)).json()) as object };
    throw new Error(`refused to load ${url}`);
  };
  const suite = new libs.DataIntegrityProof({ cryptosuite: libs.cryptosuite });
  return libs.vc.verifyCredential({ credential: document, suite, documentLoader, checkStatus: libs.statusList.checkStatus, now: app.clock.now() });
}

describe("issuance [POL-USE-CERT][POL-SHARE-VERIFY]", () => {
  it("approval issues an Open Badges 3.0 credential signed with eddsa-rdfc-2022, holder as a salted e-mail hash", async () => {
    const { number, node, person, programNumber } = await issuePersonCredential();
    // Both status lists are signed at issuance, so the very first file check can read them.
    const lists = await app.sql<{ id: string; signed: boolean }>("select id, credential is not null as signed from status_lists order by id");
    expect(lists).toEqual([{ id: "revocation-1", signed: true }, { id: "suspension-1", signed: true }]);
    const doc = node.document as unknown as OpenBadgeDoc;
    expect(doc["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
    expect(doc.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(doc.issuer.id).toMatch(/^did:web:localhost%3A\d+$/);
    expect(doc.proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", proofPurpose: "assertionMethod" });
    expect(doc.proof.verificationMethod).toMatch(new RegExp(`^${doc.issuer.id}#key-`));
    expect(doc.proof.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]+$/);
    expect(doc.credentialSubject.achievement.achievementType).toBe("Certification");
    expect(doc.credentialSubject.licenseNumber).toBe(number);
    expect(doc.credentialSubject.identifier[0]).toMatchObject({ type: "IdentityObject", identityType: "emailAddress", hashed: true });
    expect(doc.credentialSubject.identifier[0].identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(doc.evidence[0].id).toContain(`/credentials/${programNumber}.json`);
    expect(doc.credentialStatus.map((s: { statusPurpose: string }) => s.statusPurpose)).toEqual(["revocation", "suspension"]);
    for (const s of doc.credentialStatus) expect(s.statusListIndex).toMatch(/^\d+$/);
    expect(JSON.stringify(doc)).not.toContain(person.input.email);
    expect(JSON.stringify(doc)).not.toContain("Lindqvist");
    const file = await fetch(`${app.url}/credentials/${number}.json`);
    expect(file.headers.get("content-type")).toContain("application/vc+ld+json");
    expect(await file.json()).toEqual(doc);
  });

  it("an independent verifier accepts it, reads 'revoked' after revocation, and rejects a one-byte change", async () => {
    const { number, node } = await issuePersonCredential();
    const ok = await independentVerify(node.document);
    expect(ok.verified, JSON.stringify(ok.error)).toBe(true);

    const tampered = JSON.parse(JSON.stringify(node.document).replace(number, number.slice(0, -1) + (number.endsWith("A") ? "B" : "A")));
    expect((await independentVerify(tampered)).verified).toBe(false);

    const rev = await admin.ok<{ credentialRevoke: { credential: { status: string } } }>("mutation($id: ID!) { credentialRevoke(id: $id, reason: \"Obtained with forged documents\") { credential { status } errors { code } } }", { id: node.id });
    expect(rev.credentialRevoke.credential.status).toBe("REVOKED");
    // The status library reports the bit per entry: true = revoked / suspended.
    const bits = (r: Awaited<ReturnType<typeof independentVerify>>) => Object.fromEntries((r.statusResult?.results ?? []).map((x) => [x.credentialStatus?.statusPurpose, x.status]));
    expect(bits(ok)).toEqual({ revocation: false, suspension: false });
    const after = await independentVerify(node.document);
    expect(after.verified).toBe(true);
    expect(bits(after)).toEqual({ revocation: true, suspension: false });
    const again = await admin.ok<{ credentialRevoke: { errors: { code: string }[] } }>("mutation($id: ID!) { credentialRevoke(id: $id, reason: \"twice\") { errors { code } } }", { id: node.id });
    expect(again.credentialRevoke.errors[0].code).toBe("ALREADY_REVOKED");
  });
});

describe("credentialVerify [POL-SHARE-VERIFY]", () => {
  it("shows status and only the minimum: valid, suspended, reinstated, expired, revoked, not found", async () => {
    const { number, node, person } = await issuePersonCredential();
    const anon = app.client();
    const v = await anon.ok<{ credentialVerify: { status: string; credential: Record<string, string> } }>(VERIFY, { n: ` ${number.toLowerCase()} ` });
    expect(v.credentialVerify.status).toBe("VALID");
    expect(v.credentialVerify.credential).toMatchObject({ number, title: "Certified Care Assistant", holderName: "Maya Lindqvist", issuerName: "CareCorePlus" });
    expect(JSON.stringify(v)).not.toContain(person.input.email);

    const SUSPEND = "mutation($id: ID!) { credentialSuspend(id: $id, reason: \"License under investigation\") { credential { status } errors { code } } }";
    await admin.ok(SUSPEND, { id: node.id });
    expect((await anon.ok<{ credentialVerify: { status: string } }>(VERIFY, { n: number })).credentialVerify.status).toBe("SUSPENDED");
    expect((await admin.ok<{ credentialSuspend: { errors: { code: string }[] } }>(SUSPEND, { id: node.id })).credentialSuspend.errors[0].code).toBe("ALREADY_SUSPENDED");
    await admin.ok("mutation($id: ID!) { credentialReinstate(id: $id) { credential { status } } }", { id: node.id });
    expect((await anon.ok<{ credentialVerify: { status: string } }>(VERIFY, { n: number })).credentialVerify.status).toBe("VALID");
    const notified = await person.client.ok<{ notifications: { edges: { node: { title: string } }[] } }>("{ notifications { edges { node { title } } } }");
    expect(notified.notifications.edges.map((e) => e.node.title)).toContain(`Your credential ${number} was suspended`);

    app.clock.advance(3 * 365 * 86_400_000);
    expect((await anon.ok<{ credentialVerify: { status: string } }>(VERIFY, { n: number })).credentialVerify.status).toBe("EXPIRED");
    app.clock.advance(-3 * 365 * 86_400_000);

    for (const n of ["CCP-2026-ZZZZ-ZZZZ", "nonsense", "' or 1=1 --", ""]) {
      const r = await anon.ok<{ credentialVerify: { status: string; credential: null } }>(VERIFY, { n });
      expect(r.credentialVerify).toMatchObject({ status: "NOT_FOUND", credential: null });
    }
  });

  it("checks an uploaded credential file step by step and names the failing step", async () => {
    const { node } = await issuePersonCredential();
    const FILE = "query($d: JSONObject!) { credentialVerifyDocument(document: $d) { valid number steps { step ok message } } }";
    const anon = app.client();
    const good = await anon.ok<{ credentialVerifyDocument: { valid: boolean; steps: { step: string; ok: boolean }[] } }>(FILE, { d: node.document });
    expect(good.credentialVerifyDocument.valid).toBe(true);
    expect(good.credentialVerifyDocument.steps.map((s) => s.step)).toEqual(["SHAPE", "SIGNATURE", "STATUS", "DATES"]);
    const changed = { ...node.document, validUntil: "2099-01-01T00:00:00.000Z" };
    const bad = await anon.ok<{ credentialVerifyDocument: { valid: boolean; steps: { step: string; ok: boolean }[] } }>(FILE, { d: changed });
    expect(bad.credentialVerifyDocument.valid).toBe(false);
    expect(bad.credentialVerifyDocument.steps.at(-1)).toMatchObject({ step: "SIGNATURE", ok: false });
    const junk = await anon.ok<{ credentialVerifyDocument: { steps: { step: string; ok: boolean }[] } }>(FILE, { d: { hello: "world" } });
    expect(junk.credentialVerifyDocument.steps).toEqual([expect.objectContaining({ step: "SHAPE", ok: false })]);
  });
});

describe("certificate PDF", () => {
  it("is a one-page PDF naming the holder, with a QR code that opens /verify/<number>", async () => {
    const { number } = await issuePersonCredential();
    const res = await fetch(`${app.url}/credentials/${number}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const { PDFDocument } = await import("pdf-lib");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getSubject()).toBe(`Verify at ${app.url}/verify/${number}`);
    expect(pdf.getTitle()).toBe(`Certified Care Assistant — ${number}`);
    expect((await fetch(`${app.url}/credentials/CCP-2026-ZZZZ-ZZZZ.pdf`)).status).toBe(404);
  });
});

describe("baked badge, key rotation and program-wide revocation", () => {
  it("bakes the signed credential into an SVG badge", async () => {
    const { number, node } = await issuePersonCredential();
    const res = await fetch(`${app.url}/credentials/${number}.svg`);
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
    const svg = await res.text();
    const baked = /<openbadges:credential><!\[CDATA\[(.*)\]\]><\/openbadges:credential>/s.exec(svg)![1];
    expect(JSON.parse(baked)).toEqual(node.document);
  });

  it("after a key rotation, old credentials still verify (retired keys stay in did.json) and new ones use the new key", async () => {
    const before = await issuePersonCredential();
    const s = app.server.services;
    const rotated = await s.ds.transaction((em) => s.credentials.issuer.rotate(em));
    const did = (await (await fetch(`${app.url}/.well-known/did.json`)).json()) as { verificationMethod: { id: string }[]; authentication: string[] };
    expect(did.verificationMethod.length).toBeGreaterThanOrEqual(2);
    expect(did.authentication).toEqual([`${s.credentials.issuer.did()}#${rotated.fragment}`]);
    expect((await independentVerify(before.node.document)).verified).toBe(true);
    const after = await issuePersonCredential();
    expect((after.node.document as { proof: { verificationMethod: string } }).proof.verificationMethod).toContain(rotated.fragment);
    expect((await independentVerify(after.node.document)).verified).toBe(true);
  });

  it("revoking a program's accreditation can revoke every credential earned through it", async () => {
    const provider = await registerUser(app);
    const { applicationId, program } = await createSubmittedAccreditation(provider.client, "Program to be withdrawn");
    await decide(reviewer, applicationId, "APPROVE");
    const person = await registerUser(app);
    const c = await person.client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "INDIVIDUAL_CERTIFICATION", programId: program.id, statement: STATEMENT } });
    await person.client.ok(APP_SUBMIT, { id: c.applicationCreate.application.id });
    const personCred = (await decide(reviewer, c.applicationCreate.application.id, "APPROVE")).application!.credential!.number;
    const programCred = await provider.client.ok<{ credentials: { edges: { node: { id: string } }[] } }>("{ credentials { edges { node { id } } } }");
    const r = await admin.ok<{ credentialRevoke: { credential: { status: string }; revokedWithIt: number } }>(
      "mutation($id: ID!) { credentialRevoke(id: $id, reason: \"Curriculum no longer meets the standard\", includeProgramHolders: true) { credential { status } revokedWithIt errors { code } } }",
      { id: programCred.credentials.edges[0].node.id },
    );
    expect(r.credentialRevoke).toMatchObject({ credential: { status: "REVOKED" }, revokedWithIt: 1 });
    expect((await app.client().ok<{ credentialVerify: { status: string } }>(VERIFY, { n: personCred })).credentialVerify.status).toBe("REVOKED");
  });
});

describe("issuer identity and status lists", () => {
  it("serves did:web with Multikey keys and signed status lists of at least 131,072 entries with caching headers", async () => {
    await issuePersonCredential();
    const did = (await (await fetch(`${app.url}/.well-known/did.json`)).json()) as { id: string; verificationMethod: object[] };
    expect(did.id).toMatch(/^did:web:localhost%3A\d+$/);
    expect(did.verificationMethod[0]).toMatchObject({ type: "Multikey", publicKeyMultibase: expect.stringMatching(/^z6Mk/) });
    const res = await fetch(`${app.url}/status/revocation-1`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const list = (await res.json()) as { type: string[]; proof: { cryptosuite: string }; credentialSubject: { encodedList: string } };
    expect(list.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(list.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), "base64url"));
    expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
    expect((await fetch(`${app.url}/status/nope`)).status).toBe(404);
    expect((await fetch(`${app.url}/credentials/CCP-2026-ZZZZ-ZZZZ.json`)).status).toBe(404);

    // Verifiers re-fetching a list they already hold get 304 Not Modified (no body),
    // and a changed list (a revocation) gets a new validator.
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    // (fetch adds "cache-control: no-cache" to conditional requests unless told otherwise; browsers revalidate with max-age=0)
    const revalidate = { "if-none-match": etag!, "cache-control": "max-age=0" };
    const again = await fetch(`${app.url}/status/revocation-1`, { headers: revalidate });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const { node } = await issuePersonCredential();
    await admin.ok("mutation($id: ID!) { credentialRevoke(id: $id, reason: \"Issued in error\") { errors { code } } }", { id: node.id });
    const changed = await fetch(`${app.url}/status/revocation-1`, { headers: revalidate });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("only admins change a credential's status", async () => {
    const { node, person } = await issuePersonCredential();
    const r = await person.client.request("mutation($id: ID!) { credentialRevoke(id: $id, reason: \"mine\") { errors { code } } }", { id: node.id });
    expect(r.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const noReason = await admin.ok<{ credentialRevoke: { errors: { code: string }[] } }>("mutation($id: ID!) { credentialRevoke(id: $id, reason: \" \") { errors { code } } }", { id: node.id });
    expect(noReason.credentialRevoke.errors[0].code).toBe("REASON_REQUIRED");
  });
});

describe("file verification edge cases", () => {
  it("reports an expired file as expired (DATES), not as tampered", async () => {
    const { node } = await issuePersonCredential();
    app.clock.advance(3 * 365 * 86_400_000);
    try {
      const r = await app.client().ok<{ credentialVerifyDocument: { valid: boolean; steps: { step: string; ok: boolean }[] } }>(
        "query($d: JSONObject!) { credentialVerifyDocument(document: $d) { valid steps { step ok } } }",
        { d: node.document },
      );
      expect(r.credentialVerifyDocument.steps).toEqual([
        { step: "SHAPE", ok: true },
        { step: "SIGNATURE", ok: true },
        { step: "STATUS", ok: true },
        { step: "DATES", ok: false },
      ]);
    } finally {
      app.clock.advance(-3 * 365 * 86_400_000);
    }
  });
});

describe("verification hot path", () => {
  it("answers plain credentialVerify documents exactly like the GraphQL pipeline, and leaves everything else to it", async () => {
    const { number } = await issuePersonCredential();
    const Q = "query($n: String!) { credentialVerify(number: $n) { status checkedAt credential { number title holderName issuerName validFrom validUntil } } }";
    const fast = await app.client().request(Q, { n: number });
    // A bearer token sends the same document through Apollo.
    const { client } = await registerUser(app);
    const full = await client.request(Q, { n: number });
    expect(fast.data).toEqual(full.data);
    expect(fast.errors).toBeUndefined();
    const literal = await app.client().request(`{ credentialVerify(number: "${number}") { credential { holderName } status } }`);
    expect(literal.data).toEqual({ credentialVerify: { credential: { holderName: "Maya Lindqvist" }, status: "VALID" } });
    const aliased = await app.client().request(`{ a: credentialVerify(number: "${number}") { status } }`);
    expect(aliased.data).toEqual({ a: { status: "VALID" } });
    const missing = await app.client().request("{ credentialVerify(number: \"nope\") { status credential { number } } }");
    expect(missing.data).toEqual({ credentialVerify: { status: "NOT_FOUND", credential: null } });
    const badVar = await app.client().request(Q, { n: 42 as unknown as string });
    expect(badVar.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("[POL-SHARE-VERIFY] status and the holder's name are read live on every check; the certification's name and a program's title may be a minute old", async () => {
    await app.sql("delete from rate_limit_counters"); // this file signs up more than 30 people from one address
    const { person, number, programNumber } = await issuePersonCredential();
    const Q = "query($n: String!) { credentialVerify(number: $n) { status credential { title holderName } } }";
    type V = { credentialVerify: { status: string; credential: { title: string; holderName: string } | null } };
    const verify = async (n: string) => (await app.client().ok<V>(Q, { n })).credentialVerify;
    const first = await verify(number);
    expect(first).toMatchObject({ status: "VALID", credential: { holderName: "Maya Lindqvist" } });
    const [{ certification_type_id: typeId, program_id: programId }] = await app.sql<{ certification_type_id: string; program_id: string }>("select certification_type_id, program_id from credentials where number = $1", [programNumber]);
    const program = await verify(programNumber);
    // Renamed behind this instance's back (as another instance would): the cached names stay until the TTL passes.
    await app.sql("update certification_types set name = name || ' (renamed)' where id = $1", [typeId]);
    await app.sql("update programs set title = title || ' (renamed)' where id = $1", [programId]);
    expect((await verify(programNumber)).credential).toEqual(program.credential);
    app.clock.advance(REFERENCE_TTL_MS + 1);
    const later = await verify(programNumber);
    expect(later.credential?.title).toMatch(/\(renamed\)$/);
    expect(later.credential?.holderName).toMatch(/\(renamed\)/);
    // Status is never cached.
    const [{ id }] = await app.sql<{ id: string }>("select id from credentials where number = $1", [number]);
    await admin.ok("mutation($id: ID!) { credentialSuspend(id: $id, reason: \"Checking a complaint\") { errors { code } } }", { id });
    expect((await verify(number)).status).toBe("SUSPENDED");
    // Nor is the holder's name: an erasure shows at once.
    await app.sql("update users set erased_at = now() where id = (select holder_user_id from credentials where number = $1)", [number]);
    expect((await verify(number)).credential?.holderName).toBe("(holder's name removed at their request)");
    expect(person.user.id).toBeTruthy();
    app.clock.advance(-(REFERENCE_TTL_MS + 1));
  });

  it("sends the same security headers as every API response, and gives invalid JSON the usual 400", async () => {
    const { number } = await issuePersonCredential();
    const post = (body: string, headers: Record<string, string> = {}) => fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    const fast = await post(JSON.stringify({ query: `{ credentialVerify(number: "${number}") { status } }` }), { "x-request-id": "integrator-trace-0001" });
    const full = await post(JSON.stringify({ query: "{ currentPolicyVersions { id } }" }));
    expect(await fast.json()).toEqual({ data: { credentialVerify: { status: "VALID" } } });
    expect(fast.headers.get("x-request-id")).toBe("integrator-trace-0001");
    for (const h of ["content-security-policy", "strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy", "cross-origin-opener-policy", "cache-control"]) {
      expect(fast.headers.get(h), h).toBe(full.headers.get(h));
    }
    expect(fast.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(fast.headers.get("x-powered-by")).toBeNull();
    const broken = await post("{\"query\": ");
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] }); // no stack trace
    // Declined after reading the body: Apollo still gets the parsed document.
    const declined = await post(JSON.stringify({ query: "query Q($n: String!) { x: credentialVerify(number: $n) { status } }", variables: { n: number } }));
    expect(await declined.json()).toEqual({ data: { x: { status: "VALID" } } });
  });

  it("[POL-SHARE-VERIFY] over the per-network limit: 429 RATE_LIMITED on both paths, and rejections no longer touch the database", async () => {
    const { number } = await issuePersonCredential();
    const ip = "192.0.2.77";
    const post = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify({ query, variables }) });
    const Q = "query($n: String!) {\n  credentialVerify(number: $n) { status } }";
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) statuses.push((await post(Q, { n: number })).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const key = `verify:ip:${app.server.services.crypto.blindIndex("ratelimit", ip)}`;
    const counter = () => app.sql<{ count: number }>("select count from rate_limit_counters where key = $1", [key]);
    const limited = await post(Q, { n: number });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.headers.get("x-content-type-options")).toBe("nosniff");
    const body = await limited.json();
    expect(body).toEqual({ errors: [{ message: "Too many requests; try again later.", locations: [{ line: 2, column: 3 }], path: ["credentialVerify"], extensions: { code: "RATE_LIMITED" } }], data: null });
    const [{ count }] = await counter();
    // A document the hot path leaves to Apollo answers the same error and status.
    const aliased = await post("query($n: String!) { v: credentialVerify(number: $n) { status } }", { n: number });
    expect(aliased.status).toBe(429);
    expect(((await aliased.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("RATE_LIMITED");
    for (let i = 0; i < 20; i++) expect((await post(Q, { n: number })).status).toBe(429);
    expect((await counter())[0].count).toBe(count); // known over the limit: no more upserts on the counter row
    // Another network is not affected; and the window passing lets this one in again.
    const other = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.78" }, body: JSON.stringify({ query: Q, variables: { n: number } }) });
    expect(other.status).toBe(200);
    app.clock.advance(61_000);
    expect((await post(Q, { n: number })).status).toBe(200);
    app.clock.advance(-61_000);
  });
});
