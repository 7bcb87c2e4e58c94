import { useQuery } from "@apollo/client/react";
import { ConsentStateDocument } from "@ccp/shared";
import { useEffect } from "react";

export type ConsentWatch = { analytics: boolean; refetch: () => void };

/**
 * The signed-in person's analytics consent from the Apollo cache (the privacy center writes the
 * new state there), reported to the analytics bridge. Loaded with Apollo, only when signed in.
 */
export const ConsentWatcher = ({ onChange }: { onChange: (watch: ConsentWatch | null) => void }) => {
  const { data, refetch } = useQuery(ConsentStateDocument, { fetchPolicy: "cache-first" });
  const analytics = data?.consentState.analytics === true;
  useEffect(() => {
    onChange({ analytics, refetch: () => void refetch().catch(() => undefined) });
  }, [analytics, refetch, onChange]);
  useEffect(() => () => onChange(null), [onChange]);
  return null;
};
