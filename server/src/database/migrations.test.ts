import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { pendingSchemaChanges } from "./migration-generator";

describe("migrations", () => {
  it("agree with the entities (run `pnpm db:migration:generate <Name>` when this fails)", async () => {
    const { up } = await pendingSchemaChanges(inject("adminDatabaseUrl"));
    expect(up).toEqual([]);
  }, 60_000);
});
