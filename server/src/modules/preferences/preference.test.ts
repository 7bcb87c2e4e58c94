import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signedInStaff } from "../../test/factories";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createSubmittedAccreditation, decide } from "../../test/workflow";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe("communication preferences [POL-RIGHT-COMMS][POL-USE-NOTIFY]", () => {
  it("an opted-out person gets no non-essential e-mail, but essential ones still arrive", async () => {
    const reviewer = (await signedInStaff(app, "REVIEWER")).client;
    const { client, input } = await registerUser(app);
    const up = await client.ok<{ communicationPreferencesUpdate: { preferences: { emailNotifications: boolean; inAppNotifications: boolean } } }>(
      "mutation { communicationPreferencesUpdate(input: { emailNotifications: false }) { preferences { emailNotifications emailAnnouncements inAppNotifications } } }",
    );
    expect(up.communicationPreferencesUpdate.preferences).toMatchObject({ emailNotifications: false, inAppNotifications: true });
    await app.deliverMail();
    const { applicationId } = await createSubmittedAccreditation(client);
    await decide(reviewer, applicationId, "REQUEST_CHANGES", "Please add the assessment method.");
    await client.ok("mutation { authPasswordResetRequest(email: \"" + input.email + "\") { ok } }");
    const mails = (await app.deliverMail()).filter((m) => m.to === input.email);
    expect(mails.map((m) => m.subject)).toEqual(["Reset your password"]);
    const inApp = await client.ok<{ notifications: { edges: { node: { title: string } }[] } }>("{ notifications { edges { node { title } } } }");
    expect(inApp.notifications.edges.map((e) => e.node.title)).toContain("Changes requested on your application");
  });
});
