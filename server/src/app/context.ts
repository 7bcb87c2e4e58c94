import type { LanguageCode } from "../common/i18n/languages";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Viewer } from "../modules/auth/viewer";
import type { ApiPrincipal } from "../modules/integrations/api-key.service";
import type { Loaders } from "./loaders";
import type { RequestMeta, Services } from "./services";

export const REFRESH_COOKIE = "__Host-ccp_rt";

export interface RefreshCookie {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver receives. Built once per HTTP request. */
export interface GraphQLContext {
  meta: RequestMeta;
  viewer: Viewer | null;
  /** An integrator calling with an API key (`Authorization: Bearer ccp_…`). */
  apiKey: ApiPrincipal | null;
  /** A bearer token was sent but is not valid (expired, forged, revoked). */
  tokenInvalid: boolean;
  services: Services;
  loaders: Loaders;
  refreshCookie: RefreshCookie;
}

/** Request id for logs and masked errors, available anywhere in the request's async chain. */
export const requestStore = new AsyncLocalStorage<{ requestId: string; queries: number; language?: LanguageCode }>();
export const currentRequestId = () => requestStore.getStore()?.requestId ?? null;
