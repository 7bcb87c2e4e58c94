import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * SECURITY.md limits, checked before any resolver runs: depth 12 (SECURITY.md starts from 8; Relay
 * edges/node and payload wrappers add 3 levels to what the SPA really asks), 15 aliases, 10
 * directives, 1,000 tokens, a static cost limit; no field suggestions in production. Introspection
 * fields do not count towards depth (graphql-armor's default; introspection is off in production).
 */
export const GRAPHQL_LIMITS = { depth: 12, aliases: 15, directives: 10, tokens: 1000, cost: 5000 } as const;

export function createArmor(isProduction: boolean) {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.depth },
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    maxTokens: { n: GRAPHQL_LIMITS.tokens },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost },
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}
