import { type FieldNode, Kind, type OperationDefinitionNode, parse, type SelectionSetNode, type ValueNode } from "graphql";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Services } from "../../app/services";
import { RATE_LIMITED_MESSAGE } from "../../common/graphql/errors";
import { RATE_LIMITS } from "../../common/rate-limit/rate-limiter";

const CREDENTIAL_FIELDS = new Set(["number", "title", "holderName", "issuerName", "validFrom", "validUntil"]);

interface Plan {
  /** Where the field starts in the document (the `locations` of an error about it). */
  location: { line: number; column: number };
  /** The credential number: a literal, or the name of a variable. */
  number: { literal: string } | { variable: string };
  fields: (string | { name: "credential"; fields: string[] })[];
}

/**
 * Integrators call `credentialVerify` far more than anything else. A document that asks only for
 * that field, plainly (no aliases, fragments or directives), is planned once and answered without
 * the full GraphQL pipeline; anything else — and any request with a token — goes to Apollo.
 * Same rate limits, same service, same JSON as the schema defines.
 */
function planOf(query: string): Plan | null {
  let doc;
  try {
    doc = parse(query, { maxTokens: 200 });
  } catch {
    return null;
  }
  if (doc.definitions.length !== 1) return null;
  const op = doc.definitions[0] as OperationDefinitionNode;
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== "query" || op.directives?.length) return null;
  const root = op.selectionSet.selections;
  if (root.length !== 1 || root[0].kind !== Kind.FIELD) return null;
  const field = root[0] as FieldNode;
  if (field.name.value !== "credentialVerify" || field.alias || field.directives?.length || field.arguments?.length !== 1) return null;
  const arg = field.arguments[0];
  if (arg.name.value !== "number") return null;
  const value: ValueNode = arg.value;
  let number: Plan["number"];
  if (value.kind === Kind.STRING) number = { literal: value.value };
  else if (value.kind === Kind.VARIABLE) {
    const def = op.variableDefinitions?.find((v) => v.variable.name.value === value.name.value);
    if (!def || def.type.kind !== Kind.NON_NULL_TYPE || def.type.type.kind !== Kind.NAMED_TYPE || def.type.type.name.value !== "String" || def.defaultValue) return null;
    number = { variable: value.name.value };
  } else return null;
  const plain = (s: SelectionSetNode | undefined) => s?.selections.every((x) => x.kind === Kind.FIELD && !x.alias && !x.directives?.length && !x.arguments?.length) ?? false;
  if (!plain(field.selectionSet)) return null;
  const fields: Plan["fields"] = [];
  for (const sel of field.selectionSet!.selections as FieldNode[]) {
    const name = sel.name.value;
    if ((name === "status" || name === "checkedAt") && !sel.selectionSet) fields.push(name);
    else if (name === "credential" && sel.selectionSet && plain(sel.selectionSet)) {
      const sub = (sel.selectionSet.selections as FieldNode[]).map((f) => f.name.value);
      if (!sub.every((f) => CREDENTIAL_FIELDS.has(f)) || (sel.selectionSet.selections as FieldNode[]).some((f) => f.selectionSet)) return null;
      fields.push({ name: "credential", fields: sub });
    } else return null;
  }
  const location = field.loc ? { line: field.loc.startToken.line, column: field.loc.startToken.column } : { line: 1, column: 1 };
  return { location, number, fields };
}

const JSON_TYPE = /^application\/json(\s*;\s*charset=utf-8)?$/i;
const MAX_FAST_BODY = 2048;
const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The client address as Express computes `req.ip` (proxy-addr): the nearest untrusted hop of socket + X-Forwarded-For. */
export function clientIp(req: IncomingMessage, trust: (addr: string, i: number) => boolean): string {
  const socketAddr = req.socket.remoteAddress ?? "unknown";
  const header = req.headers["x-forwarded-for"];
  const hops = [socketAddr, ...(typeof header === "string" ? header.split(",").map((s) => s.trim()).filter(Boolean).reverse() : [])];
  for (let i = 0; i < hops.length - 1; i++) if (!trust(hops[i], i)) return hops[i];
  return hops[hops.length - 1];
}

/** Body state handed to Express when the fast path declines a request whose body it already read. */
export interface PreReadBody {
  ccpBody?: { ok: true; value: unknown } | { ok: false };
}

