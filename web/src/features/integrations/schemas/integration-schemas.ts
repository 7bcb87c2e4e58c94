import type { ApiKeyCreateInput, ApiScope } from "@ccp/shared";
import { z } from "zod";

/** The permissions offered when creating a key. */
export const API_SCOPES: readonly { scope: ApiScope; label: string; text: string }[] = [
  { scope: "CREDENTIALS_VERIFY", label: "Verify credentials", text: "Check a credential number and see whether it is valid." },
  { scope: "WEBHOOKS_MANAGE", label: "Manage their webhooks", text: "Subscribe their own systems to credential events." },
];

/**
 * CREDENTIALS_READ is in the API for keys made before, but no operation accepts it yet, so it is not
 * offered; existing keys still show it by name.
 */
const RESERVED_SCOPES: readonly { scope: ApiScope; label: string }[] = [{ scope: "CREDENTIALS_READ", label: "Read credentials (grants nothing yet)" }];

export const scopeLabel = (scope: string): string => [...API_SCOPES, ...RESERVED_SCOPES].find((s) => s.scope === scope)?.label ?? scope;

export const WEBHOOK_EVENTS: readonly { event: string; label: string }[] = [
  { event: "credential.issued", label: "A credential is issued" },
  { event: "credential.revoked", label: "A credential is revoked" },
  { event: "credential.suspended", label: "A credential is suspended" },
  { event: "credential.reinstated", label: "A suspended credential is reinstated" },
  { event: "credential.expired", label: "A credential expires" },
  { event: "credential.renewed", label: "A credential is renewed" },
];

export const apiKeySchema = z.object({
  name: z.string().trim().min(2, "Name the key after who will use it (2–100 characters)").max(100, "Use at most 100 characters"),
  scopes: z.array(z.enum(["CREDENTIALS_VERIFY", "WEBHOOKS_MANAGE"])).min(1, "Choose at least one permission"),
  rateLimitPerMinute: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100_000), "Enter a whole number from 1 to 100,000"),
});

export type ApiKeyValues = z.infer<typeof apiKeySchema>;

export const toApiKeyInput = (values: ApiKeyValues): ApiKeyCreateInput => ({
  name: values.name,
  scopes: values.scopes,
  ...(values.rateLimitPerMinute ? { rateLimitPerMinute: Number(values.rateLimitPerMinute) } : {}),
});

export const webhookSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address of the endpoint")
    .refine((v) => {
      try {
        // https in production; the API also accepts http on test installations.
        return ["https:", "http:"].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, "Enter the full address, for example https://hr.example.org/hooks/carecoreplus"),
  events: z.array(z.string()).min(1, "Choose at least one event"),
});

export type WebhookValues = z.infer<typeof webhookSchema>;
