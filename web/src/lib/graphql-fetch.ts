// GraphQL over plain fetch, for what must work before (or without) Apollo Client: restoring the
// session, the viewer, sign-out and the public policy notice. Loaded on demand (never from the
// entry chunk), so the public pages' initial JavaScript holds neither Apollo nor the graphql
// printer. Same /graphql endpoint, bearer token and refresh-and-retry as the Apollo links in
// apollo.ts.
import { currentLanguage } from "./i18n/language";
import { addTypenameToDocument } from "@apollo/client/utilities";
import {
  LanguageUpdateDocument,
  LogoutDocument,
  RefreshDocument,
  UpcomingPolicyVersionsDocument,
  ViewerDocument,
  type Language as AccountLanguage,
  type LanguageUpdateMutation,
  type LogoutMutation,
  type RefreshMutation,
  type UpcomingPolicyVersionsQuery,
  type ViewerQuery,
} from "@ccp/shared";
import { print, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@apollo/client";
import { GraphQLFetchError } from "./graphql-error";
import { getAccessToken, notifySessionLost, refreshSession } from "./session";

export type GraphQLResponse<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
};

// With __typename the results can be written to the Apollo cache and normalised like any
// other object of their type, so later mutations update the same record.
const printed = new WeakMap<DocumentNode, string>();
const queryText = (document: DocumentNode): string => {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(addTypenameToDocument(document));
    printed.set(document, text);
  }
  return text;
};

const operationName = (document: DocumentNode): string | undefined => {
  const definition = document.definitions.find((d) => d.kind === "OperationDefinition");
  return definition?.kind === "OperationDefinition" ? definition.name?.value : undefined;
};

/**
 * One POST to /graphql with the given token (none: anonymous). Throws on network failure.
 * `keepalive`: the request outlives the page (sign-out right before leaving it).
 */
export const postGraphQL = async <T>(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  token: string | null,
  { keepalive = false }: { keepalive?: boolean } = {},
): Promise<GraphQLResponse<T>> => {
  // The server writes its messages (UserError.message) in the language the app is shown in.
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": currentLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    keepalive,
    headers,
    body: JSON.stringify({ operationName: operationName(document), query: queryText(document), variables }),
  });
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    // Not a GraphQL answer (a proxy's error page): the server side failed, not the network.
    throw new GraphQLFetchError([{ message: `HTTP ${response.status} without a GraphQL body` }]);
  }
};

const isUnauthenticated = (response: GraphQLResponse<unknown>): boolean =>
  (response.errors ?? []).some((e) => e.extensions?.code === "UNAUTHENTICATED");

/**
 * Sends an operation with the access token. On UNAUTHENTICATED (the token expired) rotates the
 * refresh cookie once and replays it; if that fails the session is over (as the Apollo link does).
 */
export const requestWithSession = async <T>(
  document: DocumentNode,
  variables?: Record<string, unknown>,
  options?: { keepalive?: boolean },
): Promise<GraphQLResponse<T>> => {
  const first = await postGraphQL<T>(document, variables, getAccessToken(), options);
  if (!isUnauthenticated(first)) return first;
  const refreshed = await refreshSession();
  if (!refreshed.ok) {
    notifySessionLost();
    return first;
  }
  return postGraphQL<T>(document, variables, refreshed.accessToken, options);
};

/**
 * A query for a page that does without Apollo (the public verification page): its data, or a
 * GraphQLFetchError with the answer's error codes (errors.ts describes both kinds alike).
 */
export const queryOrThrow = async <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> => {
  const response = await requestWithSession<TData>(document, variables);
  if (response.data) return response.data;
  throw new GraphQLFetchError(response.errors ?? []);
};

/** Trades the HttpOnly refresh cookie for a new access token (sent without a token, never retried). */
export const requestRefresh = (): Promise<GraphQLResponse<RefreshMutation>> =>
  postGraphQL<RefreshMutation>(RefreshDocument, undefined, null);

/** The signed-in person as the server sees them now; null when the account is gone. */
export const requestViewer = async (): Promise<ViewerQuery["viewer"] | undefined> => {
  const response = await requestWithSession<ViewerQuery>(ViewerDocument);
  return response.data ? response.data.viewer : undefined;
};

/** Revokes the refresh cookie on the server; retried after a refresh on purpose, like the Apollo link. */
export const requestLogout = (): Promise<GraphQLResponse<LogoutMutation>> =>
  requestWithSession<LogoutMutation>(LogoutDocument, undefined, { keepalive: true });

/**
 * Saves the signed-in person's language on the account (the e-mails we send follow it): the updated
 * viewer, or a GraphQLFetchError with the answer's codes.
 */
export const requestLanguageUpdate = async (language: AccountLanguage): Promise<NonNullable<LanguageUpdateMutation["languageUpdate"]["user"]>> => {
  const response = await requestWithSession<LanguageUpdateMutation>(LanguageUpdateDocument, { language });
  const payload = response.data?.languageUpdate;
  if (payload?.user) return payload.user;
  const errors = response.errors ?? payload?.errors.map((e) => ({ message: e.message, extensions: { code: e.code } })) ?? [];
  throw new GraphQLFetchError(errors.length ? errors : [{ message: "The language was not saved" }]);
};

/** Policy versions published but not yet in force (public). */
export const requestUpcomingPolicyVersions = async (): Promise<UpcomingPolicyVersionsQuery["upcomingPolicyVersions"]> => {
  const response = await postGraphQL<UpcomingPolicyVersionsQuery>(UpcomingPolicyVersionsDocument, undefined, getAccessToken());
  return response.data?.upcomingPolicyVersions ?? [];
};
