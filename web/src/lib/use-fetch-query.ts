import type { TypedDocumentNode } from "@apollo/client";
import { useCallback, useEffect, useState } from "react";
import { loadGraphQLFetch } from "./session";

export type FetchQueryResult<TData> = {
  data: TData | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => void;
};

/**
 * A network-only query over plain fetch (graphql-fetch.ts), for public pages that should not load
 * Apollo Client. Like Apollo's, a refetch keeps the data it had while loading and on error.
 */
export const useFetchQuery = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): FetchQueryResult<TData> => {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  const request = `${attempt}:${key}`;
  // What the last answer was for: loading is derived from it, not set from the effect.
  const [state, setState] = useState<{ request: string | null; key: string | null; data: TData | undefined; error: unknown }>({
    request: null,
    key: null,
    data: undefined,
    error: undefined,
  });

  useEffect(() => {
    let active = true;
    void loadGraphQLFetch()
      .then(({ queryOrThrow }) => queryOrThrow(document, JSON.parse(key) as TVariables))
      .then(
        (data) => {
          if (active) setState({ request, key, data, error: undefined });
        },
        (error: unknown) => {
          if (active) setState((current) => ({ request, key, data: current.key === key ? current.data : undefined, error }));
        },
      );
    return () => {
      active = false;
    };
  }, [document, key, request]);

  const loading = state.request !== request;
  const data = state.key === key ? state.data : undefined;
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, loading, error: loading ? undefined : state.error, refetch };
};
