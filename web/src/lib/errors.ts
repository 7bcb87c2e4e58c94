import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { GraphQLFetchError } from "./graphql-error";

/** Shown for STEP_UP_REQUIRED: sensitive changes need a recent sign-in. */
export const STEP_UP_MESSAGE =
  "For your security, this change needs a recent sign-in. Please sign out, sign in again and then try again within 10 minutes.";

/** The `extensions.code` values of a failed request (GraphQL or HTTP level). */
export const errorCodes = (error: unknown): string[] => {
  if (error instanceof GraphQLFetchError) return error.codes;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => String(e.extensions?.code ?? ""));
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { code?: unknown } }[] };
      return (body.errors ?? []).map((e) => String(e.extensions?.code ?? ""));
    } catch {
      return [];
    }
  }
  return [];
};

export const hasErrorCode = (error: unknown, code: string): boolean =>
  errorCodes(error).includes(code);

/** A sentence a care worker can act on, for errors that are not form errors. */
export const describeError = (error: unknown): string => {
  const codes = errorCodes(error);
  if (codes.includes("FORBIDDEN")) {
    if (CombinedGraphQLErrors.is(error) && /mfa|multi-factor/i.test(error.message)) {
      return "Multi-factor authentication is required for staff accounts. Set it up on the Security page first.";
    }
    return "You don't have permission to do this.";
  }
  if (codes.includes("UNAUTHENTICATED")) return "Your session has ended. Please sign in again.";
  if (codes.includes("RATE_LIMITED")) return "Too many attempts. Please wait a few minutes and try again.";
  if (codes.includes("NOT_FOUND")) return "We couldn't find what you were looking for.";
  if (CombinedGraphQLErrors.is(error) || ServerError.is(error) || error instanceof GraphQLFetchError) {
    return "Something went wrong on our side. Please try again in a moment.";
  }
  return "We couldn't reach CareCorePlus. Check your internet connection and try again.";
};
