import { formatDate, formatMoney, type LanguageCode } from "../../common/i18n/languages";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * E-mails in the recipient's language (`users.language`): one typed dictionary per language, the same
 * parameters for every language (the compiler holds each dictionary to `TemplateParams`, and
 * mail.templates.test.ts checks that both render every value and link). Texts written by people
 * (incident notices, notification titles and bodies, organization and policy names) are passed through
 * as they are; only our own words are translated.
 */

/** Money and dates: `formatMoney` / `formatDate` in common/i18n/languages.ts (shared with the message catalogue). */

/** Parameters of every template; the same in every language. */
export interface TemplateParams {
  breachNotice: { firstName: string; whatHappened: string; whatWeDid: string; whatYouShouldDo: string };
  policyChanged: { firstName: string; title: string; effectiveAt: Date; url: string };
  invitation: { organization: string; url: string };
  invoice: { firstName: string; invoiceNumber: string; amountCents: number; currency: string; item: string; url: string };
  /** `card` null: an invoice paid offline. */
  receipt: { firstName: string; invoiceNumber: string; amountCents: number; currency: string; paidAt: Date; card: { brand: string | null; last4: string | null } | null };
  /** In-app notifications e-mailed: the title and body are the notification's own (written in English). */
  notification: { firstName: string; title: string; body: string; url: string | null };
  verifyEmail: { firstName: string; url: string };
  passwordReset: { firstName: string; url: string };
  passwordChanged: { firstName: string };
  mfaEnabled: { firstName: string };
  /** The 6-digit code of a privacy request made without signing in. */
  privacyCode: { firstName: string; code: string };
  /** The last message after an erasure; `note` is the administrator's own words. */
  accountDeleted: { firstName: string; note: string };
}

export type MailTemplateName = keyof TemplateParams;

interface MailContent {
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}

interface MailDictionary {
  /** The link under the button, for mail apps that hide buttons. */
  pasteLink: string;
  signature: string;
  templates: { [K in MailTemplateName]: (p: TemplateParams[K]) => MailContent };
}

const en: MailDictionary = {
  pasteLink: "Or paste this link into your browser:",
  signature: "— CareCorePlus",
  templates: {
    breachNotice: (p) => ({
      title: "Important: a security incident affecting your data",
      paragraphs: [
        `Hello ${p.firstName},`,
        `What happened: ${p.whatHappened}`,
        `What we are doing: ${p.whatWeDid}`,
        `What you can do: ${p.whatYouShouldDo}`,
        "If you have questions, write to privacy@carecoreplus.com.",
      ],
    }),
    policyChanged: (p) => ({
      title: `We are updating our ${p.title}`,
      paragraphs: [
        `Hello ${p.firstName},`,
        `We are making important changes to our ${p.title}. The new version takes effect on ${formatDate("en", p.effectiveAt)}. Please read it; you can see what changes and how it affects your rights.`,
        "If you keep using CareCorePlus after that date, the new version applies. You can ask us to delete your account at any time from your privacy center.",
      ],
      action: { label: "Read the new version", url: p.url },
    }),
    invitation: (p) => ({
      title: `Join ${p.organization} on CareCorePlus`,
      paragraphs: [
        "Hello,",
        `You were invited to join ${p.organization} on CareCorePlus, where it manages its training programs and certifications. Sign in (or create an account with this e-mail address) and accept within 7 days.`,
      ],
      action: { label: "Accept the invitation", url: p.url },
    }),
    invoice: (p) => ({
      title: `Invoice ${p.invoiceNumber}`,
      paragraphs: [
        `Hello ${p.firstName},`,
        `Here is your invoice for the application fee: ${p.item}, ${formatMoney("en", p.amountCents, p.currency)}.`,
        `Please pay by bank transfer quoting ${p.invoiceNumber}. We will e-mail a receipt when the payment arrives.`,
      ],
      action: { label: "View your application", url: p.url },
    }),
    receipt: (p) => ({
      title: `Receipt for ${p.invoiceNumber}`,
      paragraphs: [
        `Hello ${p.firstName},`,
        `We received ${formatMoney("en", p.amountCents, p.currency)} on ${formatDate("en", p.paidAt)}, paid by ${p.card ? `${p.card.brand ?? "card"} ending ${p.card.last4 ?? "····"}` : "invoice (offline payment)"}. Thank you.`,
        "Keep this e-mail as your receipt.",
      ],
    }),
    notification: (p) => ({
      title: p.title,
      paragraphs: [`Hello ${p.firstName},`, p.body],
      action: p.url ? { label: "Open CareCorePlus", url: p.url } : undefined,
    }),
    verifyEmail: (p) => ({
      title: "Confirm your e-mail address",
      paragraphs: [`Hello ${p.firstName},`, "Welcome to CareCorePlus. Please confirm this is your e-mail address. The link works for 48 hours."],
      action: { label: "Confirm my e-mail", url: p.url },
    }),
    passwordReset: (p) => ({
      title: "Reset your password",
      paragraphs: [
        `Hello ${p.firstName},`,
        "Someone asked to reset the password of your CareCorePlus account. If it was you, use the link below within one hour. If not, you can ignore this message; your password stays the same.",
      ],
      action: { label: "Choose a new password", url: p.url },
    }),
    passwordChanged: (p) => ({
      title: "Your password was changed",
      paragraphs: [
        `Hello ${p.firstName},`,
        "The password of your CareCorePlus account was just changed and every other session was signed out. If this was not you, reset your password now and contact privacy@carecoreplus.com.",
      ],
    }),
    mfaEnabled: (p) => ({
      title: "Two-step sign-in is on",
      paragraphs: [`Hello ${p.firstName},`, "Two-step sign-in with an authenticator app is now on for your account. Keep your recovery codes somewhere safe."],
    }),
    privacyCode: (p) => ({
      title: "Your verification code",
      paragraphs: [`Hello ${p.firstName},`, `Your code to confirm your privacy request is ${p.code}. It works for 30 minutes. If you did not ask for this, ignore this e-mail.`],
    }),
    accountDeleted: (p) => ({
      title: "Your account has been deleted",
      paragraphs: [
        `Hello ${p.firstName},`,
        `${p.note} Certification and payment records the law requires us to keep remain, without your contact details; your credentials stay verifiable.`,
      ],
    }),
  },
};

