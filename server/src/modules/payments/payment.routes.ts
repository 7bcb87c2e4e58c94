import express, { Router } from "express";
import type { Services } from "../../app/services";
import { systemActor } from "../audit/audit.service";

/** POST /api/webhooks/stripe: signed Stripe events; the outcome is read back from Stripe itself. */
export function paymentWebhookRouter(services: Services): Router {
  const router = Router();
  router.post("/webhooks/stripe", express.raw({ type: () => true, limit: "1mb" }), async (req, res) => {
    const signature = req.header("stripe-signature");
    if (!services.payments.processor || !signature) return void res.status(400).json({ code: "BAD_REQUEST" });
    let ref: { reference: string } | null;
    try {
      ref = services.payments.processor.parseWebhook(req.body as Buffer, signature);
    } catch {
      return void res.status(400).json({ code: "INVALID_SIGNATURE" });
    }
    if (ref) await services.payments.syncByReference(ref.reference, systemActor);
    res.json({ received: true });
  });
  return router;
}
