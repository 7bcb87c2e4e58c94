import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signIn, tokenFromMail } from "../../test/factories";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createProgram } from "../../test/workflow";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const INVITE = "mutation($org: ID!, $input: OrganizationInviteInput!) { organizationInvite(organizationId: $org, input: $input) { expiresAt errors { code field } } }";
const ACCEPT = "mutation($t: String!) { organizationInvitationAccept(token: $t) { organization { id } errors { code } } }";
const PENDING = "query($org: ID!) { organizationInvitations(organizationId: $org) { id email role invitedAt expiresAt } }";
const CANCEL = "mutation($id: ID!) { organizationInvitationCancel(id: $id) { invitation { id email } errors { code field } } }";
type Errors = { code: string; field?: string[] | null }[];
type Invitation = { id: string; email: string; role: string; invitedAt: string; expiresAt: string };

describe("pending invitations [POL-COLLECT-ACCOUNT][POL-SEC-RBAC]", () => {
  it("owners list pending invitations and cancel them; a cancelled link no longer works; members and outsiders cannot", async () => {
    const owner = await registerUser(app);
    const orgId = (await createProgram(owner.client, "Invitations program")).organization.id;
    const member = await registerUser(app);
    const invitee = await registerUser(app);
    const stranger = await registerUser(app);

    await owner.client.ok(INVITE, { org: orgId, input: { email: member.input.email } });
    const memberToken = decodeURIComponent(tokenFromMail((await app.deliverMail()).find((m) => m.to === member.input.email && m.subject.startsWith("Join "))!.text)!);
    expect((await member.client.ok<{ organizationInvitationAccept: { errors: Errors } }>(ACCEPT, { t: memberToken })).organizationInvitationAccept.errors).toEqual([]);
    app.clock.advance(60_000);
    await owner.client.ok(INVITE, { org: orgId, input: { email: invitee.input.email, role: "OWNER" } });
    const inviteeToken = decodeURIComponent(tokenFromMail((await app.deliverMail()).find((m) => m.to === invitee.input.email && m.subject.startsWith("Join "))!.text)!);
    app.clock.advance(60_000);
    await owner.client.ok(INVITE, { org: orgId, input: { email: "later@example.org" } });

    // Accepted invitations are not pending; the newest ones are listed oldest first, decrypted.
    const list = await owner.client.ok<{ organizationInvitations: Invitation[] }>(PENDING, { org: orgId });
    expect(list.organizationInvitations.map((i) => [i.email, i.role])).toEqual([
      [invitee.input.email, "OWNER"],
      ["later@example.org", "MEMBER"],
    ]);
    expect(new Date(list.organizationInvitations[0].expiresAt).getTime() - new Date(list.organizationInvitations[0].invitedAt).getTime()).toBe(7 * 24 * 3600_000);
    for (const c of [member.client, stranger.client]) expect((await c.ok<{ organizationInvitations: null }>(PENDING, { org: orgId })).organizationInvitations).toBeNull();

    const toInvitee = list.organizationInvitations[0].id;
    expect((await member.client.ok<{ organizationInvitationCancel: { errors: Errors } }>(CANCEL, { id: toInvitee })).organizationInvitationCancel.errors).toEqual([{ code: "NOT_OWNER", field: ["id"] }]);
    expect((await stranger.client.ok<{ organizationInvitationCancel: { errors: Errors } }>(CANCEL, { id: toInvitee })).organizationInvitationCancel.errors).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
    expect((await app.client().request(CANCEL, { id: toInvitee })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const cancelled = await owner.client.ok<{ organizationInvitationCancel: { invitation: { id: string; email: string }; errors: Errors } }>(CANCEL, { id: toInvitee });
    expect(cancelled.organizationInvitationCancel).toEqual({ invitation: { id: toInvitee, email: invitee.input.email }, errors: [] });
    const again = await owner.client.ok<{ organizationInvitationCancel: { errors: Errors } }>(CANCEL, { id: toInvitee });
    expect(again.organizationInvitationCancel.errors).toEqual([{ code: "NOT_PENDING", field: ["id"] }]);
    const refused = await invitee.client.ok<{ organizationInvitationAccept: { errors: Errors } }>(ACCEPT, { t: inviteeToken });
    expect(refused.organizationInvitationAccept.errors[0].code).toBe("TOKEN_INVALID");
    expect((await owner.client.ok<{ organizationInvitations: Invitation[] }>(PENDING, { org: orgId })).organizationInvitations.map((i) => i.email)).toEqual(["later@example.org"]);
    const audit = await app.sql<{ action: string }>("select action from audit_events where action = 'organization.invitation_cancelled' and target_id = $1", [orgId]);
    expect(audit).toHaveLength(1);

    // Expired invitations drop off the list and can no longer be cancelled.
    app.clock.advance(8 * 24 * 3600_000);
    await signIn(app, owner.client, owner.input.email);
    expect((await owner.client.ok<{ organizationInvitations: Invitation[] }>(PENDING, { org: orgId })).organizationInvitations).toEqual([]);
    const expired = await owner.client.ok<{ organizationInvitationCancel: { errors: Errors } }>(CANCEL, { id: list.organizationInvitations[1].id });
    expect(expired.organizationInvitationCancel.errors[0].code).toBe("NOT_PENDING");
  });
});
