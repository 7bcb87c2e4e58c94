import { useQuery } from "@apollo/client/react";
import { CurrentPolicyVersionsDocument, UpcomingPolicyVersionsDocument, type PolicyVersionFieldsFragment } from "@ccp/shared";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { latestOfKind } from "../utils/latest-of-kind";
import { PolicyDocument } from "./policy-document";

type Tab = "current" | "upcoming";

/** The published privacy policy, as the /privacy page shows it, with the next version when one is announced. */
export const PrivacyPolicyView = () => {
  const { data, loading, error, refetch } = useQuery(CurrentPolicyVersionsDocument);
  const { data: upcomingData } = useQuery(UpcomingPolicyVersionsDocument);
  const [tab, setTab] = useState<Tab>("current");
  const baseId = useId();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ current: null, upcoming: null });

  if (loading && !data) return <LoadingState label="Loading the privacy policy…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const policy = latestOfKind(data?.currentPolicyVersions ?? [], "PRIVACY_POLICY");
  const upcoming = latestOfKind(upcomingData?.upcomingPolicyVersions ?? [], "PRIVACY_POLICY");
  const otherUpcoming = (upcomingData?.upcomingPolicyVersions ?? []).filter((v) => v.kind !== "PRIVACY_POLICY");
  const others = otherUpcoming.length > 0 && <OtherUpcoming versions={otherUpcoming} />;

  if (!policy && !upcoming) {
    return (
      <>
        <EmptyState title="The privacy policy hasn't been published yet">
          <p>Please check back soon.</p>
        </EmptyState>
        {others}
      </>
    );
  }
  if (!upcoming || !policy) {
    return (
      <>
        {policy ? <PolicyDocument policy={policy} /> : upcoming && <PolicyDocument policy={upcoming} upcoming />}
        {others}
      </>
    );
  }

  const tabs: { id: Tab; label: string }[] = [
    { id: "current", label: `Current version (${policy.version})` },
    { id: "upcoming", label: `Version ${upcoming.version}, from ${formatDate(upcoming.effectiveAt)}` },
  ];
  // Arrow keys move between the two tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    event.preventDefault();
    const next: Tab = event.key === "Home" ? "current" : event.key === "End" ? "upcoming" : tab === "current" ? "upcoming" : "current";
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="stack">
      <Alert tone="info" title={`We're updating our ${upcoming.title}`}>
        <p>
          Version {upcoming.version} takes effect on{" "}
          <time dateTime={upcoming.effectiveAt}>{formatDate(upcoming.effectiveAt)}</time>. Until then, the current version
          applies. {upcoming.material && "This is an important change: please read it."}
        </p>
      </Alert>
      <div role="tablist" aria-label="Versions of the privacy policy" className="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(element) => {
              tabRefs.current[t.id] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? "tab tab-selected" : "tab"}
            onClick={() => setTab(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${tab}`}>
        {tab === "current" ? <PolicyDocument policy={policy} /> : <PolicyDocument policy={upcoming} upcoming />}
      </div>
      {others}
    </div>
  );
};

/** Announced changes to our other policies (e.g. the terms of use), readable here too. */
const OtherUpcoming = ({ versions }: { versions: readonly PolicyVersionFieldsFragment[] }) => (
  <section className="panel privacy-links" aria-labelledby="other-upcoming-heading">
    <h2 id="other-upcoming-heading" className="card-title">
      Other upcoming changes
    </h2>
    <ul className="pending-policies">
      {versions.map((version) => (
        <li key={version.id}>
          <details>
            <summary>
              {version.title}: version {version.version} takes effect on{" "}
              <time dateTime={version.effectiveAt}>{formatDate(version.effectiveAt)}</time>
            </summary>
            <div className="policy-box" tabIndex={0} aria-label={`${version.title}, version ${version.version}, full text`}>
              <PolicyDocument policy={version} variant="embedded" upcoming />
            </div>
          </details>
        </li>
      ))}
    </ul>
  </section>
);
