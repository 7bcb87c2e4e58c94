import Stripe from "stripe";

export interface CheckoutRequest {
  paymentId: string;
  applicationId: string;
  amountCents: number;
  currency: string;
  description: string;
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutResult {
  status: "PAID" | "PENDING" | "FAILED" | "CANCELED";
  cardBrand: string | null;
  cardLast4: string | null;
}

/** What the payment service needs from a card processor. */
export interface PaymentProcessor {
  readonly name: string;
  createCheckout(req: CheckoutRequest): Promise<{ reference: string; url: string }>;
  retrieveCheckout(reference: string): Promise<CheckoutResult>;
  /** Verify a webhook and return the checkout reference it concerns (or null for other events). */
  parseWebhook(rawBody: Buffer, signature: string): { reference: string } | null;
}

/**
 * Stripe Checkout (hosted payment page): card data never touches our servers or our pages.
 * `apiBase` points the SDK at another host (tests use a local stand-in).
 */
export class StripeProcessor implements PaymentProcessor {
  readonly name = "stripe";
  private readonly stripe: Stripe;

  constructor(
    secretKey: string,
    private readonly webhookSecret: string | undefined,
    apiBase?: string,
  ) {
    const base = apiBase ? new URL(apiBase) : null;
    this.stripe = new Stripe(secretKey, {
      maxNetworkRetries: 2,
      timeout: 10_000,
      ...(base ? { host: base.hostname, port: base.port || (base.protocol === "https:" ? 443 : 80), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
    });
  }

  async createCheckout(req: CheckoutRequest): Promise<{ reference: string; url: string }> {
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: "payment",
        customer_email: req.customerEmail,
        client_reference_id: req.paymentId,
        line_items: [{ quantity: 1, price_data: { currency: req.currency, unit_amount: req.amountCents, product_data: { name: req.description } } }],
        metadata: { paymentId: req.paymentId, applicationId: req.applicationId },
        success_url: req.successUrl,
        cancel_url: req.cancelUrl,
      },
      { idempotencyKey: `checkout-${req.paymentId}` },
    );
    if (!session.url) throw new Error("Stripe returned no checkout URL");
    return { reference: session.id, url: session.url };
  }

  async retrieveCheckout(reference: string): Promise<CheckoutResult> {
    const session = await this.stripe.checkout.sessions.retrieve(reference, { expand: ["payment_intent.latest_charge"] });
    const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
    const charge = intent && typeof intent.latest_charge === "object" ? intent.latest_charge : null;
    const card = charge?.payment_method_details?.card ?? null;
    const status: CheckoutResult["status"] = session.payment_status === "paid" ? "PAID" : session.status === "expired" ? "CANCELED" : intent?.status === "canceled" ? "FAILED" : "PENDING";
    return { status, cardBrand: card?.brand ?? null, cardLast4: card?.last4 ?? null };
  }

  parseWebhook(rawBody: Buffer, signature: string): { reference: string } | null {
    if (!this.webhookSecret) throw new Error("STRIPE_WEBHOOK_SECRET is not set");
    const event = this.stripe.webhooks.constructEvent(rawBody, signature, this.webhookSecret);
    if (event.type.startsWith("checkout.session.")) return { reference: (event.data.object as { id: string }).id };
    return null;
  }
}
