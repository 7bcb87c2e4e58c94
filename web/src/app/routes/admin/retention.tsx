import { useT } from "@/lib/i18n";
import { LegalHolds } from "@/features/retention/components/legal-holds";
import { RetentionRuns } from "@/features/retention/components/retention-runs";

export const AdminRetentionPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("retention.title") })}</title>
      <h1>{t("retention.title")}</h1>
      <p className="lead">{t("retention.lead")}</p>
      <section className="panel stack" aria-labelledby="retention-runs-heading">
        <h2 id="retention-runs-heading" className="card-title">
          {t("retention.schedule")}
        </h2>
        <RetentionRuns />
      </section>
      <section className="panel stack" aria-labelledby="legal-holds-heading">
        <h2 id="legal-holds-heading" className="card-title">
          {t("retention.legalHolds")}
        </h2>
        <LegalHolds />
      </section>
    </div>
  );
};
