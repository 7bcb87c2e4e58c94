import { translateMessage } from "../../common/i18n/messages";
import { Router } from "express";
import type { Services } from "../../app/services";
import { renderBadgeSvg } from "./badge.svg";
import { renderCertificatePdf } from "./certificate.pdf";
import { STATUS_LIST_TTL_SECONDS } from "./signing/status-list.service";
import { statusOf } from "./verification.service";

/**
 * Public, cacheable documents (never logged with who asked):
 *   GET /.well-known/did.json            our did:web document with every key, retired ones too
 *   GET /status/<list>                   signed BitstringStatusListCredential
 *   GET /credentials/<number>.json       the signed Open Badges 3.0 credential
 *   GET /credentials/<number>.pdf        a printable certificate with a QR code to /verify/<number>
 *   GET /credentials/<number>.svg        a baked Open Badges 3.0 badge (the signed credential inside the SVG)
 */
export function credentialPublicRouter(services: Services): Router {
  const router = Router();

  router.get("/.well-known/did.json", async (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type("application/did+json").send(JSON.stringify(await services.credentials.issuer.didDocument()));
  });

  router.get("/status/:list", async (req, res) => {
    const credential = await services.credentials.statusLists.credential(String(req.params.list));
    if (!credential) return void res.status(404).json({ code: "NOT_FOUND" });
    res.setHeader("Cache-Control", `public, max-age=${STATUS_LIST_TTL_SECONDS}`);
    res.type("application/vc+ld+json").send(JSON.stringify(credential));
  });

  router.get(/^\/credentials\/([A-Za-z0-9-]{1,40})\.json$/, async (req, res) => {
    const c = await services.verification.findByNumber((req.params as unknown as string[])[0]);
    if (!c?.document) return void res.status(404).json({ code: "NOT_FOUND", message: translateMessage("No credential with this number.") });
    res.setHeader("Cache-Control", "public, max-age=60");
    res.setHeader("Content-Disposition", `inline; filename="${c.number}.json"`);
    res.type("application/vc+ld+json").send(JSON.stringify(c.document, null, 2));
  });

  router.get(/^\/credentials\/([A-Za-z0-9-]{1,40})\.pdf$/, async (req, res) => {
    const c = await services.verification.findByNumber((req.params as unknown as string[])[0]);
    if (!c) return void res.status(404).json({ code: "NOT_FOUND", message: translateMessage("No credential with this number.") });
    const view = await services.verification.publicView(c);
    const status = statusOf(c, services.clock.now());
    const pdf = await renderCertificatePdf({ ...view, status, verifyUrl: `${services.publicUrl()}/verify/${c.number}` });
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Disposition", `inline; filename="${c.number}.pdf"`);
    res.type("application/pdf").send(Buffer.from(pdf));
  });

  router.get(/^\/credentials\/([A-Za-z0-9-]{1,40})\.svg$/, async (req, res) => {
    const c = await services.verification.findByNumber((req.params as unknown as string[])[0]);
    if (!c?.document) return void res.status(404).json({ code: "NOT_FOUND", message: translateMessage("No credential with this number.") });
    const view = await services.verification.publicView(c);
    res.setHeader("Cache-Control", "public, max-age=60");
    res.setHeader("Content-Disposition", `inline; filename="${c.number}.svg"`);
    res.type("image/svg+xml").send(renderBadgeSvg({ title: view.title, number: c.number, issuerName: view.issuerName, document: c.document }));
  });

  return router;
}
