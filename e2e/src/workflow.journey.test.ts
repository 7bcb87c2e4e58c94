import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enrolStaffMfa, gql, totp } from "./api";
import { expectAccessible } from "./axe";
import { launch, shot, signIn as signInAt, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const signIn = (page: Page, email: string, password: string, totpSecret?: string) => signInAt(page, base, email, password, totpSecret);
const unique = (p: string) => `${p}.${randomBytes(4).toString("hex")}@example.org`;

describe("certification workflow in Chromium [POL-USE-CERT]", () => {
  it("provider creates a program and applies; a reviewer requests changes; the provider resubmits; the reviewer approves; the credential verifies, and shows as revoked once an admin revokes it", async () => {
    const password = "a calm and long passphrase";
    const env = inject("env");
    const reviewerEmail = unique("reviewer");
    runCli(env, ["user:create", "--email", reviewerEmail, "--password", password, "--role", "REVIEWER", "--first-name", "Rita", "--last-name", "Reviewer", "--date-of-birth", "1979-02-02"]);
    const reviewerSecret = await enrolStaffMfa(base, reviewerEmail, password);
    const providerEmail = unique("provider");
    runCli(env, ["user:create", "--email", providerEmail, "--password", password, "--role", "APPLICANT", "--first-name", "Paula", "--last-name", "Provider", "--date-of-birth", "1985-07-07"]);

    // Provider: program, then application.
    const provider = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await provider.newPage();
    const problems = watchConsole(p);
    await signIn(p, providerEmail, password);
    await p.goto(`${base}/app/programs/new`);
    await p.getByLabel("Program title").fill("Dementia Care Essentials");
    const providerName = p.getByLabel("Training provider name");
    if (await providerName.count()) await providerName.fill("Lakeside Care Academy");
    await p.getByRole("group", { name: "Module 1" }).getByLabel("Module title").fill("Understanding dementia");
    await p.getByRole("group", { name: "Module 1" }).getByLabel("Hours").fill("12");
    await p.getByRole("group", { name: "Instructor 1" }).getByLabel("Full name").fill("Dr Omar Haddad");
    await p.getByRole("group", { name: "Instructor 1" }).getByLabel("Qualifications").fill("RN, MSc Gerontology, 15 years in memory care");
    await shot(p, "10-program-form");
    await expectAccessible(p, "program-form");
    await p.getByRole("button", { name: "Save program" }).click();
    await p.getByRole("heading", { level: 1, name: "Dementia Care Essentials" }).waitFor();
    await expectAccessible(p, "program");
    await p.getByRole("button", { name: "Apply for accreditation" }).click();
    await p.waitForURL(/\/app\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = p.url();
    const applicationId = applicationUrl.split("/").pop()!;
    await p.getByRole("link", { name: "Continue application" }).waitFor();
    await expectAccessible(p, "application-draft");
    await p.getByRole("link", { name: "Continue application" }).click();
    await p.getByRole("button", { name: "Save and continue" }).waitFor();
    await expectAccessible(p, "application-wizard-step-2");
    await p.getByRole("button", { name: "Save and continue" }).click();
    await p.getByLabel("Statement").fill("Twelve hours of dementia care with supervised practice and observed assessments for every learner.");
    await shot(p, "11-application-statement");
    await expectAccessible(p, "application-wizard-step-3-evidence");
    await p.getByRole("button", { name: "Submit for review" }).click();
    await p.getByText("Application submitted").first().waitFor();
    await expectAccessible(p, "application-submitted");

    // Reviewer: take it and request changes.
    const reviewer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const r = await reviewer.newPage();
    await signIn(r, reviewerEmail, password, reviewerSecret);
    await r.goto(`${base}/admin/applications`);
    await r.getByRole("button", { name: "Take it (the application from Paula Provider)" }).waitFor();
    await shot(r, "12a-review-queue");
    await expectAccessible(r, "review-queue");
    await r.getByRole("button", { name: "Take it (the application from Paula Provider)" }).click();
    await r.goto(`${base}/admin/applications/${applicationId}`);
    await r.getByRole("heading", { name: "Decision" }).waitFor();
    await shot(r, "12-review-screen");
    await expectAccessible(r, "review-screen");
    await r.getByLabel("Request changes").check();
    await r.getByLabel("Reason").fill("Please describe how learners are assessed in practice.");
    await r.getByRole("button", { name: "Record decision" }).click();
    await r.getByRole("button", { name: "Yes, request changes" }).waitFor();
    await expectAccessible(r, "review-confirm-decision");
    await r.getByRole("button", { name: "Yes, request changes" }).click();
    await r.getByText("Decision recorded.").waitFor();

    // Provider: sees the reason, edits and resubmits.
    await p.goto(applicationUrl);
    await p.getByText("The reviewer asked for changes").waitFor();
    await p.getByText("Please describe how learners are assessed in practice.").first().waitFor();
    await expectAccessible(p, "application-changes-requested");
    await p.getByRole("link", { name: "Make changes and resubmit" }).click();
    // The wizard reopens at step 2 (program and certification), already filled in.
    await p.getByRole("button", { name: "Save and continue" }).click();
    await p.getByLabel("Statement").fill("Twelve hours of dementia care. Every learner is observed in practice by an instructor using a competency checklist.");
    await p.getByRole("button", { name: "Submit for review" }).click();
    await p.getByText("Application submitted").first().waitFor();

    // Reviewer: approves.
    await r.goto(`${base}/admin/applications/${applicationId}`);
    await r.getByLabel("Approve").check();
    await r.getByLabel("Reason").fill("Curriculum, instructors and assessment meet the standard.");
    await r.getByRole("button", { name: "Record decision" }).click();
    await r.getByRole("button", { name: "Yes, approve" }).click();
    await r.getByText("Decision recorded.").waitFor();

    // Provider: the credential number appears and verifies as VALID.
    await p.goto(applicationUrl);
    await p.getByText("Approved — your credential has been issued").waitFor();
    const number = (await p.locator(".alert .credential-number").first().textContent())!.trim();
    expect(number).toMatch(/^CCP-\d{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await shot(p, "13-approved");
    await expectAccessible(p, "application-approved");
    // The provider's credential page: downloads, share link and its history (POL-RIGHT-HISTORY).
    await p.goto(`${base}/app/credentials`);
    await p.locator(".item-title a").first().waitFor();
    await expectAccessible(p, "credentials");
    await p.locator(".item-title a").first().click();
    await p.getByRole("heading", { name: "History" }).waitFor();
    await p.locator(".timeline-what", { hasText: "Issued" }).waitFor();
    await shot(p, "13b-credential");
    await expectAccessible(p, "credential");
    const v = await gql<{ credentialVerify: { status: string } }>(base, "query($n: String!) { credentialVerify(number: $n) { status } }", { n: number });
    expect(v.credentialVerify.status).toBe("VALID");

    // An employer opens the public verification page (what the certificate's QR code links to).
    const employer = await browser.newPage();
    await employer.goto(`${base}/verify/${number}`);
    await employer.getByText("Valid", { exact: true }).first().waitFor();
    await employer.getByText("Dementia Care Essentials").first().waitFor();
    await shot(employer, "14-verify-valid");
    await expectAccessible(employer, "verify-valid");

    // An admin revokes it (through the API: the admin screens are the admin journey's); the same page now says so.
    const adminEmail = unique("admin");
    runCli(env, ["user:create", "--email", adminEmail, "--password", password, "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Admin", "--date-of-birth", "1980-05-01"]);
    const adminSecret = await enrolStaffMfa(base, adminEmail, password);
    const adminLogin = await gql<{ authLogin: { accessToken: string } }>(base, "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken } }", {
      i: { email: adminEmail, password, totpCode: totp(adminSecret, 30_000) },
    });
    const credentialId = p.url().split("/").pop()!;
    const revoked = await gql<{ credentialRevoke: { errors: unknown[] } }>(
      base,
      "mutation($id: ID!, $r: String!) { credentialRevoke(id: $id, reason: $r) { errors { code } } }",
      { id: credentialId, r: "Issued in error: the wrong program was accredited." },
      adminLogin.authLogin.accessToken,
    );
    expect(revoked.credentialRevoke.errors).toEqual([]);
    await employer.reload();
    await employer.getByText("Revoked", { exact: true }).first().waitFor();
    await shot(employer, "15-verify-revoked");
    await expectAccessible(employer, "verify-revoked");
    await employer.close();
    expect(problems).toEqual([]);
    await provider.close();
    await reviewer.close();
  });
});
