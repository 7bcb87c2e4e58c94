import type { ViewerFieldsFragment } from "@ccp/shared";
import type * as GraphQLFetch from "./graphql-fetch";

// The access token lives in this module only: never in localStorage or a
// cookie readable by scripts. A page reload forgets it and `refreshSession`
// trades the HttpOnly refresh cookie for a new one.
let accessToken: string | null = null;

export const getAccessToken = (): string | null => accessToken;

export const setAccessToken = (token: string | null): void => {
  accessToken = token;
};

export type RefreshResult =
  | { ok: true; accessToken: string; user: ViewerFieldsFragment }
  | { ok: false; reason: "expired" | "network" };

// The requests live in graphql-fetch.ts, loaded on demand: the entry chunk of the public pages
// holds neither the graphql printer nor the typed documents. Once loaded it is kept here, so that
// a request can leave in the same task as the click that asked for it (sign-out before the person
// navigates away; import() always waits for a later task).
let graphqlFetch: typeof GraphQLFetch | null = null;

export const loadGraphQLFetch = async (): Promise<typeof GraphQLFetch> => {
  graphqlFetch ??= await import("./graphql-fetch");
  return graphqlFetch;
};

/** graphql-fetch.ts if it has loaded already (it has, after the session restore), else null. */
export const loadedGraphQLFetch = (): typeof GraphQLFetch | null => graphqlFetch;

let inFlight: Promise<RefreshResult> | null = null;

const requestRefresh = async (): Promise<RefreshResult> => {
  try {
    const { requestRefresh: send } = await loadGraphQLFetch();
    const payload = (await send()).data?.authRefresh;
    if (payload?.accessToken && payload.user) {
      setAccessToken(payload.accessToken);
      return { ok: true, accessToken: payload.accessToken, user: payload.user };
    }
    setAccessToken(null);
    return { ok: false, reason: "expired" };
  } catch {
    return { ok: false, reason: "network" };
  }
};

/**
 * Rotates the refresh cookie. Concurrent callers share one request: the
 * server revokes the whole token family when a rotated token is replayed, so
 * two parallel refreshes would sign the person out.
 */
export const refreshSession = (): Promise<RefreshResult> => {
  inFlight ??= requestRefresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
};

type SessionLostListener = () => void;
const listeners = new Set<SessionLostListener>();

/** Lets the auth provider hear when the Apollo link (or graphql-fetch) gives up on a session. */
export const onSessionLost = (listener: SessionLostListener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const notifySessionLost = (): void => {
  setAccessToken(null);
  listeners.forEach((listener) => listener());
};

type SessionReset = () => Promise<unknown>;
const resets = new Set<SessionReset>();

/**
 * Lets a lazily loaded client (the Apollo cache) forget everything when the person signs out or
 * the session is lost; the auth provider awaits every registered reset.
 */
export const onSessionReset = (reset: SessionReset): (() => void) => {
  resets.add(reset);
  return () => resets.delete(reset);
};

export const resetSessionCaches = async (): Promise<void> => {
  await Promise.all([...resets].map((reset) => reset()));
};
