import { useQuery } from "@apollo/client/react";
import { CurrentPolicyVersionsDocument, UpcomingPolicyVersionsDocument, type PolicyVersionFieldsFragment } from "@ccp/shared";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { latestOfKind } from "../utils/latest-of-kind";
import { PolicyDocument } from "./policy-document";

type Tab = "current" | "upcoming";

/** The published privacy policy, as the /privacy page shows it, with the next version when one is announced. */
export const PrivacyPolicyView = () => {
  const t = useT("public");
  const { data, loading, error, refetch } = useQuery(CurrentPolicyVersionsDocument);
  const { data: upcomingData } = useQuery(UpcomingPolicyVersionsDocument);
  const [tab, setTab] = useState<Tab>("current");
  const baseId = useId();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ current: null, upcoming: null });

  if (loading && !data) return <LoadingState label={t("privacy.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const policy = latestOfKind(data?.currentPolicyVersions ?? [], "PRIVACY_POLICY");
  const upcoming = latestOfKind(upcomingData?.upcomingPolicyVersions ?? [], "PRIVACY_POLICY");
  const otherUpcoming = (upcomingData?.upcomingPolicyVersions ?? []).filter((v) => v.kind !== "PRIVACY_POLICY");
  const others = otherUpcoming.length > 0 && <OtherUpcoming versions={otherUpcoming} />;

  if (!policy && !upcoming) {
    return (
      <>
        <EmptyState title={t("privacy.notPublished")}>
          <p>{t("privacy.checkBack")}</p>
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
    { id: "current", label: t("privacy.currentTab", { version: policy.version }) },
    { id: "upcoming", label: t("privacy.upcomingTab", { version: upcoming.version, date: formatDate(upcoming.effectiveAt) }) },
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
      <Alert tone="info" title={t("privacy.updating", { title: upcoming.title })}>
        <p>
          <Trans
            text={t("privacy.updatingText", { version: upcoming.version, date: formatDate(upcoming.effectiveAt) })}
            components={[<time dateTime={upcoming.effectiveAt} />]}
          />{" "}
          {upcoming.material && t("privacy.important")}
        </p>
      </Alert>
      <div role="tablist" aria-label={t("privacy.versions")} className="tabs">
        {tabs.map((item) => (
          <button
            key={item.id}
            ref={(element) => {
              tabRefs.current[item.id] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === item.id ? 0 : -1}
            className={tab === item.id ? "tab tab-selected" : "tab"}
            onClick={() => setTab(item.id)}
            onKeyDown={onKeyDown}
          >
            {item.label}
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
const OtherUpcoming = ({ versions }: { versions: readonly PolicyVersionFieldsFragment[] }) => {
  const t = useT("public");
  return (
  <section className="panel privacy-links" aria-labelledby="other-upcoming-heading">
    <h2 id="other-upcoming-heading" className="card-title">
      {t("privacy.otherUpcoming")}
    </h2>
    <ul className="pending-policies">
      {versions.map((version) => (
        <li key={version.id}>
          <details>
            <summary>
              <Trans
                text={t("privacy.otherSummary", { title: version.title, version: version.version, date: formatDate(version.effectiveAt) })}
                components={[<time dateTime={version.effectiveAt} />]}
              />
            </summary>
            <div className="policy-box" tabIndex={0} aria-label={t("privacy.fullText", { title: version.title, version: version.version })}>
              <PolicyDocument policy={version} variant="embedded" upcoming />
            </div>
          </details>
        </li>
      ))}
    </ul>
  </section>
  );
};
