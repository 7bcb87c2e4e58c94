import type { UpcomingPolicyVersionsQuery } from "@ccp/shared";
import { lazy, useEffect, useState } from "react";
import { useAuth } from "@/lib/auth";
import { loadGraphQLFetch } from "@/lib/session";
import { WithApollo } from "@/lib/with-apollo";
import { UpcomingPolicyBannerView } from "./upcoming-policy-banner-view";

const UpcomingPolicyBanner = lazy(() => import("./upcoming-policy-banner").then((m) => ({ default: m.UpcomingPolicyBanner })));

type Upcoming = UpcomingPolicyVersionsQuery["upcomingPolicyVersions"];

// Anonymous visitors get the notice over plain fetch, once per page load, so the public pages
// do not load Apollo Client just for it.
let publicNotice: Promise<Upcoming> | null = null;
const loadPublicNotice = (): Promise<Upcoming> => {
  publicNotice ??= loadGraphQLFetch()
    .then(({ requestUpcomingPolicyVersions }) => requestUpcomingPolicyVersions())
    .catch(() => {
      publicNotice = null;
      return [];
    });
  return publicNotice;
};

const PublicPolicyNotice = () => {
  const [upcoming, setUpcoming] = useState<Upcoming>([]);
  useEffect(() => {
    let active = true;
    void loadPublicNotice().then((versions) => {
      if (active) setUpcoming(versions);
    });
    return () => {
      active = false;
    };
  }, []);
  return <UpcomingPolicyBannerView upcoming={upcoming} />;
};

/** The announced-policy notice under the header, for everyone. */
export const PolicyNotices = () => {
  const { status } = useAuth();
  if (status === "authenticated") {
    return (
      <WithApollo fallback={<PublicPolicyNotice />}>
        <UpcomingPolicyBanner />
      </WithApollo>
    );
  }
  return <PublicPolicyNotice />;
};
