import { isLanguageCode, LANGUAGE_CODES } from "../common/i18n/languages";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import cookieParser from "cookie-parser";
import cors from "cors";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import helmet from "helmet";
import { REFRESH_COOKIE, type GraphQLContext, requestStore } from "./context";
import { createFormatError } from "./format-error";
import { oncePerDocumentRule } from "./once-per-document";
import { createArmor } from "./graphql-limits";
import { REPO_ROOT } from "./config";
import type { Services } from "./services";
import { renderMailbox } from "./dev-mailbox";
import { createLoaders } from "./loaders";
import { evidenceRouter } from "../modules/evidence/evidence.routes";
import { paymentWebhookRouter } from "../modules/payments/payment.routes";
import { credentialPublicRouter } from "../modules/credentials/credential.routes";
import { createVerifyFastPath, type PreReadBody } from "../modules/credentials/verify-fast-path";
import { privacyRouter } from "../modules/privacy/privacy.routes";
import { auditRouter } from "../modules/audit/audit.routes";
import { listExportRouter } from "../modules/exports/list-export.routes";

/** What the compression middleware may compress: not answers that set a cookie (see createHttpApp). */
export const compressible = (req: IncomingMessage, res: ServerResponse): boolean => !res.getHeader("set-cookie") && compression.filter(req as Request, res as Response);

export const WEB_DIST = path.join(REPO_ROOT, "web", "dist");

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  /** The node:http request listener: the verification hot path, then the Express app. */
  handler: RequestListener;
}

/** The headers a middleware sets on every response (helmet's are the same for every request). */
function staticHeadersOf(middleware: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (k: string, v: string | number | readonly string[]) => headers.set(k, String(v)),
    removeHeader: (k: string) => headers.delete(k),
    getHeader: (k: string) => headers.get(k),
  };
  middleware({ headers: {} } as IncomingMessage, res as unknown as ServerResponse, (err) => {
    if (err) throw err;
  });
  return [...headers];
}

function bearerOf(req: Request): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : "";
}

