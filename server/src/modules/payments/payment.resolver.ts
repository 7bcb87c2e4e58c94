import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import type { Result } from "../../common/graphql/user-error";
import { Application } from "../applications/application.types";
import { actorOf, isStaff } from "../auth/viewer";
import type { PaymentEntity } from "./payment.entity";
import { ApplicationPayInput, ApplicationPayPayload, Payment, PaymentConnection, PaymentPayload, PaymentSettings, PaymentStatus } from "./payment.types";

const isAdmin = (ctx: GraphQLContext) => ctx.viewer?.roles.includes("ADMIN") ?? false;

const payload = (r: Result<PaymentEntity>): PaymentPayload => (r.ok ? { payment: r.value, errors: [] } : { payment: null, errors: r.errors });

@Authorized()
@Resolver(() => Payment)
export class PaymentResolver {
  @Query(() => PaymentSettings, { description: "Whether fees are paid by card or by invoice." })
  paymentSettings(@Ctx() ctx: GraphQLContext): PaymentSettings {
    return { mode: ctx.services.payments.mode };
  }

  @Mutation(() => ApplicationPayPayload, {
    description: "Pay the application fee. Card mode returns a Stripe Checkout URL; invoice mode e-mails an invoice. Codes: ALREADY_PAID, NO_FEE, NOT_PAYABLE, PROCESSOR_UNAVAILABLE, INVALID.",
  })
  async applicationPay(@Arg("id", () => ID) id: string, @Arg("input", () => ApplicationPayInput) input: ApplicationPayInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayPayload> {
    const r = await ctx.services.payments.pay(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, input.billingAddress);
    return r.ok ? { payment: r.value.payment, checkoutUrl: r.value.checkoutUrl, errors: [] } : { payment: null, checkoutUrl: null, errors: r.errors };
  }

  @Mutation(() => PaymentPayload, { description: "Check a card payment's outcome with the processor (after returning from Checkout)." })
  async paymentSync(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PaymentPayload> {
    return payload(await ctx.services.payments.syncForViewer(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id));
  }

  @FieldResolver(() => String, { nullable: true, description: "Billing address on one line (payer and staff)." })
  billingAddress(@Root() p: PaymentEntity, @Ctx() ctx: GraphQLContext): string | null {
    if (!ctx.viewer || (!isStaff(ctx.viewer) && ctx.viewer.userId !== p.payerUserId)) return null;
    const a = ctx.services.payments.billingAddressOf(p);
    return [a.name, a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(", ");
  }

  @FieldResolver(() => Application, { nullable: true, description: "The application the fee is for (ADMIN only; null for others)." })
  async application(@Root() p: PaymentEntity, @Ctx() ctx: GraphQLContext) {
    return isAdmin(ctx) ? ctx.loaders.application.load(p.applicationId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The payer's first and last name (ADMIN only; null for others, and for an erased account)." })
  async payerName(@Root() p: PaymentEntity, @Ctx() ctx: GraphQLContext) {
    if (!isAdmin(ctx)) return null;
    const u = await ctx.loaders.user.load(p.payerUserId);
    return u && !u.erased ? `${u.firstName} ${u.lastName}`.trim() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Processor or bank reference (staff only)." })
  processorReference(@Root() p: PaymentEntity, @Ctx() ctx: GraphQLContext): string | null {
    return isStaff(ctx.viewer!) ? p.processorRef : null;
  }
}

@Authorized("ADMIN")
@Resolver()
export class PaymentAdminResolver {
  @Query(() => PaymentConnection, { description: "All payments, newest first (ADMIN). `first` is 1–100." })
  async payments(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("status", () => PaymentStatus, { nullable: true }) status: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PaymentConnection> {
    const { limit, offset } = pageArgs(first, after);
    const [items, total] = await ctx.services.payments.list(status, limit, offset);
    return toConnection(items, total, offset) as PaymentConnection;
  }

  @Mutation(() => PaymentPayload, { description: "Record that an invoice was paid offline (ADMIN); the payer gets a receipt. Codes: ALREADY_PAID, NOT_AN_INVOICE, INVALID." })
  async paymentRecordOffline(@Arg("id", () => ID) id: string, @Arg("reference") reference: string, @Ctx() ctx: GraphQLContext): Promise<PaymentPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    return payload(await ctx.services.payments.recordOffline(actor, id, reference));
  }
}
