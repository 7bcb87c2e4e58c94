import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signedInStaff } from "../test/factories";
import type { GraphQLTestClient } from "../test/graphql-client";
import { sharedOperation } from "../test/shared-operations";
import { createTestApp, type TestApp } from "../test/test-app";
import { createSubmittedAccreditation, decide } from "../test/workflow";

/**
 * Indexes backed by EXPLAIN (issue 7): on tables the size of a large certification body, every
 * statement the busiest screens and the verification API run must reach the big tables through an
 * index, never a sequential scan. The statements are the ones the app really sends (captured from
 * TypeORM's logger while the SPA's own documents run), explained with their parameters.
 */
const BIG_TABLES = ["users", "sessions", "applications", "credentials", "notifications", "application_events"];

let app: TestApp;
let provider: GraphQLTestClient;
let admin: GraphQLTestClient;
let credentialNumber: string;

beforeAll(async () => {
  app = await createTestApp();
  ({ client: admin } = await signedInStaff(app, "ADMIN"));
  ({ client: provider } = await registerUser(app));
  for (let i = 0; i < 3; i++) await createSubmittedAccreditation(provider, `Plans program ${i}`);
  const { applicationId } = await createSubmittedAccreditation(provider, "Plans approved program");
  const decided = await decide(admin, applicationId, "APPROVE");
  credentialNumber = decided.application!.credential!.number;

  // Other people's rows: 20,000 people with sessions, 40,000 applications, 20,000 credentials, 40,000 notifications.
  const [{ id: typeId }] = await app.sql<{ id: string }>("select id from certification_types limit 1");
  await app.sql(`insert into users (id, email_index, email_enc, password_hash, first_name_enc, last_name_enc, date_of_birth_enc, last_active_at)
    select gen_random_uuid(), 'plans-' || g, 'x', 'x', 'x', 'x', 'x', now() from generate_series(1, 20000) g`);
  await app.sql("insert into sessions (id, user_id, auth_time, last_used_at, expires_at, created_at) select gen_random_uuid(), id, now(), now(), now() + interval '1 day', now() from users where email_index like 'plans-%'");
  await app.sql(`insert into applications (id, kind, status, applicant_user_id, certification_type_id, created_at, updated_at, submitted_at, decided_at)
    select gen_random_uuid(), 'INDIVIDUAL_CERTIFICATION', s.status, u.id, $1, now() - interval '400 days', now() - interval '300 days', now() - interval '390 days', now() - interval '300 days'
      from users u cross join (values ('APPROVED'), ('REJECTED')) s(status) where u.email_index like 'plans-%'`, [typeId]);
  await app.sql(`insert into application_events (id, application_id, from_status, to_status, at)
    select gen_random_uuid(), id, 'SUBMITTED', status, decided_at from applications where kind = 'INDIVIDUAL_CERTIFICATION' and status in ('APPROVED', 'REJECTED')`);
  await app.sql(`insert into credentials (id, number, subject, holder_user_id, certification_type_id, application_id, status, valid_from, valid_until, awarded_date, created_at, revocation_index, suspension_index)
    select gen_random_uuid(), 'PLANS-' || row_number() over (), 'x', a.applicant_user_id, $1, a.id, 'ACTIVE', now(), now() + interval '2 years', now(), now(),
           1000000 + row_number() over (), 1000000 + row_number() over ()
      from applications a where a.status = 'APPROVED' and a.kind = 'INDIVIDUAL_CERTIFICATION'`, [typeId]);
  await app.sql(`insert into notifications (id, user_id, kind, title, body, created_at)
    select gen_random_uuid(), u.id, 'plans', 'x', 'x', now() - (g || ' days')::interval from users u cross join generate_series(1, 2) g where u.email_index like 'plans-%'`);
  await app.sql("analyze");
}, 120_000);
afterAll(() => app?.close());

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}
const seqScans = (node: PlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] && BIG_TABLES.includes(node["Relation Name"]) ? [node["Relation Name"]] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

/** Run `work`, then EXPLAIN every SELECT it sent; returns the statements that scan a big table sequentially. */
async function sequentialScansIn(work: () => Promise<unknown>): Promise<{ statements: number; offenders: { sql: string; tables: string[] }[] }> {
  const logger = app.server.services.ds.logger;
  const original = logger.logQuery.bind(logger);
  const captured: { sql: string; params: unknown[] }[] = [];
  logger.logQuery = (query: string, parameters?: unknown[], runner?: never) => {
    captured.push({ sql: query, params: parameters ?? [] });
    original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  const selects = captured.filter((q) => /^\s*select/i.test(q.sql) && !/pgboss|rate_limit/i.test(q.sql));
  const offenders = [];
  for (const q of selects) {
    const [{ "QUERY PLAN": plan }] = await app.sql<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`explain (format json) ${q.sql}`, q.params);
    const tables = seqScans(plan[0].Plan);
    if (tables.length) offenders.push({ sql: q.sql.slice(0, 300), tables });
  }
  return { statements: selects.length, offenders };
}

describe("query plans on big tables [issue 7]", () => {
  it("the applicant dashboard (Viewer, MyApplications, MyCredentials, Notifications) uses indexes", async () => {
    const r = await sequentialScansIn(async () => {
      await provider.ok(sharedOperation("Viewer"));
      await provider.ok(sharedOperation("MyApplications"), { first: 4, sort: "UPDATED_AT_DESC" });
      await provider.ok(sharedOperation("MyCredentials"), { first: 10 });
      await provider.ok(sharedOperation("Notifications"), { first: 10 });
    });
    expect(r.statements).toBeGreaterThan(4);
    expect(r.offenders).toEqual([]);
  });

  it("the review queue (a page of submitted applications with their relations) uses indexes", async () => {
    const r = await sequentialScansIn(() => admin.ok(sharedOperation("ReviewQueue"), { first: 100, filter: { status: ["SUBMITTED"] }, sort: "SUBMITTED_AT_ASC" }));
    expect(r.statements).toBeGreaterThan(2);
    expect(r.offenders).toEqual([]);
  });

  it("credential verification uses indexes", async () => {
    const r = await sequentialScansIn(async () => {
      const res = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query($n: String!) { credentialVerify(number: $n) { status credential { number holderName } } }", variables: { n: credentialNumber } }),
      });
      expect(((await res.json()) as { data: { credentialVerify: { status: string } } }).data.credentialVerify.status).toBe("VALID");
    });
    expect(r.statements).toBeGreaterThan(0);
    expect(r.offenders).toEqual([]);
  });
});