/** Express app: security headers, /healthz, /graphql, dev mailbox, and the built SPA. */
export async function createHttpApp(services: Services, schema: GraphQLSchema, opts: { serveSpa?: boolean } = {}): Promise<HttpApp> {
  const { config, logger } = services;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

  app.use((req, res, next) => {
    const incoming = req.header("x-request-id");
    const requestId = incoming && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    // The language people read our messages in (UserError.message, REST errors): the SPA sends its own.
    const asked = req.acceptsLanguages(...LANGUAGE_CODES);
    const language = isLanguageCode(asked) ? asked : "en";
    requestStore.run({ requestId, queries: 0, language }, next);
  });

  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "upgrade-insecure-requests": config.isProduction ? [] : null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
  });
  app.use(securityHeaders);

  // gzip/brotli for everything compressible over 1 kB (API answers, the SPA's scripts and styles, credential
  // files, status lists) — except answers that set a cookie: those carry fresh tokens in the body, and not
  // compressing them keeps secrets out of reach of compression side channels (BREACH).
  app.use(compression({ filter: compressible }));

  // CORS allow-list: only origins in CORS_ORIGINS may call the API from a browser (bearer tokens, no
  // cookies across origins); without it the API sends no CORS headers and browsers keep to the same origin.
  if (config.corsOrigins.length) {
    const allowed = new Set(config.corsOrigins);
    const allowList = cors({
      origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "authorization", "x-request-id", "apollo-require-preflight", "x-filename"],
      exposedHeaders: ["x-request-id"],
      credentials: false,
      maxAge: 600,
    });
    app.use(["/graphql", "/api"], allowList);
  }

  app.get("/healthz", async (_req, res) => {
    try {
      await services.ds.query("select 1");
      res.setHeader("Cache-Control", "no-store");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });

  const armor = createArmor(config.isProduction);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules: [...armor.validationRules, oncePerDocumentRule],
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    formatError: createFormatError(logger),
    plugins: [
      // No cache hints are used (every API answer is no-store): without this plugin Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Outside production, X-Query-Count tells how many SQL statements a request ran (N+1 checks).
      ...(config.isProduction
        ? []
        : [
            {
              async requestDidStart() {
                return {
                  async willSendResponse({ response }: { response: { http: { headers: Map<string, string> } } }) {
                    response.http.headers.set("x-query-count", String(requestStore.getStore()?.queries ?? 0));
                  },
                };
              },
            },
          ]),
    ],
  });
  await apollo.start();

  const secureCookie = true; // __Host- cookies need Secure; browsers accept them on http://localhost too.
  app.use(
    "/graphql",
    (_req, res, next) => {
      res.setHeader("Cache-Control", "no-store");
      next();
    },
    (req: Request & PreReadBody, _res: Response, next: NextFunction) => {
      // The hot path read this body and declined it: hand on what it parsed, or the error express.json would give.
      if (req.ccpBody?.ok === false) return next(Object.assign(new SyntaxError("Invalid JSON body"), { status: 400, statusCode: 400, expose: true, type: "entity.parse.failed" }));
      if (req.ccpBody?.ok) req.body = req.ccpBody.value;
      next();
    },
    cookieParser(),
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
        const bearer = bearerOf(req);
        const apiKey = bearer?.startsWith("ccp_") ? await services.apiKeys.authenticate(bearer) : null;
        const viewer = bearer && !bearer.startsWith("ccp_") ? await services.sessions.authenticate(bearer) : null;
        const meta = { requestId: requestStore.getStore()?.requestId ?? randomUUID(), ip: req.ip ?? "unknown", userAgent: req.header("user-agent") ?? null };
        return {
          meta,
          viewer,
          apiKey,
          tokenInvalid: bearer !== null && viewer === null && apiKey === null,
          services,
          loaders: createLoaders(services),
          refreshCookie: {
            read: () => (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE],
            set: (token, expiresAt) =>
              res.cookie(REFRESH_COOKIE, token, { httpOnly: true, secure: secureCookie, sameSite: "strict", path: "/", expires: expiresAt }),
            clear: () => res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: secureCookie, sameSite: "strict", path: "/" }),
          },
        };
      },
    }),
  );

  app.use(credentialPublicRouter(services));
  app.use("/api", evidenceRouter(services));
  app.use("/api", paymentWebhookRouter(services));
  app.use("/api", privacyRouter(services));
  app.use("/api", auditRouter(services));
  app.use("/api", listExportRouter(services));

  if (!config.isProduction) {
    app.get("/dev/mailbox", (_req, res) => {
      res.setHeader("Cache-Control", "no-store");
      res.type("html").send(renderMailbox(services.mail.listFiles()));
    });
  }

  if (opts.serveSpa !== false && existsSync(path.join(WEB_DIST, "index.html"))) {
    app.use(express.static(WEB_DIST, { index: false, maxAge: "1h", setHeaders: (res, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    } }));
    app.get(/^(?!\/(graphql|healthz|dev|api|status|\.well-known)(\/|$))(?!\/credentials\/[^/]+\.(json|pdf|svg)$).*/, (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(WEB_DIST, "index.html"));
    });
  } else if (opts.serveSpa !== false) {
    app.get("/", (_req, res) => {
      res.type("text").send("CareCorePlus API is running. The web app is not built: run `pnpm build`.");
    });
  }

  // Errors that reach Express (bad JSON, bodies over the limit, a failing route): a clear JSON answer, never a stack trace.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { status?: unknown; type?: unknown; expose?: unknown; message?: unknown };
    const status = typeof e?.status === "number" && e.status >= 400 && e.status < 500 ? e.status : 500;
    const requestId = requestStore.getStore()?.requestId ?? randomUUID();
    if (status === 500) logger.error({ err, requestId }, "unhandled HTTP error");
    const [code, message] =
      status === 413
        ? ["BAD_REQUEST", "The request body is too large (at most 100 kB)."]
        : e?.type === "entity.parse.failed"
          ? ["BAD_REQUEST", "The request body is not valid JSON."]
          : status === 500
            ? ["INTERNAL_SERVER_ERROR", `Something went wrong on our side. Quote request id ${requestId} if you contact us.`]
            : ["BAD_REQUEST", "The request could not be read."];
    if (res.headersSent) return void res.end();
    res.setHeader("Cache-Control", "no-store");
    res.status(status).json(req.path.startsWith("/graphql") ? { errors: [{ message, extensions: { code, requestId } }] } : { code, message, requestId });
  });

  const fastPath = createVerifyFastPath(services, staticHeadersOf(securityHeaders), app.get("trust proxy fn") as (addr: string, i: number) => boolean);
  const handler: RequestListener = (req, res) => {
    if (!fastPath(req, res, () => app(req, res))) app(req, res);
  };
  return { app, apollo, handler };
}
