import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { registerUser } from "../../test/factories";
import { MAIL_DELIVER_JOB } from "./mail.service";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ jobs: true });
});
afterAll(() => app?.close());

describe("mail through background jobs (pg-boss)", () => {
  it("enqueues delivery in the same transaction and a worker delivers it to the mail folder", async () => {
    const mail = app.server.services.mail;
    const delivered = new Promise<string>((resolve) => {
      const original = mail.deliver.bind(mail);
      mail.deliver = async (id: string) => {
        const d = await original(id);
        if (d) resolve(d.to);
        return d;
      };
    });
    const { input } = await registerUser(app);
    const jobs = await app.sql<{ n: string }>("select count(*) n from pgboss.job where name = $1", [MAIL_DELIVER_JOB]);
    expect(Number(jobs[0].n)).toBeGreaterThanOrEqual(1);
    expect(await delivered).toBe(input.email);
    expect(mail.listFiles().some((m) => m.to === input.email && m.subject === "Confirm your e-mail address")).toBe(true);
  });

  it("a rolled-back transaction leaves neither a message nor a job", async () => {
    const before = await app.sql<{ n: string }>("select (select count(*) from mail_outbox) + (select count(*) from pgboss.job) n");
    await expect(
      app.server.services.ds.transaction(async (em) => {
        await app.server.services.mail.enqueue(em, { userId: null, to: "x@example.org", template: "t", category: "ESSENTIAL", content: { subject: "s", text: "t", html: "h" } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const after = await app.sql<{ n: string }>("select (select count(*) from mail_outbox) + (select count(*) from pgboss.job) n");
    expect(after[0].n).toBe(before[0].n);
  });
});
