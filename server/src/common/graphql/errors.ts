import { GraphQLError } from "graphql";

/** Top-level error codes the API may return (API.md); everything else is masked. */
export const PUBLIC_ERROR_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "NOT_FOUND",
  "RATE_LIMITED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const RATE_LIMITED_MESSAGE = "Too many requests; try again later.";

export const unauthenticated = (message = "You need to sign in.") =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });

export const forbidden = (message = "You are not allowed to do this.") =>
  new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });

export const notFound = (message = "Not found.") => new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });

/** Thrown when a request is over its rate limit: the HTTP status is 429 (Apollo takes it from `extensions.http` and strips it). */
export const rateLimited = (message = RATE_LIMITED_MESSAGE) =>
  new GraphQLError(message, { extensions: { code: "RATE_LIMITED", http: { status: 429 } } });

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
