import { Outlet } from "react-router";
import type { ReactNode } from "react";
import { AuthProvider, useAuth } from "@/lib/auth";
import { SignedInApolloBridge, WithApollo } from "@/lib/with-apollo";

// No ApolloProvider at the root: Apollo Client loads lazily (lib/with-apollo.tsx), so the public
// pages' initial JavaScript stays small. The session needs only plain fetch (lib/auth.tsx).
const ViewerCache = () => {
  const { status } = useAuth();
  return <SignedInApolloBridge signedIn={status === "authenticated"} />;
};

export const AppProviders = ({ children }: { children: ReactNode }) => (
  <AuthProvider>
    {children}
    <ViewerCache />
  </AuthProvider>
);

/** Layout route for the pages that talk GraphQL through Apollo; the page's Suspense shows while it loads. */
export const ApolloOutlet = () => (
  <WithApollo>
    <Outlet />
  </WithApollo>
);
