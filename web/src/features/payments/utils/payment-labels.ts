import type { PaymentFieldsFragment, PaymentStatus } from "@ccp/shared";
import type { TFunction } from "i18next";
import type { BadgeTone } from "@/components/ui/status-badge";
import { translate } from "@/lib/i18n";

export const PAYMENT_STATUS: Record<PaymentStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Awaiting payment", tone: "warning" },
  PAID: { label: "Paid", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
  CANCELED: { label: "Cancelled", tone: "neutral" },
};

type PaymentMethod = Pick<PaymentFieldsFragment, "method" | "cardBrand" | "cardLast4" | "invoiceNumber">;

/** The card's brand as a name ("visa" → "Visa"), or null when the processor gave none. */
export const cardBrandName = (brand: string | null | undefined): string | null =>
  brand ? brand.charAt(0).toUpperCase() + brand.slice(1) : null;

/** "Visa ending 4242", "Invoice INV-2026-000000123" (English: the staff payments list). */
export const paymentMethodLabel = (payment: PaymentMethod): string => {
  if (payment.method === "INVOICE") return `Invoice ${payment.invoiceNumber}`;
  const brand = cardBrandName(payment.cardBrand) ?? "Card";
  return payment.cardLast4 ? `${brand} ending ${payment.cardLast4}` : brand;
};

/** The same in the applicant's language: keys `fee.method.*` of the applicant strings. */
export const paymentMethodWords = (t: TFunction, payment: PaymentMethod): string => {
  if (payment.method === "INVOICE") return t("fee.method.invoice", { number: payment.invoiceNumber });
  const brand = cardBrandName(payment.cardBrand) ?? t("fee.method.card");
  return payment.cardLast4 ? t("fee.method.cardEnding", { brand, last4: payment.cardLast4 }) : brand;
};

/** The ?payment=<id>&result=success|cancel the card processor sends people back with. */
export const readCheckoutReturn = (params: URLSearchParams): { paymentId: string; result: "success" | "cancel" } | null => {
  const paymentId = params.get("payment");
  const result = params.get("result");
  if (!paymentId || (result !== "success" && result !== "cancel")) return null;
  return { paymentId, result };
};

/** What an application is for, in a staff list: the program's title, the certification's name, or the kind. */
export const applicationLabel = (application: { kind: string; program?: { title: string } | null; certificationType?: { name: string } | null }): string =>
  application.program?.title ??
  application.certificationType?.name ??
  translate("staff", application.kind === "PROGRAM_ACCREDITATION" ? "payments.applicationKind.PROGRAM_ACCREDITATION" : "payments.applicationKind.INDIVIDUAL_CERTIFICATION");
