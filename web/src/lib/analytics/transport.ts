import { AnalyticsEventsRecordDocument, type AnalyticsEventsRecordMutation } from "@ccp/shared";
import { print } from "graphql";
import { getAccessToken } from "../session";
import type { SendOutcome, Transport } from "./analytics-client";

const query = print(AnalyticsEventsRecordDocument);

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
      body: JSON.stringify({ operationName: "AnalyticsEventsRecord", query, variables: { events } }),
    });
    if (!response.ok) return "failed";
    const body = (await response.json()) as Response;
    const payload = body.data?.analyticsEventsRecord;
    if (!payload) return "failed";
    if (payload.errors.length > 0) return "rejected";
    return payload.consent ? "stored" : "no-consent";
  };
