// The review queue: the SPA's own ReviewQueue document asking for a page of 100 submitted applications with
// applicant, assignee, program, organization and type, by an admin, at 10 connections; baseline: the same rows
// and the total straight from pg. SQL statements per request are counted on a development instance at two page sizes.
import { compare, operation, writeResult } from "../lib.mjs";

export async function run({ base, rawBase, admin, queryCount }) {
  const QUEUE = operation("ReviewQueue");
  const vars = (first) => ({ first, filter: { status: ["SUBMITTED"] }, sort: "SUBMITTED_AT_ASC" });
  const counts = { page10: await queryCount(QUEUE, vars(10), admin), page100: await queryCount(QUEUE, vars(100), admin) };
  if (counts.page100.rows !== 100) throw new Error(`the queue has ${counts.page100.rows} rows, not 100`);
  const figures = await compare(
    { url: `${base}/graphql`, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: QUEUE, variables: vars(100) }), connections: 10 },
    { url: `${rawBase}/queue`, connections: 10 },
  );
  const result = writeResult({ name: "review-queue", ...figures, sqlStatementsPerRequest: { page10: counts.page10.statements, page100: counts.page100.statements } });
  if (result.errors > 0) throw new Error(`${result.errors} errors during the review-queue benchmark`);
  if (counts.page10.statements !== counts.page100.statements) throw new Error(`the review queue runs ${counts.page10.statements} statements for 10 rows but ${counts.page100.statements} for 100 (N+1)`);
  return {
    result,
    row: ["review queue (page of 100 with relations, 10 connections)", `${result.value} req/s, p99 ${result.p99Ms} ms; ${counts.page100.statements} SQL statements (${counts.page10.statements} for 10 rows)`, `${result.baseline} req/s, p99 ${result.baselineP99Ms} ms (node:http + pg, 2 statements, no decryption)`, `${result.ratio} (p99 ×${result.p99Ratio})`, "decrypts names and e-mails, DataLoaders, GraphQL"],
  };
}
