import { translateMessage } from "../../common/i18n/messages";
import { Router } from "express";
import type { Services } from "../../app/services";
import type { AuditFilter } from "./audit-log.service";

const date = (v: unknown): Date | null | undefined => {
  if (typeof v !== "string" || !v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

/**
 * GET /api/audit/export?action=&actorUserId=&targetType=&targetId=&from=&to= (ADMIN with MFA, bearer):
 * the filtered audit trail as hash-chained JSON lines (see audit-chain.ts), streamed.
 */
export function auditRouter(services: Services): Router {
  const router = Router();
  router.get("/audit/export", async (req, res, next) => {
    try {
      res.setHeader("Cache-Control", "no-store");
      const m = /^Bearer\s+(\S+)$/i.exec(req.header("authorization") ?? "");
      const viewer = m ? await services.sessions.authenticate(m[1]) : null;
      if (!viewer) return void res.status(401).json({ code: "UNAUTHENTICATED", message: translateMessage("Sign in to export the audit trail.") });
      if (!viewer.roles.includes("ADMIN") || !viewer.mfaEnabled) return void res.status(403).json({ code: "FORBIDDEN", message: translateMessage("Only admins with two-step sign-in can export the audit trail.") });
      const q = req.query as Record<string, unknown>;
      const from = date(q.from);
      const to = date(q.to);
      if (from === undefined || to === undefined) return void res.status(400).json({ code: "BAD_REQUEST", message: translateMessage("from and to must be ISO dates, e.g. 2026-11-01T00:00:00Z.") });
      const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 200) : null);
      const filter: AuditFilter = { action: str(q.action), actorUserId: str(q.actorUserId), targetType: str(q.targetType), targetId: str(q.targetId), requestId: str(q.requestId), from, to };
      const now = services.clock.now();
      await services.ds.transaction(async (em) => {
        await services.audit.record(em, { type: "USER", userId: viewer.userId, requestId: String(res.getHeader("x-request-id") ?? "") || null }, { action: "audit.exported", metadata: { filter: Object.keys(filter).filter((k) => filter[k as keyof AuditFilter]) } });
      });
      res.setHeader("Content-Type", "application/x-ndjson; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="carecoreplus-audit-${now.toISOString().slice(0, 10)}.jsonl"`);
      for await (const line of services.auditLog.exportLines(filter, now)) {
        if (!res.write(line)) await new Promise((r) => res.once("drain", r));
      }
      res.end();
    } catch (err) {
      next(err);
    }
  });
  return router;
}
