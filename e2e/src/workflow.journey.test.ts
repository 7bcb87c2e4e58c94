import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enrolStaffMfa, gql } from "./api";
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

/** A small but well-formed one-page PDF (the server recognises evidence by its first bytes). */
const SAMPLE_PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
  "latin1",
);

describe("certification workflow in Chromium [POL-USE-CERT]", () => {
  it("provider creates a program, applies with a PDF of evidence and pays the fee by invoice (an admin records the transfer); a reviewer requests changes; the provider resubmits; the reviewer approves; the certificate PDF downloads and the credential verifies, and shows as revoked once an admin revokes it on the credentials screen", async () => {
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
    // Evidence: a PDF chosen in the wizard, uploaded (with a progress bar while it goes), then listed.
    await p.getByLabel("Add a document").setInputFiles({ name: "curriculum-and-assessment.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    // The upload is held back until the progress state has been seen: a file this small would finish first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route(
      "**/api/applications/*/evidence",
      async (route) => {
        await held;
        await route.continue();
      },
      { times: 1 },
    );
    await p.getByRole("button", { name: "Upload document" }).click();
    await p.getByRole("progressbar", { name: "Uploading curriculum-and-assessment.pdf" }).waitFor();
    await p.getByRole("status").filter({ hasText: "Uploading curriculum-and-assessment.pdf" }).waitFor();
    await shot(p, "11a-evidence-uploading");
    release();
    await p.getByText("curriculum-and-assessment.pdf was added.").waitFor({ timeout: 30_000 });
    const evidence = p.getByRole("list", { name: "Supporting documents" }).getByRole("listitem");
    await expect.poll(() => evidence.count()).toBe(1);
    await expect.poll(() => evidence.first().textContent()).toMatch(/curriculum-and-assessment\.pdf.*PDF/);
    await p.getByRole("button", { name: "Download curriculum-and-assessment.pdf" }).waitFor();
    await shot(p, "11b-evidence-uploaded");
    await expectAccessible(p, "application-wizard-evidence-uploaded");
    await p.getByRole("button", { name: "Submit for review" }).click();
    await p.getByText("Application submitted").first().waitFor();
    await expectAccessible(p, "application-submitted");

    // The fee, in invoice mode (no card processor configured): a billing address, then an e-mailed invoice.
    await p.goto(applicationUrl);
    const fee = p.getByRole("region", { name: "Pay the fee" });
    await fee.getByLabel("Street address").waitFor();
    await fee.getByLabel("Street address").fill("12 Harbour Road");
    await fee.getByLabel("City or town").fill("Portland");
    await fee.getByLabel("State or region").fill("ME");
    await fee.getByLabel("Postal code").fill("04101");
    await fee.getByLabel("Country").fill("US");
    await shot(p, "11c-fee-invoice-form");
    await expectAccessible(p, "application-fee-form");
    await fee.getByRole("button", { name: "E-mail me the invoice" }).click();
    await p.getByText("Invoice sent").waitFor({ timeout: 30_000 });
    const invoiceNumber = (await fee.locator(".alert .credential-number").first().textContent())!.trim();
    expect(invoiceNumber.length).toBeGreaterThan(3);
    await shot(p, "11d-invoice-sent");
    await expectAccessible(p, "application-invoice-sent");

    // An admin records the bank transfer against the invoice; the applicant then sees the fee as paid.
    const adminEmail = unique("admin");
    runCli(env, ["user:create", "--email", adminEmail, "--password", password, "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Admin", "--date-of-birth", "1980-05-01"]);
    const adminSecret = await enrolStaffMfa(base, adminEmail, password);
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const a = await admin.newPage();
    const adminProblems = watchConsole(a);
    await signIn(a, adminEmail, password, adminSecret);
    await a.goto(`${base}/admin/payments`);
    await a.getByRole("button", { name: `Record payment of ${invoiceNumber}` }).click();
    await a.getByLabel("Bank or receipt reference").fill("TRF-2026-000417");
    await shot(a, "11e-admin-record-payment");
    await expectAccessible(a, "admin-payments-record");
    await a.getByRole("form", { name: `Record payment of ${invoiceNumber}` }).getByRole("button", { name: "Record payment" }).click();
    await a.getByText(`Invoice ${invoiceNumber} is recorded as paid.`).waitFor({ timeout: 30_000 });
    await p.reload();
    await p.getByText("The fee is paid. Thank you.").waitFor({ timeout: 30_000 });
    await p.getByRole("region", { name: "Fee", exact: true }).getByText("Paid", { exact: true }).waitFor();
    // The "Application submitted" confirmation was for the moment of submitting, not for every reload.
    expect(await p.getByText("Application submitted").count()).toBe(0);
    await shot(p, "11f-fee-paid");
    await expectAccessible(p, "application-fee-paid");

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
    expect(await p.getByText("Application submitted").count()).toBe(0);
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
    // The certificate PDF downloads from the credential page.
    const [pdf] = await Promise.all([p.waitForEvent("download"), p.getByRole("link", { name: "Download certificate (PDF)" }).click()]);
    expect(pdf.suggestedFilename()).toBe(`${number}.pdf`);
    const pdfBytes = readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfBytes.length).toBeGreaterThan(1000);
    const v = await gql<{ credentialVerify: { status: string } }>(base, "query($n: String!) { credentialVerify(number: $n) { status } }", { n: number });
    expect(v.credentialVerify.status).toBe("VALID");

    // An employer opens the public verification page (what the certificate's QR code links to).
    const employer = await browser.newPage();
    await employer.goto(`${base}/verify/${number}`);
    await employer.getByText("Valid", { exact: true }).first().waitFor();
    await employer.getByText("Dementia Care Essentials").first().waitFor();
    await shot(employer, "14-verify-valid");
    await expectAccessible(employer, "verify-valid");

    // An admin revokes it on the admin credentials screen, giving the reason the holder will read.
    await a.goto(`${base}/admin/credentials`);
    await a.getByRole("button", { name: `Revoke ${number}` }).click();
    const revokeForm = a.getByRole("form", { name: `Revoke credential ${number}` });
    await revokeForm.getByLabel("Reason").fill("Issued in error: the wrong program was accredited.");
    await shot(a, "14b-admin-revoke");
    await expectAccessible(a, "admin-credentials-revoke");
    await revokeForm.getByRole("button", { name: "Yes, revoke credential" }).click();
    await a.getByText(`${number} was revoked`, { exact: false }).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => a.locator(".item-card", { hasText: number }).getByText("Revoked", { exact: true }).count()).toBe(1);
    await shot(a, "14c-admin-revoked");
    await employer.reload();
    await employer.getByText("Revoked", { exact: true }).first().waitFor();
    await shot(employer, "15-verify-revoked");
    await expectAccessible(employer, "verify-revoked");
    await employer.close();
    expect(problems).toEqual([]);
    expect(adminProblems).toEqual([]);
    await provider.close();
    await reviewer.close();
    await admin.close();
    // Three people in three browsers on a busy two-core CI runner: more than the default 90 s.
  }, 240_000);
});
