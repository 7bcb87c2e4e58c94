import type { UpcomingPolicyVersionsQuery } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";

type Upcoming = UpcomingPolicyVersionsQuery["upcomingPolicyVersions"];

/**
 * Site-wide notice while a published policy version waits to take effect
 * (shown to everyone, signed in or not). Once the date has passed, signed-in
 * people are asked to accept it on their dashboard instead.
 */
export const UpcomingPolicyBannerView = ({ upcoming }: { upcoming: Upcoming }) => {
  if (upcoming.length === 0) return null;
  return (
    <aside className="site-notice" aria-label="Policy updates">
      <div className="container">
        <ul className="site-notice-list">
          {upcoming.map((version) => (
            <li key={version.id}>
              <span className="site-notice-icon" aria-hidden="true">
                i
              </span>
              <span>
                We're updating our {version.title} on{" "}
                <time dateTime={version.effectiveAt}>{formatDate(version.effectiveAt)}</time>.{" "}
                <Link to={paths.privacy}>Read what changes.</Link>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
};
