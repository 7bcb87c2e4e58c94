import type { ViewerFieldsFragment } from "@ccp/shared";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  loadedGraphQLFetch,
  loadGraphQLFetch,
  onSessionLost,
  refreshSession,
  resetSessionCaches,
  setAccessToken,
  type RefreshResult,
} from "./session";
import { sameData } from "./same-data";

export type AuthStatus = "loading" | "anonymous" | "authenticated";

export type AuthContextValue = {
  status: AuthStatus;
  viewer: ViewerFieldsFragment | null;
  /** Stores a fresh access token and the user a login/register payload returned. */
  signIn: (accessToken: string, user: ViewerFieldsFragment) => void;
  signOut: () => Promise<void>;
};

/**
 * For the Apollo cache bridge only (lib/apollo-provider.tsx): every mutation that changes the
 * viewer selects ViewerFields, and the bridge passes the cached record back here. null: the
 * server no longer knows the person (account deleted, token revoked).
 */
export type ViewerSync = { replaceViewer: (viewer: ViewerFieldsFragment | null) => void };

const AuthContext = createContext<AuthContextValue | null>(null);
const ViewerSyncContext = createContext<ViewerSync | null>(null);

// One restore attempt per page load, shared by StrictMode's double effects.
let restoreAttempt: Promise<RefreshResult> | null = null;
const restoreSessionOnce = (): Promise<RefreshResult> => {
  restoreAttempt ??= refreshSession();
  return restoreAttempt;
};

/**
 * The session without Apollo Client, so that the public pages load without it: the viewer comes
 * from the refresh/login payload and one plain-fetch Viewer query (lib/graphql-fetch.ts). Once
 * Apollo is loaded (signed-in areas), the cache bridge keeps the viewer in step with the cache.
 */
export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [status, setStatus] = useState<AuthStatus>("loading");
  const [viewer, setViewer] = useState<ViewerFieldsFragment | null>(null);

  const replaceViewer = useCallback((next: ViewerFieldsFragment | null) => {
    setViewer((current) => (current && next && sameData(current, next) ? current : next));
  }, []);

  const signIn = useCallback(
    (accessToken: string, user: ViewerFieldsFragment) => {
      setAccessToken(accessToken);
      replaceViewer(user);
      setStatus("authenticated");
      // The account's language, unless this browser has a saved choice (a small chunk of its own:
      // the public pages' entry stays as it was).
      void import("./account-language").then(({ applyAccountLanguage }) => applyAccountLanguage(user)).catch(() => undefined);
    },
    [replaceViewer],
  );

  const forget = useCallback(async () => {
    setAccessToken(null);
    setStatus("anonymous");
    setViewer(null);
    await resetSessionCaches();
  }, []);

  const signOut = useCallback(async () => {
    try {
      // Synchronously, in the click's task, when the module is there: see session.ts.
      const { requestLogout } = loadedGraphQLFetch() ?? (await loadGraphQLFetch());
      await requestLogout();
    } catch {
      // The cookie may already be gone; forgetting locally is what matters.
    }
    await forget();
  }, [forget]);

  useEffect(() => {
    let active = true;
    void restoreSessionOnce().then((result) => {
      if (!active) return;
      if (result.ok) signIn(result.accessToken, result.user);
      else setStatus("anonymous");
    });
    return () => {
      active = false;
    };
  }, [signIn]);

  useEffect(() => onSessionLost(() => void forget()), [forget]);

  // Once signed in, ask the server for the viewer as it is now (the payload may be a moment old).
  useEffect(() => {
    if (status !== "authenticated") return;
    let active = true;
    void loadGraphQLFetch()
      .then(({ requestViewer }) => requestViewer())
      .then((current) => {
        if (active && current !== undefined) replaceViewer(current);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [status, replaceViewer]);

  // A token without a viewer (account deleted, token revoked) counts as signed out.
  const effectiveStatus: AuthStatus = status === "authenticated" && !viewer ? "anonymous" : status;
  const currentViewer = status === "authenticated" ? viewer : null;

  const value = useMemo<AuthContextValue>(
    () => ({ status: effectiveStatus, viewer: currentViewer, signIn, signOut }),
    [effectiveStatus, currentViewer, signIn, signOut],
  );
  const sync = useMemo<ViewerSync>(() => ({ replaceViewer }), [replaceViewer]);
  return (
    <AuthContext.Provider value={value}>
      <ViewerSyncContext.Provider value={sync}>{children}</ViewerSyncContext.Provider>
    </AuthContext.Provider>
  );
};

export const useAuth = (): AuthContextValue => {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
};

export const useViewerSync = (): ViewerSync => {
  const value = useContext(ViewerSyncContext);
  if (!value) throw new Error("useViewerSync must be used inside <AuthProvider>");
  return value;
};

/** The signed-in person; only for components rendered behind the auth guard. */
export const useViewer = (): ViewerFieldsFragment => {
  const { viewer } = useAuth();
  if (!viewer) throw new Error("useViewer needs a signed-in viewer");
  return viewer;
};