/**
 * The verification hot path, in front of Express: a small JSON POST to /graphql without a token is
 * read here; if it is a plain `credentialVerify` document it is answered directly (with the same
 * security headers Express would send), otherwise — or on any failure — the request goes on to the
 * Express app with its body already read (see `PreReadBody`), so nothing is parsed twice.
 */
export function createVerifyFastPath(services: Services, staticHeaders: [string, string][], trustProxy: (addr: string, i: number) => boolean) {
  const plans = new Map<string, Plan | null>();
  const planFor = (query: string): Plan | null => {
    let plan = plans.get(query);
    if (plan === undefined) {
      plan = query.includes("credentialVerify") ? planOf(query) : null;
      if (plans.size < 1000) plans.set(query, plan);
    }
    return plan;
  };

  async function answer(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<boolean> {
    if (!body || typeof body !== "object" || Array.isArray(body)) return false;
    const { query, variables } = body as { query?: unknown; variables?: unknown };
    if (typeof query !== "string") return false;
    const plan = planFor(query);
    if (!plan) return false;
    const raw = "literal" in plan.number ? plan.number.literal : ((variables ?? {}) as Record<string, unknown>)[plan.number.variable];
    if (typeof raw !== "string") return false;
    const ip = clientIp(req, trustProxy);
    if (await services.rateLimiter.hit(RATE_LIMITS.verifyIp, ip)) {
      // Over the limit: answered here, as Apollo would (same error, 429), without Express or GraphQL. An abusive
      // client's requests must cost as little as possible; after the first rejection the limiter needs no database.
      const retryAfter = services.rateLimiter.retryAfterSeconds(RATE_LIMITS.verifyIp, ip);
      send(req, res, 429, { errors: [{ message: RATE_LIMITED_MESSAGE, locations: [plan.location], path: ["credentialVerify"], extensions: { code: "RATE_LIMITED" } }], data: null }, retryAfter ? ["Retry-After", String(retryAfter)] : []);
      return true;
    }
    const r = await services.verification.verifyNumber(raw.slice(0, 64));
    const out: Record<string, unknown> = {};
    for (const f of plan.fields) {
      if (f === "status") out.status = r.status;
      else if (f === "checkedAt") out.checkedAt = r.checkedAt.toISOString();
      else if (typeof f === "object") {
        out.credential = r.credential
          ? Object.fromEntries(f.fields.map((k) => [k, k === "validFrom" || k === "validUntil" ? (r.credential![k] as Date).toISOString() : r.credential![k as keyof typeof r.credential]]))
          : null;
      }
    }
    send(req, res, 200, { data: { credentialVerify: out } });
    return true;
  }

  function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, extraHeaders: string[] = []): void {
    const json = JSON.stringify(body);
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.writeHead(status, [
      ...staticHeaders.flat(),
      "X-Request-Id", requestId,
      "Cache-Control", "no-store",
      "Content-Type", "application/json; charset=utf-8",
      "Content-Length", String(Buffer.byteLength(json)),
      ...extraHeaders,
    ]);
    res.end(json);
  }

  /** Returns false when the request is not a candidate (Express handles it untouched). */
  return (req: IncomingMessage & PreReadBody, res: ServerResponse, next: () => void): boolean => {
    if (req.method !== "POST" || req.url !== "/graphql" || req.headers.authorization || req.headers["transfer-encoding"]) return false;
    if (req.headers.origin && services.config.corsOrigins.length) return false; // cross-origin browsers get their CORS headers from Express
    const type = req.headers["content-type"];
    const length = Number(req.headers["content-length"]);
    if (!type || !JSON_TYPE.test(type) || !(length > 0 && length <= MAX_FAST_BODY)) return false;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      chunks.push(c);
    });
    req.on("error", () => next());
    req.on("end", () => {
      let value: unknown;
      try {
        if (size !== length) throw new Error("length mismatch");
        value = JSON.parse(Buffer.concat(chunks, size).toString("utf8"));
      } catch {
        req.ccpBody = { ok: false };
        return next();
      }
      req.ccpBody = { ok: true, value };
      answer(req, res, value).then(
        (done) => (done ? undefined : next()),
        () => next(), // the full pipeline answers again and masks and logs the error its usual way
      );
    });
    return true;
  };
}
