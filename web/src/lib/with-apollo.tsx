import { lazy, Suspense, type ReactNode } from "react";

// Apollo Client (~45 kB gzipped with rxjs) is not in the entry chunk: it loads the first time a
// page or widget that needs it renders. See apollo-provider.tsx.
const SharedApolloProvider = lazy(() => import("./apollo-provider").then((m) => ({ default: m.SharedApolloProvider })));
const ViewerCacheBridge = lazy(() => import("./apollo-provider").then((m) => ({ default: m.ViewerCacheBridge })));

/**
 * Renders `children` inside the shared Apollo provider once Apollo has loaded; `fallback` until
 * then. Without a fallback the nearest Suspense boundary (the page's) shows its own.
 */
export const WithApollo = ({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) =>
  fallback === undefined ? (
    <SharedApolloProvider>{children}</SharedApolloProvider>
  ) : (
    <Suspense fallback={fallback}>
      <SharedApolloProvider>{children}</SharedApolloProvider>
    </Suspense>
  );

/** The viewer ⇄ Apollo cache bridge, mounted while someone is signed in (who loads Apollo anyway). */
export const SignedInApolloBridge = ({ signedIn }: { signedIn: boolean }) =>
  signedIn ? (
    <WithApollo fallback={null}>
      <ViewerCacheBridge />
    </WithApollo>
  ) : null;
