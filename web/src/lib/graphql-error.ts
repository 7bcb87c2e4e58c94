/**
 * A GraphQL answer with errors and no data, from the plain-fetch client (graphql-fetch.ts). Kept
 * apart from it so that errors.ts can recognise it without loading the client.
 */
export class GraphQLFetchError extends Error {
  readonly codes: string[];

  constructor(errors: { message: string; extensions?: { code?: unknown } }[]) {
    super(errors.map((e) => e.message).join("; ") || "GraphQL error");
    this.name = "GraphQLFetchError";
    this.codes = errors.map((e) => String(e.extensions?.code ?? ""));
  }
}
