import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_ASSIGN, createSubmittedAccreditation } from "../../test/workflow";

let app: TestApp;
let reviewer: GraphQLTestClient;
let reviewerId: string;
beforeAll(async () => {
  app = await createTestApp();
  const r = await createUser(app, { role: "REVIEWER", mfa: true });
  reviewerId = r.id;
  reviewer = app.client();
  await signIn(app, reviewer, r.email, r.secret);
});
afterAll(() => app?.close());

const SEND = "mutation($id: ID!, $body: String!) { applicationMessageSend(id: $id, body: $body) { message { id body fromStaff author { firstName } } errors { code field } } }";
const THREAD = "query($id: ID!) { application(id: $id) { messages { body fromStaff } lastMessage { body } } }";
type Errors = { code: string; field?: string[] | null }[];

describe("application messages [POL-COLLECT-COMMS][POL-USE-NOTIFY]", () => {
  it("applicant and reviewer talk in the thread; each side is notified; bodies are encrypted", async () => {
    const { client, user } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    await reviewer.ok(APP_ASSIGN, { id: applicationId });
    const q = await reviewer.ok<{ applicationMessageSend: { message: { fromStaff: boolean } } }>(SEND, { id: applicationId, body: "Could you share the assessment rubric?" });
    expect(q.applicationMessageSend.message.fromStaff).toBe(true);
    const a = await client.ok<{ applicationMessageSend: { message: { fromStaff: boolean } } }>(SEND, { id: applicationId, body: "Attached it now, thank you." });
    expect(a.applicationMessageSend.message.fromStaff).toBe(false);
    const thread = await client.ok<{ application: { messages: { body: string; fromStaff: boolean }[]; lastMessage: { body: string } } }>(THREAD, { id: applicationId });
    expect(thread.application.messages.map((m) => m.fromStaff)).toEqual([true, false]);
    expect(thread.application.lastMessage.body).toBe("Attached it now, thank you.");
    const kinds = async (uid: string) => (await app.sql<{ kind: string }>("select kind from notifications where user_id = $1", [uid])).map((r) => r.kind);
    expect(await kinds(user.id)).toContain("message.received");
    expect(await kinds(reviewerId)).toContain("message.received");
    const raw = JSON.stringify(await app.sql("select * from messages where thread_id = $1", [applicationId]));
    expect(raw).not.toContain("assessment rubric");
  });

  it("nobody else can read or write the thread; empty messages are refused", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const other = await registerUser(app);
    const w = await other.client.ok<{ applicationMessageSend: { errors: Errors } }>(SEND, { id: applicationId, body: "hello" });
    expect(w.applicationMessageSend.errors[0].code).toBe("NOT_FOUND");
    const empty = await client.ok<{ applicationMessageSend: { errors: Errors } }>(SEND, { id: applicationId, body: "   " });
    expect(empty.applicationMessageSend.errors[0]).toMatchObject({ code: "INVALID", field: ["body"] });
  });
});

describe("support requests and feedback [POL-COLLECT-COMMS]", () => {
  const CREATE = "mutation($input: SupportRequestCreateInput!) { supportRequestCreate(input: $input) { supportRequest { id status subject lastContactAt } errors { code field } } }";
  const REPLY = "mutation($id: ID!, $body: String!) { supportRequestReply(id: $id, body: $body) { supportRequest { status } errors { code } } }";

  it("a user asks, staff answer (e-mailed), the user closes it; others cannot see it", async () => {
    const { client, input } = await registerUser(app);
    const c = await client.ok<{ supportRequestCreate: { supportRequest: { id: string; status: string; subject: string } } }>(CREATE, {
      input: { kind: "SUPPORT", subject: "Cannot find my certificate", body: "Where do I download it?" },
    });
    const id = c.supportRequestCreate.supportRequest.id;
    expect(c.supportRequestCreate.supportRequest).toMatchObject({ status: "OPEN", subject: "Cannot find my certificate" });
    const staffList = await reviewer.ok<{ supportRequests: { edges: { node: { id: string; requester: { email: string } } }[] } }>("{ supportRequests(status: OPEN) { edges { node { id requester { email } } } } }");
    expect(staffList.supportRequests.edges.find((e) => e.node.id === id)?.node.requester.email).toBe(input.email);
    app.clock.advance(3600_000);
    await client.refresh();
    await reviewer.refresh();
    const r = await reviewer.ok<{ supportRequestReply: { supportRequest: { status: string } } }>(REPLY, { id, body: "Under Credentials on your dashboard." });
    expect(r.supportRequestReply.supportRequest.status).toBe("ANSWERED");
    expect((await app.deliverMail()).some((m) => m.to === input.email && m.subject === "We replied to your request")).toBe(true);
    const [row] = await app.sql<{ last_contact_at: Date }>("select last_contact_at from support_requests where id = $1", [id]);
    expect(row.last_contact_at.toISOString()).toBe(app.clock.now().toISOString());
    const other = await registerUser(app);
    expect((await other.client.ok<{ supportRequest: null }>("query($id: ID!) { supportRequest(id: $id) { id } }", { id })).supportRequest).toBeNull();
    expect((await other.client.ok<{ supportRequestReply: { errors: Errors } }>(REPLY, { id, body: "me too" })).supportRequestReply.errors[0].code).toBe("NOT_FOUND");
    const closed = await client.ok<{ supportRequestClose: { supportRequest: { status: string } } }>("mutation($id: ID!) { supportRequestClose(id: $id) { supportRequest { status } errors { code } } }", { id });
    expect(closed.supportRequestClose.supportRequest.status).toBe("CLOSED");
    expect((await client.ok<{ supportRequestReply: { errors: Errors } }>(REPLY, { id, body: "one more" })).supportRequestReply.errors[0].code).toBe("CLOSED");
  });

  it("feedback needs a subject", async () => {
    const { client } = await registerUser(app);
    const c = await client.ok<{ supportRequestCreate: { errors: Errors } }>(CREATE, { input: { kind: "FEEDBACK", subject: "", body: "Great app" } });
    expect(c.supportRequestCreate.errors[0]).toMatchObject({ code: "INVALID", field: ["subject"] });
  });
});
