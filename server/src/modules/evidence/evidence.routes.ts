import { translateMessage } from "../../common/i18n/messages";
import express, { type Request, type Response, Router } from "express";
import type { Services } from "../../app/services";
import { actorOf, isStaff, type Viewer } from "../auth/viewer";
import { MAX_EVIDENCE_BYTES } from "./sniff";

const STATUS: Record<string, number> = { NOT_FOUND: 404, TOO_LARGE: 413, UNSUPPORTED_TYPE: 415, EMPTY_FILE: 400, NOT_EDITABLE: 409, TOO_MANY_FILES: 409 };

async function viewerOf(services: Services, req: Request): Promise<Viewer | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.header("authorization") ?? "");
  const viewer = m ? await services.sessions.authenticate(m[1]) : null;
  // Same rule as the GraphQL API: staff without MFA may do nothing else until they enrol.
  return viewer && isStaff(viewer) && !viewer.mfaEnabled ? null : viewer;
}

/**
 * Evidence files over plain HTTP (bearer token like the API):
 *   POST /api/applications/:id/evidence   raw body (PDF, PNG or JPEG, ≤ 10 MB), X-Filename header
 *   GET  /api/evidence/:id                the file, as an attachment
 */
export function evidenceRouter(services: Services): Router {
  const router = Router();

  router.post(
    "/applications/:id/evidence",
    async (req, res, next) => {
      res.setHeader("Cache-Control", "no-store");
      const viewer = await viewerOf(services, req);
      if (!viewer) return void res.status(401).json({ code: "UNAUTHENTICATED", message: translateMessage("Sign in to upload documents.") });
      // Refuse oversized uploads from their declared length, before reading anything.
      if (Number(req.header("content-length") ?? 0) > MAX_EVIDENCE_BYTES) return void res.status(413).json({ code: "TOO_LARGE", message: translateMessage("Files can be at most 10 MB.") });
      res.locals.viewer = viewer;
      next();
    },
    express.raw({ type: () => true, limit: MAX_EVIDENCE_BYTES }),
    async (req: Request, res: Response) => {
      const viewer = res.locals.viewer as Viewer;
      let filename: string | undefined;
      try {
        filename = req.header("x-filename") ? decodeURIComponent(req.header("x-filename")!) : undefined;
      } catch {
        return void res.status(400).json({ code: "BAD_REQUEST", message: translateMessage("X-Filename must be URI-encoded.") });
      }
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const r = await services.evidence.upload(viewer, actorOf(viewer, String(res.getHeader("x-request-id") ?? "")), String(req.params.id), filename, data);
      if (!r.ok) return void res.status(STATUS[r.errors[0].code] ?? 400).json({ code: r.errors[0].code, message: translateMessage(r.errors[0].message) });
      res.status(201).json({ id: r.value.id, filename: r.value.filename, contentType: r.value.contentType, sizeBytes: r.value.sizeBytes, sha256: r.value.sha256 });
    },
  );

  router.get("/evidence/:id", async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const viewer = await viewerOf(services, req);
    if (!viewer) return void res.status(401).json({ code: "UNAUTHENTICATED", message: translateMessage("Sign in to download documents.") });
    const file = await services.evidence.download(viewer, actorOf(viewer, String(res.getHeader("x-request-id") ?? "")), String(req.params.id));
    if (!file) return void res.status(404).json({ code: "NOT_FOUND", message: translateMessage("No such document.") });
    res.setHeader("Content-Type", file.view.contentType);
    res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.view.filename)}`);
    res.setHeader("Content-Length", String(file.data.length));
    res.end(file.data);
  });

  // Errors from the raw-body parser (e.g. a body longer than its declared length) become JSON.
  router.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: (e?: unknown) => void) => {
    if (err?.type === "entity.too.large") return void res.status(413).json({ code: "TOO_LARGE", message: translateMessage("Files can be at most 10 MB.") });
    if (err?.status && err.status < 500) return void res.status(err.status).json({ code: "BAD_REQUEST", message: translateMessage("The upload could not be read.") });
    next(err);
  });
  return router;
}
