import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signedInStaff } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  admin = (await signedInStaff(app, "ADMIN")).client;
});
afterAll(() => app?.close());

const LIST = `query($first: Int, $after: String, $filter: OrganizationsFilter) {
  allOrganizations(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt viewerRole } } }
}`;
type Page = { allOrganizations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; name: string; viewerRole: string | null } }[] } };

describe("allOrganizations (ADMIN), the legal-hold picker", () => {
  it("needs ADMIN: anonymous callers are UNAUTHENTICATED, applicants FORBIDDEN", async () => {
    const applicant = await registerUser(app);
    expect((await app.client().request(LIST)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await applicant.client.request(LIST)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lists every organization by name, searches part of the name in any case (wildcards literal), and pages with first ≤ 100", async () => {
    const owner = await registerUser(app);
    for (const name of ["Lakeside Care Academy", "lakeside Nursing", "Hillview Training", "100% Care_Co"]) {
      const r = await owner.client.ok<{ organizationCreate: { errors: unknown[] } }>("mutation($i: OrganizationCreateInput!) { organizationCreate(input: $i) { errors { code } } }", { i: { name } });
      expect(r.organizationCreate.errors).toEqual([]);
    }
    const found = await admin.ok<Page>(LIST, { filter: { search: "LAKESIDE" } });
    expect(found.allOrganizations.edges.map((e) => e.node.name)).toEqual(["Lakeside Care Academy", "lakeside Nursing"]);
    expect(found.allOrganizations.totalCount).toBe(2);
    expect(found.allOrganizations.edges[0].node.viewerRole).toBeNull();
    expect((await admin.ok<Page>(LIST, { filter: { search: "0% care_" } })).allOrganizations.edges.map((e) => e.node.name)).toEqual(["100% Care_Co"]);
    expect((await admin.ok<Page>(LIST, { filter: { search: "_" } })).allOrganizations.edges.map((e) => e.node.name)).toEqual(["100% Care_Co"]);

    const first = await admin.ok<Page>(LIST, { first: 2 });
    expect(first.allOrganizations.totalCount).toBeGreaterThanOrEqual(4);
    expect(first.allOrganizations.pageInfo.hasNextPage).toBe(true);
    const next = await admin.ok<Page>(LIST, { first: 2, after: first.allOrganizations.pageInfo.endCursor });
    const names = [...first.allOrganizations.edges, ...next.allOrganizations.edges].map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(new Set(names).size).toBe(4);

    const tooMany = await admin.request(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
