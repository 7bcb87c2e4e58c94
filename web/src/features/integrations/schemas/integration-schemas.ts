import type { ApiKeyCreateInput, ApiScope } from "@ccp/shared";
import { z } from "zod";
import { translate, zodMessage } from "@/lib/i18n";

/** A scope's words (`apiKeys.scopes.<SCOPE>.*` in staff), read in the active language each time. */
const scopeWords = (scope: ApiScope) => ({
  scope,
  get label() {
    return translate("staff", `apiKeys.scopes.${scope}.label`);
  },
  get text() {
    return translate("staff", `apiKeys.scopes.${scope}.text`);
  },
});

/** The permissions offered when creating a key. */
export const API_SCOPES: readonly { scope: ApiScope; label: string; text: string }[] = [scopeWords("CREDENTIALS_VERIFY"), scopeWords("WEBHOOKS_MANAGE")];

/**
 * CREDENTIALS_READ is in the API for keys made before, but no operation accepts it yet, so it is not
 * offered; existing keys still show it by name.
 */
const RESERVED_SCOPES: readonly { scope: ApiScope; label: string }[] = [scopeWords("CREDENTIALS_READ")];

export const scopeLabel = (scope: string): string => [...API_SCOPES, ...RESERVED_SCOPES].find((s) => s.scope === scope)?.label ?? scope;

/** The credential events an endpoint can receive; labels are `webhooks.events.<what>` in staff. */
export const WEBHOOK_EVENTS: readonly { event: string; label: string }[] = (["issued", "revoked", "suspended", "reinstated", "expired", "renewed"] as const).map(
  (what) => ({
    event: `credential.${what}`,
    get label() {
      return translate("staff", `webhooks.events.${what}`);
    },
  }),
);

export const apiKeySchema = z.object({
  name: z.string().trim().min(2, zodMessage("staff", "apiKeys.form.errors.name")).max(100, zodMessage("staff", "apiKeys.form.errors.nameTooLong")),
  scopes: z.array(z.enum(["CREDENTIALS_VERIFY", "WEBHOOKS_MANAGE"])).min(1, zodMessage("staff", "apiKeys.form.errors.scopes")),
  rateLimitPerMinute: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100_000), zodMessage("staff", "apiKeys.form.errors.rate")),
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
    .min(1, zodMessage("staff", "webhooks.form.errors.urlRequired"))
    .refine((v) => {
      try {
        // https in production; the API also accepts http on test installations.
        return ["https:", "http:"].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, zodMessage("staff", "webhooks.form.errors.urlInvalid")),
  events: z.array(z.string()).min(1, zodMessage("staff", "webhooks.form.errors.events")),
});

export type WebhookValues = z.infer<typeof webhookSchema>;
