import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser } from "../../test/factories";
import { createTestApp, type TestApp } from "../../test/test-app";
import { EXPORT_SECTIONS } from "./personal-data.registry";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const PROGRESS = "query($id: ID!) { privacyRequest(id: $id) { status exportProgress { sectionsDone sectionsTotal } } }";
type Progress = { privacyRequest: { status: string; exportProgress: { sectionsDone: number; sectionsTotal: number } | null } };

describe("export progress [POL-RIGHT-ACCESS][POL-RIGHT-PORTABLE]", () => {
  it("POL-RIGHT-ACCESS: the export reports the sections collected so far while it is prepared, and nothing once it is ready", async () => {
    const { client } = await registerUser(app);
    const made = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }");
    const id = made.privacyRequestCreate.privacyRequest.id;
    const total = EXPORT_SECTIONS.length;
    expect((await client.ok<Progress>(PROGRESS, { id })).privacyRequest).toEqual({ status: "RECEIVED", exportProgress: { sectionsDone: 0, sectionsTotal: total } });

    // A probe section after the first three sees what the requester would see at that moment.
    let seen: Progress | null = null;
    EXPORT_SECTIONS.splice(3, 0, {
      name: "probe",
      tables: [],
      collect: async () => {
        seen = await client.ok<Progress>(PROGRESS, { id });
        return null;
      },
    });
    try {
      await app.server.services.privacyRequests.runExport(id);
    } finally {
      EXPORT_SECTIONS.splice(3, 1);
    }
    expect(seen).toEqual({ privacyRequest: { status: "IN_PROGRESS", exportProgress: { sectionsDone: 3, sectionsTotal: total + 1 } } });
    expect((await client.ok<Progress>(PROGRESS, { id })).privacyRequest).toEqual({ status: "COMPLETED", exportProgress: null });

    const correction = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: CORRECTION, details: \"My phone number is wrong.\" }) { privacyRequest { id } errors { code } } }");
    expect((await client.ok<Progress>(PROGRESS, { id: correction.privacyRequestCreate.privacyRequest.id })).privacyRequest.exportProgress).toBeNull();
  });
});
