// Typed documents for every GraphQL operation the SPA sends, generated from
// `shared/src/operations/**/*.graphql` against `server/schema.graphql` (pnpm codegen).
export * from "./generated/graphql";
