import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; type-graphql loads the CJS one. Point vitest at the
    // same file so "Cannot use GraphQLObjectType from another module or realm" cannot happen.
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["src/test/global-setup.ts"],
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
