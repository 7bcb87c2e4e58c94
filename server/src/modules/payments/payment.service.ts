import { randomInt, randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { z } from "zod";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { Logger } from "../../common/logger";
import { canActAsApplicant } from "../applications/application.policy";
import type { ApplicationService } from "../applications/application.service";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { Viewer } from "../auth/viewer";
import { CertificationTypeEntity } from "../catalogue/certification-type.entity";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import { type LanguageCode, UserEntity } from "../users/user.entity";
import { zodToUserErrors } from "../users/user.validation";
import type { PaymentProcessor } from "./payment-processor";
import { PaymentEntity } from "./payment.entity";
import { isUuid } from "../../common/ids";

export const billingAddressSchema = z.object({
  name: z.string().trim().min(2, "Enter the name to bill.").max(200),
  line1: z.string().trim().min(2, "Enter the street address.").max(200),
  line2: z.string().trim().max(200).nullish(),
  city: z.string().trim().min(1, "Enter the city.").max(100),
  region: z.string().trim().max(100).nullish(),
  postalCode: z.string().trim().min(2, "Enter the postal code.").max(20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use the 2-letter country code, e.g. US."),
});
export type BillingAddress = z.infer<typeof billingAddressSchema>;


export function newInvoiceNumber(now: Date): string {
  return `INV-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
}

export interface PayOutcome {
  payment: PaymentEntity;
  /** Stripe Checkout page to send the payer to (card mode). */
  checkoutUrl: string | null;
}

/**
 * Application fees: card payments through the processor (Stripe Checkout) when configured,
 * otherwise invoices that staff mark as paid when the money arrives. Receipts by e-mail.
 */
export class PaymentService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly applications: ApplicationService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly logger: Logger,
    readonly processor: PaymentProcessor | null,
    private readonly publicUrl: () => string,
  ) {}

  get mode(): "CARD" | "INVOICE" {
    return this.processor ? "CARD" : "INVOICE";
  }

  billingAddressOf(p: PaymentEntity): BillingAddress {
    return JSON.parse(this.crypto.decrypt(aadFor("payments", "billing_address", p.id), p.billingAddressEnc)) as BillingAddress;
  }

  async feeFor(certificationTypeId: string): Promise<{ amountCents: number; currency: string } | null> {
    const t = await this.ds.manager.findOne(CertificationTypeEntity, { where: { id: certificationTypeId } });
    return t ? { amountCents: t.feeCents, currency: t.currency } : null;
  }

  private async emailOf(em: EntityManager, userId: string): Promise<{ to: string; firstName: string; language: LanguageCode }> {
    const u = await em.findOneOrFail(UserEntity, { where: { id: userId } });
    return { to: this.crypto.decrypt(aadFor("users", "email", u.id), u.emailEnc), firstName: this.crypto.decrypt(aadFor("users", "first_name", u.id), u.firstNameEnc), language: u.language };
  }

  /** Start paying the application's fee: a Checkout page (card mode) or an e-mailed invoice. */
  async pay(viewer: Viewer, actor: AuditActor, applicationId: string, rawAddress: unknown): Promise<Result<PayOutcome>> {
    const parsed = billingAddressSchema.safeParse(rawAddress);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error).map((e) => ({ ...e, field: ["billingAddress", ...(e.field ?? [])] })));
    if (this.processor) {
      // A card payment under way is finished (or found paid), never replaced by a second charge.
      const open = isUuid(applicationId) ? await this.ds.manager.findOne(PaymentEntity, { where: { applicationId, status: "PENDING", method: "CARD" }, order: { createdAt: "DESC" } }) : null;
      if (open && (await this.applications.get(viewer, applicationId))) {
        const synced = await this.sync(open.id, actor).catch(() => open);
        if (synced?.status === "PAID") return fail(userError("ALREADY_PAID", "The fee for this application is paid."));
        if (synced?.status === "PENDING" && synced.checkoutUrl) return ok({ payment: synced, checkoutUrl: synced.checkoutUrl });
      }
    }
    const created = await this.ds.transaction(async (em): Promise<Result<PaymentEntity>> => {
      const found = await this.applications.lockVisible(em, viewer, applicationId);
      if (!found || !canActAsApplicant(viewer, found.app, found.orgIds)) return fail(userError("NOT_FOUND", "No such application.", "id"));
      const { app } = found;
      if (["WITHDRAWN", "REJECTED"].includes(app.status)) return fail(userError("NOT_PAYABLE", "This application is closed; there is nothing to pay."));
      const existing = await em.find(PaymentEntity, { where: { applicationId: app.id } });
      if (existing.some((p) => p.status === "PAID")) return fail(userError("ALREADY_PAID", "The fee for this application is paid."));
      const type = await em.findOneOrFail(CertificationTypeEntity, { where: { id: app.certificationTypeId } });
      if (type.feeCents === 0) return fail(userError("NO_FEE", "This certification has no fee."));
      // Only unpaid invoices are replaced; a pending card payment was handled above.
      for (const p of existing.filter((p) => p.status === "PENDING" && p.method === "INVOICE")) await em.update(PaymentEntity, { id: p.id }, { status: "CANCELED", updatedAt: this.clock.now() });
      const id = randomUUID();
      const now = this.clock.now();
      const payment = em.create(PaymentEntity, {
        id,
        applicationId: app.id,
        payerUserId: viewer.userId,
        amountCents: type.feeCents,
        currency: type.currency,
        status: "PENDING",
        method: this.processor ? "CARD" : "INVOICE",
        processor: this.processor?.name ?? null,
        processorRef: null,
        checkoutUrl: null,
        cardBrand: null,
        cardLast4: null,
        billingAddressEnc: this.crypto.encrypt(aadFor("payments", "billing_address", id), JSON.stringify(parsed.data)),
        invoiceNumber: newInvoiceNumber(now),
        paidAt: null,
        recordedBy: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(PaymentEntity, payment);
      await this.audit.record(em, actor, { action: "payment.started", targetType: "payment", targetId: id, metadata: { applicationId: app.id, method: payment.method, amountCents: payment.amountCents } });
      if (!this.processor) {
        const { to, firstName, language } = await this.emailOf(em, viewer.userId);
        await this.mail.enqueue(em, {
          userId: viewer.userId,
          to,
          template: "invoice",
          category: "ESSENTIAL",
          content: mailTemplates.invoice(language, { firstName, invoiceNumber: payment.invoiceNumber, amountCents: payment.amountCents, currency: payment.currency, item: type.name, url: `${this.publicUrl()}/app/applications/${app.id}` }),
        });
      }
      return ok(payment);
    });
    if (!created.ok) return created;
    const payment = created.value;
    if (!this.processor) return ok({ payment, checkoutUrl: null });

    // The processor call happens outside the transaction; the payment row is already committed.
    try {
      const { to } = await this.emailOf(this.ds.manager, viewer.userId);
      const type = await this.ds.manager.findOneOrFail(CertificationTypeEntity, { where: { id: (await this.applications.get(viewer, applicationId))!.certificationTypeId } });
      const back = `${this.publicUrl()}/app/applications/${applicationId}`;
      const checkout = await this.processor.createCheckout({
        paymentId: payment.id,
        applicationId,
        amountCents: payment.amountCents,
        currency: payment.currency,
        description: `${type.name} — application fee`,
        customerEmail: to,
        successUrl: `${back}?payment=${payment.id}&result=success`,
        cancelUrl: `${back}?payment=${payment.id}&result=cancel`,
      });
      await this.ds.manager.update(PaymentEntity, { id: payment.id }, { processorRef: checkout.reference, checkoutUrl: checkout.url, updatedAt: this.clock.now() });
      payment.processorRef = checkout.reference;
      return ok({ payment, checkoutUrl: checkout.url });
    } catch (err) {
      this.logger.warn({ err, paymentId: payment.id }, "payment processor unavailable");
      await this.ds.manager.update(PaymentEntity, { id: payment.id }, { status: "FAILED", updatedAt: this.clock.now() });
      return fail(userError("PROCESSOR_UNAVAILABLE", "Card payments are not available right now. Please try again in a few minutes."));
    }
  }

  /** Ask the processor for the outcome (after the Checkout page returns, or from a webhook). */
  async sync(paymentId: string, actor: AuditActor): Promise<PaymentEntity | null> {
    if (!this.processor) return this.ds.manager.findOne(PaymentEntity, { where: { id: paymentId } });
    const current = await this.ds.manager.findOne(PaymentEntity, { where: { id: paymentId } });
    if (!current || !current.processorRef || current.status !== "PENDING") return current;
    const result = await this.processor.retrieveCheckout(current.processorRef);
    if (result.status === "PENDING") return current;
    return this.ds.transaction(async (em) => {
      const p = await em.findOneOrFail(PaymentEntity, { where: { id: paymentId }, lock: { mode: "pessimistic_write" } });
      if (p.status !== "PENDING") return p;
      p.status = result.status;
      p.cardBrand = result.cardBrand;
      p.cardLast4 = result.cardLast4;
      p.paidAt = result.status === "PAID" ? this.clock.now() : null;
      p.updatedAt = this.clock.now();
      await em.save(p);
      await this.audit.record(em, actor, { action: `payment.${result.status.toLowerCase()}`, targetType: "payment", targetId: p.id, metadata: { applicationId: p.applicationId } });
      if (p.status === "PAID") await this.sendReceipt(em, p);
      return p;
    });
  }

  async syncByReference(reference: string, actor: AuditActor): Promise<PaymentEntity | null> {
    const p = await this.ds.manager.findOne(PaymentEntity, { where: { processorRef: reference } });
    return p ? this.sync(p.id, actor) : null;
  }

  async syncForViewer(viewer: Viewer, actor: AuditActor, paymentId: string): Promise<Result<PaymentEntity>> {
    const p = isUuid(paymentId) ? await this.ds.manager.findOne(PaymentEntity, { where: { id: paymentId } }) : null;
    if (!p || !(await this.applications.get(viewer, p.applicationId))) return fail(userError("NOT_FOUND", "No such payment.", "id"));
    try {
      return ok((await this.sync(p.id, actor))!);
    } catch (err) {
      this.logger.warn({ err, paymentId }, "payment sync failed");
      return fail(userError("PROCESSOR_UNAVAILABLE", "We could not check the payment right now. It will update shortly."));
    }
  }

  /** Staff record money received for an invoice (bank transfer, cheque…). */
  async recordOffline(actor: AuditActor & { userId: string }, paymentId: string, reference: string): Promise<Result<PaymentEntity>> {
    const ref = String(reference ?? "").trim();
    if (ref.length < 2 || ref.length > 100) return fail(userError("INVALID", "Enter the bank or receipt reference (2–100 characters).", "reference"));
    if (!isUuid(paymentId)) return fail(userError("NOT_FOUND", "No such payment.", "id"));
    return this.ds.transaction(async (em) => {
      const p = await em.findOne(PaymentEntity, { where: { id: paymentId }, lock: { mode: "pessimistic_write" } });
      if (!p) return fail(userError("NOT_FOUND", "No such payment.", "id"));
      if (p.status === "PAID") return fail(userError("ALREADY_PAID", "This payment is already recorded as paid."));
      if (p.method !== "INVOICE") return fail(userError("NOT_AN_INVOICE", "Card payments are confirmed by the processor, not by hand."));
      const now = this.clock.now();
      Object.assign(p, { status: "PAID", processorRef: ref, paidAt: now, recordedBy: actor.userId, updatedAt: now });
      await em.save(p);
      await this.audit.record(em, actor, { action: "payment.recorded_offline", targetType: "payment", targetId: p.id, metadata: { applicationId: p.applicationId } });
      await this.sendReceipt(em, p);
      return ok(p);
    });
  }

  private async sendReceipt(em: EntityManager, p: PaymentEntity): Promise<void> {
    const { to, firstName, language } = await this.emailOf(em, p.payerUserId);
    await this.mail.enqueue(em, {
      userId: p.payerUserId,
      to,
      template: "receipt",
      category: "ESSENTIAL",
      content: mailTemplates.receipt(language, {
        firstName,
        invoiceNumber: p.invoiceNumber,
        amountCents: p.amountCents,
        currency: p.currency,
        paidAt: p.paidAt!,
        card: p.method === "CARD" ? { brand: p.cardBrand, last4: p.cardLast4 } : null,
      }),
    });
  }

  async latestFor(applicationIds: readonly string[]): Promise<(PaymentEntity | null)[]> {
    const rows = await this.ds.manager.find(PaymentEntity, { where: { applicationId: In([...applicationIds]) }, order: { createdAt: "DESC" } });
    return applicationIds.map((id) => rows.find((r) => r.applicationId === id && r.status === "PAID") ?? rows.find((r) => r.applicationId === id) ?? null);
  }

  list(status: string | null, limit: number, offset: number) {
    return this.ds.manager.findAndCount(PaymentEntity, { where: status ? { status: status as PaymentEntity["status"] } : {}, order: { createdAt: "DESC", id: "ASC" }, take: limit, skip: offset });
  }
}
