import { translateMessage } from "../../common/i18n/messages";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Router } from "express";
import type { Services } from "../../app/services";
import { EXPORT_JSON_SCHEMA } from "./personal-data.registry";

/**
 *   GET /api/privacy-requests/<id>/export   the requester's export (bearer token; expires after 7 days), streamed
 *                                           chunk by chunk (chunked transfer encoding, no Content-Length)
 *   GET /api/privacy/export-schema.json     the published JSON Schema of exports
 */
export function privacyRouter(services: Services): Router {
  const router = Router();
  router.get("/privacy/export-schema.json", (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type("application/schema+json").send(JSON.stringify(EXPORT_JSON_SCHEMA, null, 2));
  });
  router.get("/privacy-requests/:id/export", async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const m = /^Bearer\s+(\S+)$/i.exec(req.header("authorization") ?? "");
    const viewer = m ? await services.sessions.authenticate(m[1]) : null;
    if (!viewer) return void res.status(401).json({ code: "UNAUTHENTICATED", message: translateMessage("Sign in to download your export.") });
    const chunks = await services.privacyRequests.download(viewer, String(req.params.id));
    if (!chunks) return void res.status(404).json({ code: "NOT_FOUND", message: translateMessage("No export to download (it may have expired).") });
    res.setHeader("Content-Disposition", `attachment; filename="carecoreplus-data-${req.params.id}.json"`);
    res.type("application/json");
    // Chunk by chunk, as the client reads (backpressure); a failure part-way aborts the response
    // instead of ending it, so a truncated file is never mistaken for a whole one.
    await pipeline(Readable.from(chunks, { highWaterMark: 1 }), res).catch((err: unknown) => {
      // The client went away part-way: nothing to report.
      if ((err as { code?: unknown }).code !== "ERR_STREAM_PREMATURE_CLOSE") throw err;
    });
  });
  return router;
}
