import { useQuery } from "@apollo/client/react";
import { AdminPolicyVersionsDocument, type AdminPolicyVersionFieldsFragment } from "@ccp/shared";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { useNow } from "@/lib/use-now";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { PolicyDocument } from "@/features/privacy/components/policy-document";
import { POLICY_KIND_LABEL } from "../schemas/policy-version-schema";
import { PolicyPublishForm } from "./policy-publish-form";

const DAY_MS = 86_400_000;

/** Current and upcoming policy versions, and the form to publish a new one. */
export const PoliciesAdmin = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(AdminPolicyVersionsDocument, { fetchPolicy: "cache-and-network" });
  const now = useNow();
  const earliestMaterial = new Date(now + 30 * DAY_MS + 60_000).toISOString();
  return (
    <div className="stack-large">
      <section className="stack" aria-labelledby="policies-current">
        <h2 id="policies-current">{t("policies.current")}</h2>
        {loading && !data && <LoadingState label={t("policies.loading")} />}
        {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
        {data && data.currentPolicyVersions.length === 0 && <EmptyState title={t("policies.noneInForce")} />}
        {data && data.currentPolicyVersions.length > 0 && <VersionList versions={data.currentPolicyVersions} upcoming={false} />}
      </section>
      <section className="stack" aria-labelledby="policies-upcoming">
        <h2 id="policies-upcoming">{t("policies.upcoming")}</h2>
        {data && data.upcomingPolicyVersions.length === 0 && (
          <EmptyState title={t("policies.noneAnnounced")}>
            <p>{t("policies.noneAnnouncedText")}</p>
          </EmptyState>
        )}
        {data && data.upcomingPolicyVersions.length > 0 && <VersionList versions={data.upcomingPolicyVersions} upcoming />}
      </section>
      <section className="panel stack" aria-labelledby="policies-publish">
        <h2 id="policies-publish" className="card-title">
          {t("policies.publish")}
        </h2>
        <PolicyPublishForm earliestMaterial={earliestMaterial} />
      </section>
    </div>
  );
};

const VersionList = ({ versions, upcoming }: { versions: readonly AdminPolicyVersionFieldsFragment[]; upcoming: boolean }) => {
  const t = useT("staff");
  return (
    <ul className="item-list">
      {versions.map((version) => (
        <li key={version.id} className="item-card item-card-stack">
          <div className="item-row">
            <div className="item-main">
              <h3 className="item-title">
                {version.title} <span className="muted">{t("policies.version", { version: version.version })}</span>
              </h3>
              <p className="item-meta">
                <span>{POLICY_KIND_LABEL[version.kind]}</span>
                <span>
                  <Trans
                    text={t(upcoming ? "policies.takesEffect" : "policies.inForceSince", { date: formatDateTime(version.effectiveAt) })}
                    components={[<time dateTime={version.effectiveAt} />]}
                  />
                </span>
                <span>
                  <Trans text={t("policies.published", { date: formatDate(version.publishedAt) })} components={[<time dateTime={version.publishedAt} />]} />
                </span>
              </p>
            </div>
            {version.material ? (
              <StatusBadge tone="warning">{t("policies.material")}</StatusBadge>
            ) : (
              <StatusBadge tone="neutral">{t("policies.minor")}</StatusBadge>
            )}
          </div>
          <details className="policy-details">
            <summary>{t("policies.readFull")}</summary>
            <div className="policy-box" tabIndex={0} aria-label={t("policies.fullText", { title: version.title, version: version.version })}>
              <PolicyDocument policy={version} variant="embedded" upcoming={upcoming} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
};
