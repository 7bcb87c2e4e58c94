import type { UpcomingPolicyVersionsQuery } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";

/** The "information" glyph before each notice (hidden from screen readers): a symbol, not a word. */
const INFO_ICON = "i";

type Upcoming = UpcomingPolicyVersionsQuery["upcomingPolicyVersions"];

/**
 * Site-wide notice while a published policy version waits to take effect
 * (shown to everyone, signed in or not). Once the date has passed, signed-in
 * people are asked to accept it on their dashboard instead.
 */
export const UpcomingPolicyBannerView = ({ upcoming }: { upcoming: Upcoming }) => {
  const t = useT();
  if (upcoming.length === 0) return null;
  return (
    <aside className="site-notice" aria-label={t("policyNotice.label")}>
      <div className="container">
        <ul className="site-notice-list">
          {upcoming.map((version) => (
            <li key={version.id}>
              <span className="site-notice-icon" aria-hidden="true">
                {INFO_ICON}
              </span>
              <span>
                <Trans
                  text={t("policyNotice.text", { title: version.title, date: formatDate(version.effectiveAt) })}
                  components={[<time dateTime={version.effectiveAt} />]}
                />{" "}
                <Link to={paths.privacy}>{t("policyNotice.read")}</Link>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
};
