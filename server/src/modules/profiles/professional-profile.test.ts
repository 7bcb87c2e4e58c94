import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser } from "../../test/factories";
import { createTestApp, type TestApp } from "../../test/test-app";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SAVE = `mutation($input: ProfessionalProfileInput!) { professionalProfileUpdate(input: $input) { profile { licenses { type number issuer expiresOn } experience { employer endOn } } errors { code field } } }`;

describe("professional profile [POL-COLLECT-PROFESSIONAL][POL-SEC-REST]", () => {
  it("saves licenses, certifications, education and experience encrypted, and validates with field paths", async () => {
    const { client, user } = await registerUser(app);
    const empty = await client.ok<{ professionalProfile: { licenses: unknown[]; updatedAt: null } }>("{ professionalProfile { licenses { type } updatedAt } }");
    expect(empty.professionalProfile).toEqual({ licenses: [], updatedAt: null });
    const input = {
      licenses: [{ type: "CNA", number: "CNA-998877", issuer: "Illinois DPH", expiresOn: "2027-08" }],
      certifications: [{ name: "CPR/BLS", issuer: "American Heart Association", obtainedOn: "2025-02-01" }],
      education: [{ institution: "City College", qualification: "Nursing Assistant Certificate", completedOn: "2020-06" }],
      experience: [{ employer: "Sunrise Home Care", role: "Home health aide", startOn: "2020-07" }],
    };
    const r = await client.ok<{ professionalProfileUpdate: { profile: { licenses: unknown[]; experience: { endOn: null }[] } } }>(SAVE, { input });
    expect(r.professionalProfileUpdate.profile.licenses).toEqual([{ type: "CNA", number: "CNA-998877", issuer: "Illinois DPH", expiresOn: "2027-08" }]);
    expect(r.professionalProfileUpdate.profile.experience[0].endOn).toBeNull();
    const raw = JSON.stringify(await app.sql("select * from professional_profiles where user_id = $1", [user.id]));
    expect(raw).not.toContain("CNA-998877");
    const bad = await client.ok<{ professionalProfileUpdate: { errors: { code: string; field: string[] }[] } }>(SAVE, { input: { licenses: [{ type: "CNA", number: "", issuer: "X", expiresOn: "next year" }] } });
    expect(bad.professionalProfileUpdate.errors.map((e) => e.field.join("."))).toEqual(["licenses.0.number", "licenses.0.expiresOn"]);
  });
});
