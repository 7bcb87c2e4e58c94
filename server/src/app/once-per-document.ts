import { GraphQLError, type ASTVisitor, type FieldNode, Kind, type ValidationContext } from "graphql";

/**
 * Mutations that guess or spend a secret (password, TOTP, reset token, e-mailed code) may appear at
 * most once per document (SECURITY.md "GraphQL limits", OWASP GraphQL cheat sheet): aliases must
 * not turn one request into a hundred login attempts that a per-request rate limit counts once.
 */
export const ONCE_PER_DOCUMENT = new Set([
  "authLogin",
  "authRegister",
  "authRefresh",
  "authPasswordReset",
  "authPasswordResetRequest",
  "authPasswordChange",
  "authVerifyEmail",
  "mfaTotpConfirm",
  "privacyRequestStart",
  "privacyRequestConfirm",
]);

export function oncePerDocumentRule(context: ValidationContext): ASTVisitor {
  const seen = new Map<string, number>();
  return {
    OperationDefinition: {
      enter(node) {
        if (node.operation !== "mutation") return;
        for (const sel of node.selectionSet.selections) {
          if (sel.kind !== Kind.FIELD) continue; // fragments on Mutation are counted where they are spread (below)
          const name = (sel as FieldNode).name.value;
          if (ONCE_PER_DOCUMENT.has(name)) seen.set(name, (seen.get(name) ?? 0) + 1);
        }
      },
    },
    FragmentDefinition: {
      enter(node) {
        if (node.typeCondition.name.value !== "Mutation") return;
        for (const sel of node.selectionSet.selections) {
          if (sel.kind === Kind.FIELD && ONCE_PER_DOCUMENT.has(sel.name.value)) {
            context.reportError(new GraphQLError(`${sel.name.value} cannot be used inside a fragment.`, { nodes: [sel], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
          }
        }
      },
    },
    Document: {
      leave() {
        for (const [name, n] of seen) {
          if (n > 1) context.reportError(new GraphQLError(`${name} may appear at most once in a request (found ${n}).`, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
        }
      },
    },
  };
}
