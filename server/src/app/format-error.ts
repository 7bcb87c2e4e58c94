import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { PUBLIC_ERROR_CODES } from "../common/graphql/errors";
import type { Logger } from "../common/logger";
import { currentRequestId } from "./context";

/**
 * The one place errors leave the API: known codes pass with their message, validation errors
 * keep only property names and rules (never the submitted values), and everything else becomes
 * INTERNAL_SERVER_ERROR with a request id, details going to the log only.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const requestId = currentRequestId();
    if (original instanceof ArgumentValidationError) {
      return {
        message: "Some of the input is not valid.",
        path: formatted.path,
        extensions: {
          code: "BAD_USER_INPUT",
          validationErrors: original.extensions.validationErrors?.map((v) => ({ property: v.property, constraints: v.constraints })),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC_ERROR_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logger.error({ err: original, requestId, path: formatted.path }, "unexpected error");
    return {
      message: `Something went wrong on our side. Reference: ${requestId ?? "n/a"}`,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  };
}
