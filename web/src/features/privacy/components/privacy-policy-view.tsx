import { useQuery } from "@apollo/client/react";
import { CurrentPolicyVersionsDocument } from "@ccp/shared";
import { describeError } from "@/lib/errors";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { latestOfKind } from "../utils/latest-of-kind";
import { PolicyDocument } from "./policy-document";

/** The published privacy policy, as the /privacy page shows it. */
export const PrivacyPolicyView = () => {
  const { data, loading, error, refetch } = useQuery(CurrentPolicyVersionsDocument);
  if (loading && !data) return <LoadingState label="Loading the privacy policy…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const policy = latestOfKind(data?.currentPolicyVersions ?? [], "PRIVACY_POLICY");
  if (!policy) {
    return (
      <EmptyState title="The privacy policy hasn't been published yet">
        <p>Please check back soon.</p>
      </EmptyState>
    );
  }
  return <PolicyDocument policy={policy} />;
};
