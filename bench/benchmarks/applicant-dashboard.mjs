// The applicant dashboard as the SPA loads it: Viewer, MyApplications (4, latest first) and MyCredentials (10),
// for a training provider with 101 applications, at 10 connections; each autocannon request is one of the three.
// Baseline: the same three reads from raw node:http + pg. SQL statements are counted at two page sizes.
import { compare, operation, writeResult } from "../lib.mjs";

export async function run({ base, rawBase, provider, providerId, queryCount }) {
  const headers = { "content-type": "application/json", authorization: `Bearer ${provider}` };
  const docs = [
    { query: operation("Viewer"), variables: {} },
    { query: operation("MyApplications"), variables: { first: 4, sort: "UPDATED_AT_DESC" } },
    { query: operation("MyCredentials"), variables: { first: 10 } },
  ];
  const statements = {};
  for (const first of [4, 100]) {
    const apps = await queryCount(docs[1].query, { first, sort: "UPDATED_AT_DESC" }, provider);
    statements[`applications${first}`] = apps.statements;
    if (first === 100 && apps.rows !== 100) throw new Error(`MyApplications gave ${apps.rows} rows, not 100`);
  }
  statements.viewer = (await queryCount(docs[0].query, {}, provider)).statements;
  statements.credentials = (await queryCount(docs[2].query, { first: 10 }, provider)).statements;
  const figures = await compare(
    { url: `${base}/graphql`, connections: 10, requests: docs.map((d) => ({ method: "POST", headers, body: JSON.stringify(d) })) },
    { url: rawBase, connections: 10, requests: ["viewer", "applications", "credentials"].map((p) => ({ method: "GET", path: `/dashboard/${p}?user=${providerId}` })) },
  );
  const result = writeResult({ name: "applicant-dashboard", ...figures, sqlStatementsPerRequest: statements });
  if (result.errors > 0) throw new Error(`${result.errors} errors during the applicant-dashboard benchmark`);
  if (statements.applications4 !== statements.applications100) throw new Error(`MyApplications runs ${statements.applications4} statements for 4 rows but ${statements.applications100} for 100 (N+1)`);
  return {
    result,
    row: ["applicant dashboard (Viewer, MyApplications, MyCredentials; 10 connections)", `${result.value} req/s, p99 ${result.p99Ms} ms; SQL statements: viewer ${statements.viewer}, applications ${statements.applications4} (also for 100 rows), credentials ${statements.credentials}`, `${result.baseline} req/s, p99 ${result.baselineP99Ms} ms (node:http + pg)`, `${result.ratio} (p99 ×${result.p99Ratio})`, "session check, decryption, GraphQL"],
  };
}
