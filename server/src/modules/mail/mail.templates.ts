export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function layout(title: string, paragraphs: string[], action?: { label: string; url: string }): RenderedMail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), "", "— CareCorePlus"].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1d2b36;max-width:560px;margin:auto">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#0f5e6e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:13px">Or paste this link into your browser: ${escapeHtml(action.url)}</p>` : ""}
<p style="font-size:13px;color:#555">— CareCorePlus</p></body></html>`;
  return { subject: title, text, html };
}

export const mailTemplates = {
  breachNotice: (p: { firstName: string; whatHappened: string; whatWeDid: string; whatYouShouldDo: string }) =>
    layout("Important: a security incident affecting your data", [
      `Hello ${p.firstName},`,
      `What happened: ${p.whatHappened}`,
      `What we are doing: ${p.whatWeDid}`,
      `What you can do: ${p.whatYouShouldDo}`,
      "If you have questions, write to privacy@carecoreplus.com.",
    ]),
  policyChanged: (p: { firstName: string; title: string; when: string; url: string }) =>
    layout(
      `We are updating our ${p.title}`,
      [
        `Hello ${p.firstName},`,
        `We are making important changes to our ${p.title}. The new version takes effect on ${p.when}. Please read it; you can see what changes and how it affects your rights.`,
        "If you keep using CareCorePlus after that date, the new version applies. You can ask us to delete your account at any time from your privacy center.",
      ],
      { label: "Read the new version", url: p.url },
    ),
  invitation: (p: { organization: string; url: string }) =>
    layout(
      `Join ${p.organization} on CareCorePlus`,
      ["Hello,", `You were invited to join ${p.organization} on CareCorePlus, where it manages its training programs and certifications. Sign in (or create an account with this e-mail address) and accept within 7 days.`],
      { label: "Accept the invitation", url: p.url },
    ),
  invoice: (p: { firstName: string; invoiceNumber: string; amount: string; item: string; url: string }) =>
    layout(
      `Invoice ${p.invoiceNumber}`,
      [
        `Hello ${p.firstName},`,
        `Here is your invoice for the application fee: ${p.item}, ${p.amount}.`,
        `Please pay by bank transfer quoting ${p.invoiceNumber}. We will e-mail a receipt when the payment arrives.`,
      ],
      { label: "View your application", url: p.url },
    ),
  receipt: (p: { firstName: string; invoiceNumber: string; amount: string; method: string; paidAt: string }) =>
    layout(`Receipt for ${p.invoiceNumber}`, [`Hello ${p.firstName},`, `We received ${p.amount} on ${p.paidAt}, paid by ${p.method}. Thank you.`, "Keep this e-mail as your receipt."]),
  notification: (p: { firstName: string; title: string; body: string; url: string | null }) => notificationTemplate(p),
  verifyEmail: (p: { firstName: string; url: string }) =>
    layout(
      "Confirm your e-mail address",
      [`Hello ${p.firstName},`, "Welcome to CareCorePlus. Please confirm this is your e-mail address. The link works for 48 hours."],
      { label: "Confirm my e-mail", url: p.url },
    ),
  passwordReset: (p: { firstName: string; url: string }) =>
    layout(
      "Reset your password",
      [
        `Hello ${p.firstName},`,
        "Someone asked to reset the password of your CareCorePlus account. If it was you, use the link below within one hour. If not, you can ignore this message; your password stays the same.",
      ],
      { label: "Choose a new password", url: p.url },
    ),
  passwordChanged: (p: { firstName: string }) =>
    layout("Your password was changed", [
      `Hello ${p.firstName},`,
      "The password of your CareCorePlus account was just changed and every other session was signed out. If this was not you, reset your password now and contact privacy@carecoreplus.com.",
    ]),
  mfaEnabled: (p: { firstName: string }) =>
    layout("Two-step sign-in is on", [
      `Hello ${p.firstName},`,
      "Two-step sign-in with an authenticator app is now on for your account. Keep your recovery codes somewhere safe.",
    ]),
};

export const notificationTemplate = (p: { firstName: string; title: string; body: string; url: string | null }) =>
  layout(p.title, [`Hello ${p.firstName},`, p.body], p.url ? { label: "Open CareCorePlus", url: p.url } : undefined);

export type MailTemplateName = keyof typeof mailTemplates;
