import { type FieldNode, Kind, type OperationDefinitionNode, parse, type SelectionSetNode, type ValueNode } from "graphql";
import type { NextFunction, Request, Response } from "express";
import type { Services } from "../../app/services";
import { RATE_LIMITS } from "../../common/rate-limit/rate-limiter";

const CREDENTIAL_FIELDS = new Set(["number", "title", "holderName", "issuerName", "validFrom", "validUntil"]);

interface Plan {
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
  return { number, fields };
}

export function verifyFastPath(services: Services) {
  const plans = new Map<string, Plan | null>();
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
      if (req.method !== "POST" || !body || typeof body.query !== "string" || req.header("authorization") || Array.isArray(body)) return next();
      let plan = plans.get(body.query);
      if (plan === undefined) {
        plan = body.query.includes("credentialVerify") ? planOf(body.query) : null;
        if (plans.size < 1000) plans.set(body.query, plan);
      }
      if (!plan) return next();
      const variables = (body.variables ?? {}) as Record<string, unknown>;
      const raw = "literal" in plan.number ? plan.number.literal : variables[plan.number.variable];
      if (typeof raw !== "string") return next();
      if (await services.rateLimiter.hit(RATE_LIMITS.verifyIp, req.ip ?? "unknown")) return next(); // Apollo answers RATE_LIMITED the usual way
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
      res.setHeader("Cache-Control", "no-store");
      res.json({ data: { credentialVerify: out } });
    } catch (err) {
      next(err);
    }
  };
}
