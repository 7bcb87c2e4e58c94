import type { DeliveredMail } from "../modules/mail/mail.service";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const linkify = (s: string) => esc(s).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/** Development mailbox: the messages written to CCP_DATA_DIR/mail (never served in production). */
export function renderMailbox(messages: DeliveredMail[]): string {
  const items = messages
    .map(
      (m) => `<article><h2>${esc(m.subject)}</h2><p class="meta">To ${esc(m.to)} · ${esc(m.sentAt)}</p><pre>${linkify(m.text)}</pre></article>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Development mailbox · CareCorePlus</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1d2b36}article{border:1px solid #ccd6dd;border-radius:8px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap;font:inherit}.meta{color:#4a5a66;font-size:.9rem}</style></head>
<body><h1>Development mailbox</h1><p>E-mails the app would have sent (SMTP_URL is not set). Newest first.</p>
${items || "<p>No messages yet.</p>"}</body></html>`;
}
