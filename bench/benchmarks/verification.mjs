// credentialVerify at 50 connections against a raw node:http + pg lookup of the same row.
import { compare, writeResult } from "../lib.mjs";

export async function run({ base, rawBase, credentialNumber }) {
  const query = JSON.stringify({ query: "query($n: String!) { credentialVerify(number: $n) { status checkedAt credential { number title holderName issuerName validFrom validUntil } } }", variables: { n: credentialNumber } });
  const figures = await compare({ url: `${base}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body: query }, { url: `${rawBase}/verify?number=${credentialNumber}` });
  const result = writeResult({ name: "verification", ...figures, targets: { ratio: ">= 0.5", p99Ratio: "<= 2" } });
  if (result.errors > 0) throw new Error(`${result.errors} errors during the verification benchmark`);
  return {
    result,
    row: ["credentialVerify (50 connections)", `${result.value} req/s, p99 ${result.p99Ms} ms`, `${result.baseline} req/s, p99 ${result.baselineP99Ms} ms (node:http + pg)`, `${result.ratio} (p99 ×${result.p99Ratio})`, "target: ratio ≥ 0.5, p99 ≤ 2× raw"],
  };
}
