// The graphql printer on its own, for dynamic import: `import("graphql")` keeps the whole library
// (validation, execution, schema building: ~45 kB gz) in a chunk the public verification page
// shares through graphql-fetch.ts.
export { print } from "graphql";
