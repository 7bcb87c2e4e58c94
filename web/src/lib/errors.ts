import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { GraphQLFetchError } from "./graphql-error";
import { translate } from "./i18n";

/** Shown for STEP_UP_REQUIRED: sensitive changes need a recent sign-in. */
export const stepUpMessage = (): string => translate("common", "errors.stepUp");

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
      return translate("common", "errors.mfaRequired");
    }
    return translate("common", "errors.forbidden");
  }
  if (codes.includes("UNAUTHENTICATED")) return translate("common", "errors.unauthenticated");
  if (codes.includes("RATE_LIMITED")) return translate("common", "errors.rateLimited");
  if (codes.includes("NOT_FOUND")) return translate("common", "errors.notFound");
  if (CombinedGraphQLErrors.is(error) || ServerError.is(error) || error instanceof GraphQLFetchError) {
    return translate("common", "errors.server");
  }
  return translate("common", "errors.network");
};
