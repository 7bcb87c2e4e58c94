import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { MAIL_DELIVER_JOB, MAIL_PRIORITY } from "./mail.service";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ jobs: true });
});
afterAll(() => app?.close());

describe("mail delivery order", () => {
  it("mail someone is waiting for is fetched before a bulk announcement queued earlier", async () => {
    const { mail } = app.server.services;
    const content = { subject: "s", text: "t" } as never;
    const ids = await app.server.services.ds.transaction(async (em) => ({
      bulk: await mail.enqueue(em, { userId: null, to: "everyone@example.org", template: "policy.changed:test", category: "ESSENTIAL", bulk: true, content }),
      personal: await mail.enqueue(em, { userId: null, to: "waiting@example.org", template: "verify-email", category: "ESSENTIAL", content }),
    }));
    const rows = await app.sql<{ id: string; priority: number }>("select data->>'id' as id, priority from pgboss.job where name = $1 and data->>'id' = any($2)", [MAIL_DELIVER_JOB, [ids.bulk, ids.personal]]);
    const priority = Object.fromEntries(rows.map((r) => [r.id, r.priority]));
    expect(priority[ids.personal]).toBe(MAIL_PRIORITY.personal);
    expect(priority[ids.bulk]).toBe(MAIL_PRIORITY.bulk);
    expect(MAIL_PRIORITY.personal).toBeGreaterThan(MAIL_PRIORITY.bulk);
  });
});
