import { useQuery } from "@apollo/client/react";
import { UpcomingPolicyVersionsDocument } from "@ccp/shared";
import { UpcomingPolicyBannerView } from "./upcoming-policy-banner-view";

/**
 * The site-wide policy notice from the Apollo cache, for signed-in people (who load Apollo
 * anyway): publishing a version refetches it, so the notice appears at once.
 */
export const UpcomingPolicyBanner = () => {
  const { data } = useQuery(UpcomingPolicyVersionsDocument);
  return <UpcomingPolicyBannerView upcoming={data?.upcomingPolicyVersions ?? []} />;
};
