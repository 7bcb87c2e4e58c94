import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { relayStylePagination } from "@apollo/client/utilities";
import { from, switchMap, throwError } from "rxjs";
import { hasErrorCode } from "./errors";
import { currentLanguage } from "./i18n/language";
import { getAccessToken, notifySessionLost, refreshSession } from "./session";

// Operations that must never trigger a refresh-and-retry: they run before
// there is any session to refresh. Logout is retried on purpose, so that the
// server revokes the refresh cookie even when the access token had expired.
const NO_RETRY = new Set(["Refresh", "Login", "Register"]);

// Every request says which language the app is shown in: the server writes its messages in it.
const authLink = new SetContextLink((prevContext) => {
  const token = getAccessToken();
  const headers = { ...prevContext.headers, "Accept-Language": currentLanguage() };
  return { headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers };
});

// On UNAUTHENTICATED (the access token expired), rotate the refresh cookie
// once and replay the operation; if that fails the session is over.
const refreshLink = new ErrorLink(({ error, operation, forward }) => {
  if (!hasErrorCode(error, "UNAUTHENTICATED")) return;
  if (NO_RETRY.has(operation.operationName ?? "") || operation.getContext().retriedAfterRefresh) {
    return;
  }
  operation.setContext({ retriedAfterRefresh: true });
  return from(refreshSession()).pipe(
    switchMap((result) => {
      if (result.ok) return forward(operation);
      notifySessionLost();
      return throwError(() => error);
    }),
  );
});

const httpLink = new HttpLink({ uri: "/graphql", credentials: "same-origin" });

export const createApolloClient = (): ApolloClient =>
  new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // "Load more" appends pages of the same filter to one cached list.
        Query: {
          fields: {
            users: relayStylePagination(["filter"]),
            programs: relayStylePagination(["filter"]),
            applications: relayStylePagination(["filter", "sort"]),
            credentials: relayStylePagination(),
            notifications: relayStylePagination(["unreadOnly"]),
            supportRequests: relayStylePagination(["status"]),
            payments: relayStylePagination(["status"]),
            privacyRequests: relayStylePagination(["filter"]),
          },
        },
      },
    }),
  });
