import type { AnalyticsEventsRecordMutation } from "@ccp/shared";
import { getAccessToken } from "../session";
import type { SendOutcome, Transport } from "./analytics-client";

// Printed on first use: the typed documents and the graphql printer stay out of the entry chunk
// (analytics only ever sends for a signed-in person who consented).
let query: Promise<string> | null = null;
const queryText = (): Promise<string> => {
  query ??= Promise.all([import("@ccp/shared"), import("../graphql-print")]).then(([shared, graphql]) =>
    graphql.print(shared.AnalyticsEventsRecordDocument),
  );
  return query;
};

type Response = { data?: AnalyticsEventsRecordMutation | null; errors?: unknown[] };

/**
 * Sends a batch with plain fetch rather than Apollo: `keepalive` lets the
 * request outlive a closing page, and an expired token is not worth a refresh
 * here (the batch is tried once more at the next flush).
 */
export const graphqlTransport =
  (fetchImpl: typeof fetch = (...args) => fetch(...args), token: () => string | null = getAccessToken): Transport =>
  async (events, { keepalive }): Promise<SendOutcome> => {
    const accessToken = token();
    if (!accessToken) return "failed";
    const response = await fetchImpl("/graphql", {
      method: "POST",
      keepalive,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ operationName: "AnalyticsEventsRecord", query: await queryText(), variables: { events } }),
    });
    if (!response.ok) return "failed";
    const body = (await response.json()) as Response;
    const payload = body.data?.analyticsEventsRecord;
    if (!payload) return "failed";
    if (payload.errors.length > 0) return "rejected";
    return payload.consent ? "stored" : "no-consent";
  };
