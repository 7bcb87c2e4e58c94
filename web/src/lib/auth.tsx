import { useApolloClient, useQuery } from "@apollo/client/react";
import { LogoutDocument, ViewerDocument, type ViewerFieldsFragment } from "@ccp/shared";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { onSessionLost, refreshSession, setAccessToken, type RefreshResult } from "./session";

export type AuthStatus = "loading" | "anonymous" | "authenticated";

export type AuthContextValue = {
  status: AuthStatus;
  viewer: ViewerFieldsFragment | null;
  /** Stores a fresh access token and the user a login/register payload returned. */
  signIn: (accessToken: string, user: ViewerFieldsFragment) => void;
  signOut: () => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

// One restore attempt per page load, shared by StrictMode's double effects.
let restoreAttempt: Promise<RefreshResult> | null = null;
const restoreSessionOnce = (): Promise<RefreshResult> => {
  restoreAttempt ??= refreshSession();
  return restoreAttempt;
};

/** A token without a viewer (account deleted, token revoked) counts as signed out. */
const resolveStatus = (
  status: AuthStatus,
  viewer: ViewerFieldsFragment | null,
  viewerSettled: boolean,
): AuthStatus => {
  if (status !== "authenticated" || viewer) return status;
  return viewerSettled ? "anonymous" : "loading";
};

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const client = useApolloClient();
  const [status, setStatus] = useState<AuthStatus>("loading");

  const signIn = useCallback(
    (accessToken: string, user: ViewerFieldsFragment) => {
      setAccessToken(accessToken);
      client.writeQuery({ query: ViewerDocument, data: { viewer: user } });
      setStatus("authenticated");
    },
    [client],
  );

  const forget = useCallback(async () => {
    setAccessToken(null);
    setStatus("anonymous");
    await client.clearStore();
  }, [client]);

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutDocument });
    } catch {
      // The cookie may already be gone; forgetting locally is what matters.
    }
    await forget();
  }, [client, forget]);

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

  const { data, loading } = useQuery(ViewerDocument, {
    skip: status !== "authenticated",
    fetchPolicy: "cache-and-network",
  });
  const viewer = status === "authenticated" ? (data?.viewer ?? null) : null;
  const effectiveStatus = resolveStatus(status, viewer, data !== undefined && !loading);

  const value = useMemo<AuthContextValue>(
    () => ({ status: effectiveStatus, viewer, signIn, signOut }),
    [effectiveStatus, viewer, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
};

export const useAuth = (): AuthContextValue => {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
};

/** The signed-in person; only for components rendered behind the auth guard. */
export const useViewer = (): ViewerFieldsFragment => {
  const { viewer } = useAuth();
  if (!viewer) throw new Error("useViewer needs a signed-in viewer");
  return viewer;
};
