import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_ASSIGN, APP_CREATE, APP_GET, APP_SUBMIT, APP_UPDATE, APP_WITHDRAW, createProgram, createSubmittedAccreditation, decide, PROGRAM_CREATE, programInput, STATEMENT } from "../../test/workflow";

let app: TestApp;
let reviewer: GraphQLTestClient;
let reviewerId: string;
let admin: GraphQLTestClient;

beforeAll(async () => {
  app = await createTestApp();
  const r = await createUser(app, { role: "REVIEWER", mfa: true });
  reviewer = app.client();
  await signIn(app, reviewer, r.email, r.secret);
  reviewerId = r.id;
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

type Errors = { code: string; field: string[] | null }[];

describe("programCreate [POL-COLLECT-APPLICATION]", () => {
  it("needs a signed-in user", async () => {
    const r = await app.client().request(PROGRAM_CREATE, { input: programInput() });
    expect(r.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("creates the program in the applicant's organization, with instructors encrypted at rest", async () => {
    const { client } = await registerUser(app, { organizationName: "Sunrise Training" });
    const d = await client.ok<{ programCreate: { program: { id: string; title: string; totalHours: number; organization: { name: string }; instructors: { fullName: string }[] } } }>(PROGRAM_CREATE, { input: programInput() });
    expect(d.programCreate.program).toMatchObject({ title: "Home Care Aide Foundations", totalHours: 28.5, organization: { name: "Sunrise Training" }, instructors: [{ fullName: "Grace Instructor" }] });
    const [row] = await app.sql<{ instructors_enc: string; modules: unknown }>("select instructors_enc, modules from programs where id = $1", [d.programCreate.program.id]);
    expect(row.instructors_enc).toMatch(/^v1\./);
    expect(row.instructors_enc).not.toContain("Grace");
  });

  it("validates with field paths", async () => {
    const { client } = await registerUser(app);
    const d = await client.ok<{ programCreate: { program: null; errors: Errors } }>(PROGRAM_CREATE, { input: { ...programInput(), title: "x", modules: [{ title: "M", hours: 0 }] } });
    expect(d.programCreate.errors.map((e) => e.field?.join("."))).toEqual(["title", "modules.0.title", "modules.0.hours"]);
  });
});

describe("applications: the applicant side [POL-USE-CERT]", () => {
  it("a draft cannot be submitted until the checklist is complete; then it is SUBMITTED with a notification", async () => {
    const { client } = await registerUser(app);
    const program = await createProgram(client);
    const c = await client.ok<{ applicationCreate: { application: { id: string; status: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: "too short" } });
    const id = c.applicationCreate.application.id;
    expect(c.applicationCreate.application.status).toBe("DRAFT");
    const early = await client.ok<{ applicationSubmit: { application: null; errors: Errors } }>(APP_SUBMIT, { id });
    expect(early.applicationSubmit.errors).toEqual([expect.objectContaining({ code: "INCOMPLETE", field: ["statement"] })]);
    await client.ok(APP_UPDATE, { id, input: { statement: STATEMENT } });
    const ok = await client.ok<{ applicationSubmit: { application: { status: string } } }>(APP_SUBMIT, { id });
    expect(ok.applicationSubmit.application.status).toBe("SUBMITTED");
    const notes = await client.ok<{ notifications: { unreadCount: number; edges: { node: { title: string } }[] } }>("{ notifications { unreadCount edges { node { title } } } }");
    expect(notes.notifications.edges[0].node.title).toBe("We received your application");
    const [statement] = await app.sql<{ statement_enc: string }>("select statement_enc from applications where id = $1", [id]);
    expect(statement.statement_enc).toMatch(/^v1\./);
    const mails = await app.deliverMail();
    expect(mails.some((m) => m.subject === "We received your application")).toBe(true);
  });

  it("[POL-SEC-RBAC] another applicant can neither see nor act on it", async () => {
    const owner = await registerUser(app);
    const { applicationId, program } = await createSubmittedAccreditation(owner.client);
    const other = await registerUser(app);
    expect((await other.client.ok<{ application: null }>(APP_GET, { id: applicationId })).application).toBeNull();
    expect((await other.client.ok<{ program: null }>("query($id: ID!) { program(id: $id) { id } }", { id: program.id })).program).toBeNull();
    const w = await other.client.ok<{ applicationWithdraw: { errors: Errors } }>(APP_WITHDRAW, { id: applicationId });
    expect(w.applicationWithdraw.errors[0].code).toBe("NOT_FOUND");
    const steal = await other.client.ok<{ applicationCreate: { errors: Errors } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: STATEMENT } });
    expect(steal.applicationCreate.errors[0]).toMatchObject({ code: "NOT_FOUND", field: ["programId"] });
    const list = await other.client.ok<{ applications: { totalCount: number } }>("{ applications { totalCount } }");
    expect(list.applications.totalCount).toBe(0);
    const decideAttempt = await other.client.request("mutation($id: ID!) { applicationDecide(id: $id, input: { decision: APPROVE, reason: \"me\" }) { errors { code } } }", { id: applicationId });
    expect(decideAttempt.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [row] = await app.sql<{ status: string }>("select status from applications where id = $1", [applicationId]);
    expect(row.status).toBe("SUBMITTED");
  });

  it("withdrawing works before a decision and not after", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const w = await client.ok<{ applicationWithdraw: { application: { status: string } } }>(APP_WITHDRAW, { id: applicationId });
    expect(w.applicationWithdraw.application.status).toBe("WITHDRAWN");
    const again = await client.ok<{ applicationWithdraw: { errors: Errors } }>(APP_WITHDRAW, { id: applicationId });
    expect(again.applicationWithdraw.errors[0].code).toBe("INVALID_TRANSITION");
  });
});

describe("review workflow [POL-USE-CERT]", () => {
  it("request changes -> resubmit -> approve issues a credential; the applicant sees the reason, not the notes", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const taken = await reviewer.ok<{ applicationAssign: { application: { status: string; assignee: { id: string } } } }>(APP_ASSIGN, { id: applicationId });
    expect(taken.applicationAssign.application).toEqual({ id: applicationId, status: "UNDER_REVIEW", assignee: { id: reviewerId } });
    await reviewer.ok("mutation($id: ID!) { applicationNoteAdd(id: $id, body: \"Instructor license looks expired\") { errors { code } } }", { id: applicationId });
    const criteria = await reviewer.ok<{ rubricCriteria: { id: string; maxScore: number }[] }>("{ rubricCriteria(subject: PROGRAM) { id maxScore } }");
    const score = await reviewer.ok<{ applicationScore: { score: { score: number }; errors: Errors } }>(
      "mutation($id: ID!, $input: ApplicationScoreInput!) { applicationScore(id: $id, input: $input) { score { score } errors { code field } } }",
      { id: applicationId, input: { criterionId: criteria.rubricCriteria[0].id, score: 4 } },
    );
    expect(score.applicationScore.score.score).toBe(4);
    const tooHigh = await reviewer.ok<{ applicationScore: { errors: Errors } }>("mutation($id: ID!, $input: ApplicationScoreInput!) { applicationScore(id: $id, input: $input) { errors { code field } } }", {
      id: applicationId,
      input: { criterionId: criteria.rubricCriteria[0].id, score: 99 },
    });
    expect(tooHigh.applicationScore.errors[0]).toMatchObject({ code: "INVALID", field: ["score"] });

    const changes = await decide(reviewer, applicationId, "REQUEST_CHANGES", "Please add the assessment method.");
    expect(changes.application?.status).toBe("CHANGES_REQUESTED");
    const seen = await client.ok<{ application: { status: string; decisionReason: string; notes: null; scores: null; reviewDecisions: null } }>(APP_GET, { id: applicationId });
    expect(seen.application).toMatchObject({ status: "CHANGES_REQUESTED", decisionReason: "Please add the assessment method.", notes: null, scores: null, reviewDecisions: null });

    await client.ok(APP_UPDATE, { id: applicationId, input: { statement: `${STATEMENT} Assessment: observed practice.` } });
    const re = await client.ok<{ applicationSubmit: { application: { status: string } } }>(APP_SUBMIT, { id: applicationId });
    // The reviewer who asked for changes still has it: straight back under review.
    expect(re.applicationSubmit.application.status).toBe("UNDER_REVIEW");

    const approved = await decide(reviewer, applicationId, "APPROVE", "Meets the standard.");
    expect(approved.errors).toEqual([]);
    expect(approved.application?.status).toBe("APPROVED");
    expect(approved.application?.credential?.number).toMatch(/^CCP-2026-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const final = await client.ok<{ application: { timeline: { toStatus: string }[]; credential: { number: string } } }>(APP_GET, { id: applicationId });
    expect(final.application.timeline.map((t) => t.toStatus)).toEqual(["DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "SUBMITTED", "UNDER_REVIEW", "APPROVED"]);
    const creds = await client.ok<{ credentials: { edges: { node: { number: string; status: string; title: string; validFrom: string; validUntil: string } }[] } }>(
      "{ credentials { edges { node { number status title validFrom validUntil } } } }",
    );
    const node = creds.credentials.edges[0].node;
    expect(node).toMatchObject({ number: final.application.credential.number, status: "ACTIVE", title: "Accredited Care Training Program", validFrom: app.clock.now().toISOString() });
    // ACTP is valid for 36 months.
    expect(node.validUntil).toBe(new Date(Date.UTC(app.clock.now().getUTCFullYear() + 3, app.clock.now().getUTCMonth(), app.clock.now().getUTCDate(), app.clock.now().getUTCHours(), app.clock.now().getUTCMinutes())).toISOString());
  });

  it("illegal transitions return INVALID_TRANSITION and change nothing", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    await decide(reviewer, applicationId, "REJECT", "Curriculum too short.");
    const before = await app.sql("select status, decision_reason, updated_at from applications where id = $1", [applicationId]);
    const events = await app.sql("select count(*) n from application_events where application_id = $1", [applicationId]);
    const again = await decide(reviewer, applicationId, "APPROVE", "Changed my mind");
    expect(again.errors[0].code).toBe("INVALID_TRANSITION");
    const resubmit = await client.ok<{ applicationSubmit: { errors: Errors } }>(APP_SUBMIT, { id: applicationId });
    expect(resubmit.applicationSubmit.errors[0].code).toBe("INVALID_TRANSITION");
    expect(await app.sql("select status, decision_reason, updated_at from applications where id = $1", [applicationId])).toEqual(before);
    expect(await app.sql("select count(*) n from application_events where application_id = $1", [applicationId])).toEqual(events);
    const noReason = await decide(reviewer, applicationId, "APPROVE", " ");
    expect(noReason.errors[0]).toMatchObject({ code: "REASON_REQUIRED", field: ["reason"] });
  });

  it("a reviewer cannot decide on their own organization's application (conflict of interest)", async () => {
    const { applicationId } = await createSubmittedAccreditation(reviewer, "Reviewer's own program");
    const d = await decide(reviewer, applicationId, "APPROVE");
    expect(d.errors[0].code).toBe("CONFLICT_OF_INTEREST");
    const other = await decide(admin, applicationId, "APPROVE");
    expect(other.application?.status).toBe("APPROVED");
  });

  it("only admins assign others; reviewers take work themselves; the assignee is notified", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const second = await createUser(app, { role: "REVIEWER", mfa: true });
    const byReviewer = await reviewer.ok<{ applicationAssign: { errors: Errors } }>(APP_ASSIGN, { id: applicationId, reviewerId: second.id });
    expect(byReviewer.applicationAssign.errors[0].code).toBe("FORBIDDEN");
    const applicantId = (await client.ok<{ viewer: { id: string } }>("{ viewer { id } }")).viewer.id;
    const notReviewer = await admin.ok<{ applicationAssign: { errors: Errors } }>(APP_ASSIGN, { id: applicationId, reviewerId: applicantId });
    expect(notReviewer.applicationAssign.errors[0].code).toBe("NOT_A_REVIEWER");
    const byAdmin = await admin.ok<{ applicationAssign: { application: { assignee: { id: string } } } }>(APP_ASSIGN, { id: applicationId, reviewerId: second.id });
    expect(byAdmin.applicationAssign.application.assignee.id).toBe(second.id);
    const rows = await app.sql<{ kind: string }>("select kind from notifications where user_id = $1", [second.id]);
    expect(rows.map((r) => r.kind)).toContain("application.assigned");
  });

  it("with the admin setting on, program accreditation needs two different approving reviewers", async () => {
    await admin.ok("mutation { reviewSettingsUpdate(input: { secondReviewerForPrograms: true }) { settings { secondReviewerForPrograms } } }");
    try {
      const { client } = await registerUser(app);
      const { applicationId } = await createSubmittedAccreditation(client);
      const first = await decide(reviewer, applicationId, "APPROVE", "Looks good to me.");
      expect(first.application).toMatchObject({ status: "UNDER_REVIEW", approvalsNeeded: 1, credential: null });
      const same = await decide(reviewer, applicationId, "APPROVE", "Still good.");
      expect(same.errors[0].code).toBe("SECOND_REVIEWER_REQUIRED");
      const second = await decide(admin, applicationId, "APPROVE", "Agreed.");
      expect(second.application).toMatchObject({ status: "APPROVED", approvalsNeeded: 0 });
    } finally {
      await admin.ok("mutation { reviewSettingsUpdate(input: { secondReviewerForPrograms: false }) { settings { secondReviewerForPrograms } } }");
    }
  });

  it("an individual certification must cite an accredited program", async () => {
    const provider = await registerUser(app);
    const { applicationId, program } = await createSubmittedAccreditation(provider.client, "Certified Program");
    const unaccredited = await createProgram(provider.client, "Not yet accredited");
    const person = await registerUser(app);
    const early = await person.client.ok<{ applicationCreate: { errors: Errors } }>(APP_CREATE, { input: { kind: "INDIVIDUAL_CERTIFICATION", programId: program.id, statement: STATEMENT } });
    expect(early.applicationCreate.errors[0]).toMatchObject({ code: "PROGRAM_NOT_ACCREDITED", field: ["programId"] });
    await decide(reviewer, applicationId, "APPROVE");
    const list = await person.client.ok<{ accreditedPrograms: { id: string }[] }>("{ accreditedPrograms(search: \"certified\") { id } }");
    expect(list.accreditedPrograms.map((p) => p.id)).toEqual([program.id]);
    const ok = await person.client.ok<{ applicationCreate: { application: { id: string; kind: string } } }>(APP_CREATE, { input: { kind: "INDIVIDUAL_CERTIFICATION", programId: program.id, statement: STATEMENT } });
    const sub = await person.client.ok<{ applicationSubmit: { application: { status: string } } }>(APP_SUBMIT, { id: ok.applicationCreate.application.id });
    expect(sub.applicationSubmit.application.status).toBe("SUBMITTED");
    const approved = await decide(reviewer, ok.applicationCreate.application.id, "APPROVE");
    expect(approved.application?.credential?.number).toBeTruthy();
    const creds = await person.client.ok<{ credentials: { edges: { node: { subject: string; title: string; holderName: string } }[] } }>("{ credentials { edges { node { subject title holderName } } } }");
    expect(creds.credentials.edges[0].node).toMatchObject({ subject: "PERSON", title: "Certified Care Assistant" });
    const other = await person.client.ok<{ applicationCreate: { errors: Errors } }>(APP_CREATE, { input: { kind: "INDIVIDUAL_CERTIFICATION", programId: unaccredited.id, statement: STATEMENT } });
    expect(other.applicationCreate.errors[0].code).toBe("PROGRAM_NOT_ACCREDITED");
  });
});

describe("review queue", () => {
  it("filters, sorts oldest-first, paginates with totalCount and caps first at 100", async () => {
    const { client } = await registerUser(app);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await createSubmittedAccreditation(client, `Queue program ${i}`)).applicationId);
      app.clock.advance(86_400_000);
      await client.refresh();
    }
    await reviewer.refresh();
    await admin.refresh();
    const Q = `query($first: Int, $after: String, $filter: ApplicationsFilter) { applications(first: $first, after: $after, filter: $filter, sort: SUBMITTED_AT_ASC) { totalCount pageInfo { hasNextPage endCursor } edges { node { id slaAgeDays } } } }`;
    const filter = { status: ["SUBMITTED"], unassigned: true, programId: null };
    const all = await reviewer.ok<{ applications: { totalCount: number; edges: { node: { id: string; slaAgeDays: number } }[] } }>(Q, { first: 100, filter });
    const mine = all.applications.edges.filter((e) => ids.includes(e.node.id));
    expect(mine.map((e) => e.node.id)).toEqual(ids);
    expect(mine.map((e) => e.node.slaAgeDays)).toEqual([3, 2, 1]);
    const page1 = await reviewer.ok<{ applications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } }>(Q, { first: 1, filter });
    expect(page1.applications.edges).toHaveLength(1);
    expect(page1.applications.totalCount).toBe(all.applications.totalCount);
    const page2 = await reviewer.ok<{ applications: { edges: { node: { id: string } }[] } }>(Q, { first: 1, after: page1.applications.pageInfo.endCursor, filter });
    expect(page2.applications.edges[0].node.id).toBe(all.applications.edges[1].node.id);
    const old = await reviewer.ok<{ applications: { edges: { node: { id: string } }[] } }>(Q, { first: 100, filter: { ...filter, minAgeDays: 2 } });
    expect(old.applications.edges.map((e) => e.node.id).filter((i) => ids.includes(i))).toEqual(ids.slice(0, 2));
    const over = await reviewer.request(Q, { first: 101 });
    expect(over.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("runs a fixed number of SQL queries whatever the page size, with program, organization, assignee and last message (DataLoader, no N+1)", async () => {
    const services = app.server.services;
    const { user } = await registerUser(app);
    const viewer = { userId: user.id, sessionId: "00000000-0000-0000-0000-000000000000", roles: ["APPLICANT" as const], mfaEnabled: false, emailVerified: true, authTime: app.clock.now() };
    const actor = { type: "USER" as const, userId: user.id, requestId: null };
    for (let i = 0; i < 100; i++) {
      const p = await services.programs.create(viewer, actor, programInput(`Bulk ${i}`));
      if (!p.ok) throw new Error("program");
      const a = await services.applications.create(viewer, actor, { kind: "PROGRAM_ACCREDITATION", programId: p.value.id, statement: STATEMENT });
      if (!a.ok) throw new Error("application");
      await services.applications.submit(viewer, actor, a.value.id);
      if (i % 2 === 0) await reviewer.ok(APP_ASSIGN, { id: a.value.id });
      if (i % 3 === 0) await services.messages.sendOnApplication(viewer, actor, a.value.id, `Question ${i} about the curriculum`);
    }
    const Q = `query($first: Int) { applications(first: $first, sort: SUBMITTED_AT_DESC) { totalCount edges { node { id status statement slaAgeDays program { id title totalHours organization { name } } organization { name } applicant { firstName } assignee { firstName } certificationType { name } credential { number } lastMessage { body createdAt } } } } }`;
    const count = async (first: number) => {
      const r = await reviewer.request<{ applications: { edges: unknown[] } }>(Q, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data?.applications.edges).toHaveLength(first);
      return Number(r.headers.get("x-query-count"));
    };
    const small = await count(10);
    const large = await count(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  }, 120_000);
});
