import { useQuery } from "@apollo/client/react";
import { AdminPolicyVersionsDocument, type AdminPolicyVersionFieldsFragment } from "@ccp/shared";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useNow } from "@/lib/use-now";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { PolicyDocument } from "@/features/privacy/components/policy-document";
import { POLICY_KIND_LABEL } from "../schemas/policy-version-schema";
import { PolicyPublishForm } from "./policy-publish-form";

const DAY_MS = 86_400_000;

/** Current and upcoming policy versions, and the form to publish a new one. */
export const PoliciesAdmin = () => {
  const { data, loading, error, refetch } = useQuery(AdminPolicyVersionsDocument, { fetchPolicy: "cache-and-network" });
  const now = useNow();
  const earliestMaterial = new Date(now + 30 * DAY_MS + 60_000).toISOString();
  return (
    <div className="stack-large">
      <section className="stack" aria-labelledby="policies-current">
        <h2 id="policies-current">In force now</h2>
        {loading && !data && <LoadingState label="Loading policies…" />}
        {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
        {data && data.currentPolicyVersions.length === 0 && <EmptyState title="No policy is in force yet" />}
        {data && data.currentPolicyVersions.length > 0 && <VersionList versions={data.currentPolicyVersions} upcoming={false} />}
      </section>
      <section className="stack" aria-labelledby="policies-upcoming">
        <h2 id="policies-upcoming">Announced, not yet in force</h2>
        {data && data.upcomingPolicyVersions.length === 0 && (
          <EmptyState title="No new versions are announced">
            <p>A version you publish with a future date appears here, and everyone sees a notice until it takes effect.</p>
          </EmptyState>
        )}
        {data && data.upcomingPolicyVersions.length > 0 && <VersionList versions={data.upcomingPolicyVersions} upcoming />}
      </section>
      <section className="panel stack" aria-labelledby="policies-publish">
        <h2 id="policies-publish" className="card-title">
          Publish a new version
        </h2>
        <PolicyPublishForm earliestMaterial={earliestMaterial} />
      </section>
    </div>
  );
};

const VersionList = ({ versions, upcoming }: { versions: readonly AdminPolicyVersionFieldsFragment[]; upcoming: boolean }) => (
  <ul className="item-list">
    {versions.map((version) => (
      <li key={version.id} className="item-card item-card-stack">
        <div className="item-row">
          <div className="item-main">
            <h3 className="item-title">
              {version.title} <span className="muted">· version {version.version}</span>
            </h3>
            <p className="item-meta">
              <span>{POLICY_KIND_LABEL[version.kind]}</span>
              <span>
                {upcoming ? "Takes effect" : "In force since"}{" "}
                <time dateTime={version.effectiveAt}>{formatDateTime(version.effectiveAt)}</time>
              </span>
              <span>
                Published <time dateTime={version.publishedAt}>{formatDate(version.publishedAt)}</time>
              </span>
            </p>
          </div>
          {version.material ? (
            <StatusBadge tone="warning">Material change</StatusBadge>
          ) : (
            <StatusBadge tone="neutral">Minor change</StatusBadge>
          )}
        </div>
        <details className="policy-details">
          <summary>Read the full text</summary>
          <div className="policy-box" tabIndex={0} aria-label={`${version.title}, version ${version.version}, full text`}>
            <PolicyDocument policy={version} variant="embedded" upcoming={upcoming} />
          </div>
        </details>
      </li>
    ))}
  </ul>
);
