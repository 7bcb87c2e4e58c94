import { translateMessage } from "../../common/i18n/messages";
import { Router } from "express";
import type { Services } from "../../app/services";
import { CSV_BOM, csvLine } from "../../common/csv";
import { parseExportFilter } from "./list-export.filters";
import { EXPORT_LISTS, type ExportList, ListExportService } from "./list-export.service";

/**
 * GET /api/admin/exports/<list>.csv (ADMIN with MFA, bearer — like GET /api/audit/export): every row of
 * an admin list matching the same filters as its GraphQL query, streamed as CSV page by page.
 * Lists: applications, credentials, people, privacy-requests, payments. Each export is audited.
 */
export function listExportRouter(services: Services): Router {
  const router = Router();
  const exporter = new ListExportService(services);
  router.get("/admin/exports/:file", async (req, res, next) => {
    try {
      res.setHeader("Cache-Control", "no-store");
      const list = /^([a-z-]+)\.csv$/.exec(req.params.file)?.[1] as ExportList | undefined;
      if (!list || !EXPORT_LISTS.includes(list)) return void res.status(404).json({ code: "NOT_FOUND", message: translateMessage(`Lists: ${EXPORT_LISTS.map((l) => `${l}.csv`).join(", ")}.`) });
      const m = /^Bearer\s+(\S+)$/i.exec(req.header("authorization") ?? "");
      const viewer = m ? await services.sessions.authenticate(m[1]) : null;
      if (!viewer) return void res.status(401).json({ code: "UNAUTHENTICATED", message: translateMessage("Sign in to export a list.") });
      if (!viewer.roles.includes("ADMIN") || !viewer.mfaEnabled) return void res.status(403).json({ code: "FORBIDDEN", message: translateMessage("Only admins with two-step sign-in can export lists.") });
      const parsed = parseExportFilter(list, req.query as Record<string, unknown>);
      if (!parsed.ok) return void res.status(400).json({ code: "BAD_REQUEST", field: parsed.field, message: translateMessage(parsed.message) });
      const now = services.clock.now();
      await services.ds.transaction(async (em) => {
        const filter = Object.keys(parsed.filter).filter((k) => parsed.filter[k] !== null && parsed.filter[k] !== undefined && k !== "sort");
        await services.audit.record(em, { type: "USER", userId: viewer.userId, requestId: String(res.getHeader("x-request-id") ?? "") || null }, { action: "list.exported", metadata: { list, filter } });
      });
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="carecoreplus-${list}-${now.toISOString().slice(0, 10)}.csv"`);
      res.write(CSV_BOM);
      for await (const row of exporter.rows(list, parsed.filter, viewer)) {
        if (!res.write(csvLine(row))) await new Promise((r) => res.once("drain", r));
      }
      res.end();
    } catch (err) {
      // Once rows are on their way the status is sent: cut the response so the file is visibly incomplete.
      if (res.headersSent) return void res.destroy(err as Error);
      next(err);
    }
  });
  return router;
}
