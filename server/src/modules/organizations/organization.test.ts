import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, tokenFromMail } from "../../test/factories";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createProgram } from "../../test/workflow";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const INVITE = "mutation($org: ID!, $input: OrganizationInviteInput!) { organizationInvite(organizationId: $org, input: $input) { expiresAt errors { code field } } }";
const ACCEPT = "mutation($t: String!) { organizationInvitationAccept(token: $t) { organization { id name } errors { code } } }";
type Errors = { code: string; field?: string[] | null }[];

describe("organizations and invitations [POL-COLLECT-ACCOUNT][POL-SEC-RBAC]", () => {
  it("an owner invites a colleague by e-mail; only that person can accept; members share the programs", async () => {
    const owner = await registerUser(app);
    const program = await createProgram(owner.client, "Shared program");
    const orgId = program.organization.id;
    const colleague = await registerUser(app);
    const stranger = await registerUser(app);
    expect((await colleague.client.ok<{ program: null }>("query($id: ID!) { program(id: $id) { id } }", { id: program.id })).program).toBeNull();

    const inv = await owner.client.ok<{ organizationInvite: { expiresAt: string; errors: Errors } }>(INVITE, { org: orgId, input: { email: colleague.input.email, role: "MEMBER" } });
    expect(inv.organizationInvite.errors).toEqual([]);
    const mail = (await app.deliverMail()).find((m) => m.to === colleague.input.email && m.subject.startsWith("Join "));
    const token = decodeURIComponent(tokenFromMail(mail!.text)!);

    const wrong = await stranger.client.ok<{ organizationInvitationAccept: { errors: Errors } }>(ACCEPT, { t: token });
    expect(wrong.organizationInvitationAccept.errors[0].code).toBe("TOKEN_INVALID");
    const ok = await colleague.client.ok<{ organizationInvitationAccept: { organization: { id: string } } }>(ACCEPT, { t: token });
    expect(ok.organizationInvitationAccept.organization.id).toBe(orgId);
    expect((await colleague.client.ok<{ program: { id: string } }>("query($id: ID!) { program(id: $id) { id } }", { id: program.id })).program.id).toBe(program.id);
    const again = await colleague.client.ok<{ organizationInvitationAccept: { errors: Errors } }>(ACCEPT, { t: token });
    expect(again.organizationInvitationAccept.errors[0].code).toBe("TOKEN_INVALID");

    const members = await owner.client.ok<{ organizationMembers: { email: string; role: string }[] }>("query($org: ID!) { organizationMembers(organizationId: $org) { email role } }", { org: orgId });
    expect(members.organizationMembers.map((m) => m.role)).toEqual(["OWNER", "MEMBER"]);
    expect((await stranger.client.ok<{ organizationMembers: null }>("query($org: ID!) { organizationMembers(organizationId: $org) { email } }", { org: orgId })).organizationMembers).toBeNull();

    const memberInvites = await colleague.client.ok<{ organizationInvite: { errors: Errors } }>(INVITE, { org: orgId, input: { email: "x@example.org" } });
    expect(memberInvites.organizationInvite.errors[0].code).toBe("NOT_OWNER");
    const dup = await owner.client.ok<{ organizationInvite: { errors: Errors } }>(INVITE, { org: orgId, input: { email: colleague.input.email } });
    expect(dup.organizationInvite.errors[0].code).toBe("ALREADY_MEMBER");
    const ownerId = (await owner.client.ok<{ viewer: { id: string } }>("{ viewer { id } }")).viewer.id;
    const last = await owner.client.ok<{ organizationMemberRemove: { errors: Errors } }>("mutation($o: ID!, $u: ID!) { organizationMemberRemove(organizationId: $o, userId: $u) { ok errors { code } } }", { o: orgId, u: ownerId });
    expect(last.organizationMemberRemove.errors[0].code).toBe("LAST_OWNER");
  });
});
