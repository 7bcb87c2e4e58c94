import { addTypenameToDocument } from "@apollo/client/utilities";
import { RefreshDocument, type ViewerFieldsFragment } from "@ccp/shared";
import { print } from "graphql";

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

type RefreshResponse = {
  data?: {
    authRefresh?: {
      accessToken: string | null;
      user: ViewerFieldsFragment | null;
      errors: { code: string }[];
    };
  };
};

// With __typename the user can be written to the Apollo cache and normalised
// like any other User, so later mutations update the same record.
const refreshQuery = print(addTypenameToDocument(RefreshDocument));

let inFlight: Promise<RefreshResult> | null = null;

const requestRefresh = async (): Promise<RefreshResult> => {
  try {
    const response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ operationName: "Refresh", query: refreshQuery }),
    });
    const body = (await response.json()) as RefreshResponse;
    const payload = body.data?.authRefresh;
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

/** Lets the auth provider hear when the Apollo link gives up on a session. */
export const onSessionLost = (listener: SessionLostListener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const notifySessionLost = (): void => {
  setAccessToken(null);
  listeners.forEach((listener) => listener());
};
