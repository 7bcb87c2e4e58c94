import type { GraphQLTestClient } from "./graphql-client";

/** GraphQL documents and helpers for the application workflow tests. */
export const PROGRAM_CREATE = `mutation($input: ProgramCreateInput!) { programCreate(input: $input) { program { id title totalHours organization { id name } instructors { fullName } } errors { code field message } } }`;
export const APP_CREATE = `mutation($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id kind status } errors { code field message } } }`;
export const APP_UPDATE = `mutation($id: ID!, $input: ApplicationUpdateInput!) { applicationUpdate(id: $id, input: $input) { application { id status } errors { code field message } } }`;
export const APP_SUBMIT = `mutation($id: ID!) { applicationSubmit(id: $id) { application { id status submittedAt } errors { code field message } } }`;
export const APP_WITHDRAW = `mutation($id: ID!) { applicationWithdraw(id: $id) { application { id status } errors { code message } } }`;
export const APP_DECIDE = `mutation($id: ID!, $input: ApplicationDecideInput!) { applicationDecide(id: $id, input: $input) { application { id status decision decisionReason approvalsNeeded credential { id number status validFrom validUntil } } errors { code field message } } }`;
export const APP_ASSIGN = `mutation($id: ID!, $reviewerId: ID) { applicationAssign(id: $id, reviewerId: $reviewerId) { application { id status assignee { id } } errors { code field message } } }`;
export const APP_GET = `query($id: ID!) { application(id: $id) { id kind status statement decisionReason program { id title } organization { id } certificationType { code } applicant { id } assignee { id } credential { number } timeline { fromStatus toStatus reason } checklist { key done } notes { body } scores { score } reviewDecisions { decision } slaAgeDays } }`;

export const STATEMENT = "Our program trains home care aides over twelve weeks with supervised practice.";

export const programInput = (title = "Home Care Aide Foundations") => ({
  title,
  description: "A 12-week program for new home care aides.",
  modules: [
    { title: "Personal care", hours: 20, competencies: ["Bathing and grooming", "Safe transfers"] },
    { title: "Infection control", hours: 8.5, competencies: ["Hand hygiene"] },
  ],
  instructors: [{ fullName: "Grace Instructor", qualifications: "RN, 12 years in home health" }],
});

type Errors = { code: string; field: string[] | null; message: string }[];

export async function createProgram(client: GraphQLTestClient, title?: string) {
  const d = await client.ok<{ programCreate: { program: { id: string; organization: { id: string } }; errors: Errors } }>(PROGRAM_CREATE, { input: programInput(title) });
  if (d.programCreate.errors.length) throw new Error(JSON.stringify(d.programCreate.errors));
  return d.programCreate.program;
}

export async function createSubmittedAccreditation(client: GraphQLTestClient, title?: string) {
  const program = await createProgram(client, title);
  const c = await client.ok<{ applicationCreate: { application: { id: string }; errors: Errors } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: STATEMENT } });
  if (c.applicationCreate.errors.length) throw new Error(JSON.stringify(c.applicationCreate.errors));
  const s = await client.ok<{ applicationSubmit: { errors: Errors } }>(APP_SUBMIT, { id: c.applicationCreate.application.id });
  if (s.applicationSubmit.errors.length) throw new Error(JSON.stringify(s.applicationSubmit.errors));
  return { program, applicationId: c.applicationCreate.application.id };
}

export async function decide(client: GraphQLTestClient, id: string, decision: string, reason = "Reviewed against the standard.") {
  const d = await client.ok<{ applicationDecide: { application: { status: string; approvalsNeeded: number | null; credential: { number: string } | null } | null; errors: Errors } }>(APP_DECIDE, {
    id,
    input: { decision, reason },
  });
  return d.applicationDecide;
}