/** Spanish: "usted", plain Latin-American Spanish, the web app's words (web/src/locales/es). */
const es: MailDictionary = {
  pasteLink: "O copie este enlace en su navegador:",
  signature: "— CareCorePlus",
  templates: {
    breachNotice: (p) => ({
      title: "Importante: un incidente de seguridad que afecta sus datos",
      paragraphs: [
        `Hola, ${p.firstName}:`,
        `Qué pasó: ${p.whatHappened}`,
        `Qué estamos haciendo: ${p.whatWeDid}`,
        `Qué puede hacer usted: ${p.whatYouShouldDo}`,
        "Si tiene preguntas, escríbanos a privacy@carecoreplus.com.",
      ],
    }),
    policyChanged: (p) => ({
      title: `Vamos a actualizar: ${p.title}`,
      paragraphs: [
        `Hola, ${p.firstName}:`,
        `Estamos haciendo cambios importantes en nuestro documento «${p.title}». La nueva versión entra en vigor el ${formatDate("es", p.effectiveAt)}. Por favor, léala: allí puede ver qué cambia y cómo afecta sus derechos. Por ahora, el texto está solo en inglés.`,
        "Si sigue usando CareCorePlus después de esa fecha, se aplicará la nueva versión. Puede pedirnos que eliminemos su cuenta en cualquier momento desde su centro de privacidad.",
      ],
      action: { label: "Leer la nueva versión", url: p.url },
    }),
    invitation: (p) => ({
      title: `Únase a ${p.organization} en CareCorePlus`,
      paragraphs: [
        "Hola:",
        `Le invitaron a unirse a ${p.organization} en CareCorePlus, donde la organización administra sus programas de capacitación y certificaciones. Inicie sesión (o cree una cuenta con esta dirección de correo electrónico) y acepte la invitación en un plazo de 7 días.`,
      ],
      action: { label: "Aceptar la invitación", url: p.url },
    }),
    invoice: (p) => ({
      title: `Factura ${p.invoiceNumber}`,
      paragraphs: [
        `Hola, ${p.firstName}:`,
        `Le enviamos su factura por la tarifa de la solicitud: ${p.item}, ${formatMoney("es", p.amountCents, p.currency)}.`,
        `Pague por transferencia bancaria e indique ${p.invoiceNumber} como referencia. Le enviaremos un recibo por correo electrónico cuando recibamos el pago.`,
      ],
      action: { label: "Ver su solicitud", url: p.url },
    }),
    receipt: (p) => ({
      title: `Recibo de ${p.invoiceNumber}`,
      paragraphs: [
        `Hola, ${p.firstName}:`,
        `Recibimos ${formatMoney("es", p.amountCents, p.currency)} el ${formatDate("es", p.paidAt)}, pagado con ${p.card ? `${p.card.brand ?? "tarjeta"} terminada en ${p.card.last4 ?? "····"}` : "factura (pago fuera de línea)"}. Gracias.`,
        "Guarde este correo como su recibo.",
      ],
    }),
    notification: (p) => ({
      title: p.title,
      paragraphs: [`Hola, ${p.firstName}:`, p.body],
      action: p.url ? { label: "Abrir CareCorePlus", url: p.url } : undefined,
    }),
    verifyEmail: (p) => ({
      title: "Confirme su dirección de correo electrónico",
      paragraphs: [`Hola, ${p.firstName}:`, "Le damos la bienvenida a CareCorePlus. Confirme que esta es su dirección de correo electrónico. El enlace funciona durante 48 horas."],
      action: { label: "Confirmar mi correo electrónico", url: p.url },
    }),
    passwordReset: (p) => ({
      title: "Restablezca su contraseña",
      paragraphs: [
        `Hola, ${p.firstName}:`,
        "Alguien pidió restablecer la contraseña de su cuenta de CareCorePlus. Si fue usted, use el enlace de abajo en el plazo de una hora. Si no, puede ignorar este mensaje; su contraseña no cambiará.",
      ],
      action: { label: "Elegir una contraseña nueva", url: p.url },
    }),
    passwordChanged: (p) => ({
      title: "Se cambió su contraseña",
      paragraphs: [
        `Hola, ${p.firstName}:`,
        "Se acaba de cambiar la contraseña de su cuenta de CareCorePlus y se cerraron todas las demás sesiones. Si no fue usted, restablezca su contraseña ahora y escriba a privacy@carecoreplus.com.",
      ],
    }),
    mfaEnabled: (p) => ({
      title: "La verificación en dos pasos está activada",
      paragraphs: [`Hola, ${p.firstName}:`, "Su cuenta ya tiene activada la verificación en dos pasos con una aplicación de autenticación. Guarde sus códigos de recuperación en un lugar seguro."],
    }),
    privacyCode: (p) => ({
      title: "Su código de verificación",
      paragraphs: [`Hola, ${p.firstName}:`, `Su código para confirmar su solicitud de privacidad es ${p.code}. Funciona durante 30 minutos. Si usted no lo pidió, ignore este correo.`],
    }),
    accountDeleted: (p) => ({
      title: "Se eliminó su cuenta",
      paragraphs: [
        `Hola, ${p.firstName}:`,
        `${p.note} Conservamos, sin sus datos de contacto, los registros de certificación y de pago que la ley nos exige guardar; sus credenciales se pueden seguir verificando.`,
      ],
    }),
  },
};

