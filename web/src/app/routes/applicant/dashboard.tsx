import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { Card } from "@/components/ui/card";
import { EmailVerificationBanner } from "@/features/auth/components/email-verification-banner";
import { PendingPoliciesBanner } from "@/features/privacy/components/pending-policies-banner";
import { ApplicationsSummary } from "@/features/applications/components/applications-summary";
import { CredentialsSummary } from "@/features/credentials/components/credentials-summary";

const greeting = (hour: number) => (hour < 12 ? "dashboard.morning" : hour < 18 ? "dashboard.afternoon" : "dashboard.evening");

export const DashboardPage = () => {
  const t = useT("applicant");
  const viewer = useViewer();
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: t("dashboard.title") })}</title>
      <h1>{t(greeting(new Date().getHours()), { name: viewer.firstName })}</h1>
      <p className="lead">{t("dashboard.lead")}</p>

      <div className="stack">
        {!viewer.emailVerified && <EmailVerificationBanner email={viewer.email} />}
        <PendingPoliciesBanner pending={viewer.pendingPolicyVersions} />
      </div>

      <div className="card-grid dashboard-grid">
        <Card title={t("dashboard.applications")}>
          <ApplicationsSummary />
        </Card>
        <Card title={t("dashboard.credentials")}>
          <CredentialsSummary />
        </Card>
        <Card title={t("dashboard.account")}>
          <ul className="link-list">
            <li>
              <Link to={paths.app.programs}>{t("dashboard.programs")}</Link>
            </li>
            <li>
              <Link to={paths.app.organization}>{t("dashboard.organization")}</Link>
            </li>
            <li>
              <Link to={paths.app.profile}>{t("dashboard.profile")}</Link>
            </li>
            <li>
              <Link to={paths.app.security}>
                {viewer.mfaEnabled ? t("dashboard.manageSecurity") : t("dashboard.turnOnMfa")}
              </Link>
            </li>
            <li>
              <Link to={paths.app.support}>{t("dashboard.support")}</Link>
            </li>
            <li>
              <Link to={paths.privacy}>{t("dashboard.privacyPolicy")}</Link>
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
};
