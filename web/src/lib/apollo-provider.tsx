// Apollo Client and what ties it to the session, loaded on demand through <WithApollo>
// (with-apollo.tsx): the public pages that need no GraphQL, and anonymous visitors, never
// download it. One client per page load, shared by every <WithApollo> in the tree.
import { ApolloProvider, useApolloClient } from "@apollo/client/react";
import { ViewerDocument } from "@ccp/shared";
import { useEffect, type ReactNode } from "react";
import { createApolloClient } from "./apollo";
import { useAuth, useViewerSync } from "./auth";
import { sameData } from "./same-data";
import { onSessionReset } from "./session";

const client = createApolloClient();
onSessionReset(() => client.clearStore());

export const SharedApolloProvider = ({ children }: { children: ReactNode }) => (
  <ApolloProvider client={client}>{children}</ApolloProvider>
);

/**
 * Keeps the viewer of the auth provider and the cached User in step while someone is signed in:
 * the viewer from a login or refresh is written to the cache, and every mutation that changes the
 * viewer (it selects ViewerFields), or a refetch of "Viewer", flows back to the auth provider.
 */
export const ViewerCacheBridge = () => {
  const { status, viewer } = useAuth();
  const { replaceViewer } = useViewerSync();
  const apollo = useApolloClient();

  useEffect(() => {
    if (!viewer) return;
    const cached = apollo.readQuery({ query: ViewerDocument });
    if (!cached?.viewer || !sameData(cached.viewer, viewer)) {
      apollo.writeQuery({ query: ViewerDocument, data: { viewer } });
    }
  }, [apollo, viewer]);

  // Declared after the write above, so its first read finds the viewer in the cache (no request).
  const signedIn = status === "authenticated";
  useEffect(() => {
    if (!signedIn) return;
    const subscription = apollo
      .watchQuery({ query: ViewerDocument, fetchPolicy: "cache-first" })
      .subscribe(({ data, dataState }) => {
        if (dataState === "complete" && data) replaceViewer(data.viewer);
      });
    return () => subscription.unsubscribe();
  }, [apollo, signedIn, replaceViewer]);

  return null;
};