export const MAIL_DICTIONARIES: Record<LanguageCode, MailDictionary> = { en, es };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function layout(language: LanguageCode, { title, paragraphs, action }: MailContent): RenderedMail {
  const words = MAIL_DICTIONARIES[language];
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), "", words.signature].join("\n\n");
  const html = `<!doctype html><html lang="${language}"><body style="font-family:system-ui,sans-serif;color:#1d2b36;max-width:560px;margin:auto">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#0f5e6e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:13px">${escapeHtml(words.pasteLink)} ${escapeHtml(action.url)}</p>` : ""}
<p style="font-size:13px;color:#555">${escapeHtml(words.signature)}</p></body></html>`;
  return { subject: title, text, html };
}

/** Render one template in a language (unknown languages, e.g. from an old row, read English). */
export function renderMail<K extends MailTemplateName>(language: LanguageCode, template: K, params: TemplateParams[K]): RenderedMail {
  const lang: LanguageCode = Object.hasOwn(MAIL_DICTIONARIES, language) ? language : "en";
  const build = MAIL_DICTIONARIES[lang].templates[template] as (p: TemplateParams[K]) => MailContent;
  return layout(lang, build(params));
}

/** `mailTemplates.verifyEmail(language, { firstName, url })`: each template, rendered in the recipient's language. */
export const mailTemplates = Object.fromEntries(
  (Object.keys(en.templates) as MailTemplateName[]).map((name) => [name, (language: LanguageCode, params: TemplateParams[typeof name]) => renderMail(language, name, params as never)]),
) as { [K in MailTemplateName]: (language: LanguageCode, params: TemplateParams[K]) => RenderedMail };
