import { useState } from "react";
import { describeError } from "./errors";

type FetchMore = (options: { variables: { after: string } }) => Promise<unknown>;

/**
 * "Load more" for a Relay connection: `loadMore(endCursor)` fetches the next page into the same
 * query, with its own pending flag and error messages (the list already shown stays as it is).
 */
export const useLoadMore = (fetchMore: FetchMore) => {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreErrors, setLoadMoreErrors] = useState<string[]>([]);
  const loadMore = async (after: string | null | undefined) => {
    if (!after) return;
    setLoadingMore(true);
    setLoadMoreErrors([]);
    try {
      await fetchMore({ variables: { after } });
    } catch (e) {
      setLoadMoreErrors([describeError(e)]);
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadMore, loadingMore, loadMoreErrors };
};
