import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { roleLabel } from "@/lib/roles";
import { useT } from "@/lib/i18n";
import { Card } from "@/components/ui/card";

export const AdminOverviewPage = () => {
  const viewer = useViewer();
  const t = useT("staff");
  const isAdmin = viewer.roles.includes("ADMIN");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("overview.title") })}</title>
      <h1>{t("overview.title")}</h1>
      <p className="lead">
        {t("overview.signedInAs", {
          name: `${viewer.firstName} ${viewer.lastName}`,
          roles: viewer.roles.map(roleLabel).join(", "),
        })}
      </p>
      <div className="card-grid">
        {isAdmin && (
          <Card title={t("overview.people.title")}>
            <p>{t("overview.people.text")}</p>
            <p>
              <Link to={paths.admin.users}>{t("overview.people.link")}</Link>
            </p>
          </Card>
        )}
        <Card title={t("overview.reviewQueue.title")}>
          <p>{t("overview.reviewQueue.text")}</p>
          <p>
            <Link to={paths.admin.applications}>{t("overview.reviewQueue.link")}</Link>
          </p>
        </Card>
        {isAdmin && (
          <Card title={t("overview.catalogue.title")}>
            <p>{t("overview.catalogue.text")}</p>
            <ul className="link-list">
              <li>
                <Link to={paths.admin.catalogue}>{t("overview.catalogue.catalogue")}</Link>
              </li>
              <li>
                <Link to={paths.admin.rubric}>{t("overview.catalogue.rubric")}</Link>
              </li>
              <li>
                <Link to={paths.admin.settings}>{t("overview.catalogue.settings")}</Link>
              </li>
            </ul>
          </Card>
        )}
        {isAdmin && (
          <Card title={t("overview.insights.title")}>
            <p>{t("overview.insights.text")}</p>
            <p>
              <Link to={paths.admin.insights}>{t("overview.insights.link")}</Link>
            </p>
          </Card>
        )}
        {isAdmin && (
          <Card title={t("overview.analytics.title")}>
            <p>{t("overview.analytics.text")}</p>
            <p>
              <Link to={paths.admin.analytics}>{t("overview.analytics.link")}</Link>
            </p>
          </Card>
        )}
        {isAdmin && (
          <Card title={t("overview.credentials.title")}>
            <p>{t("overview.credentials.text")}</p>
            <p>
              <Link to={paths.admin.credentials}>{t("overview.credentials.link")}</Link>
            </p>
          </Card>
        )}
        {isAdmin && (
          <Card title={t("overview.privacy.title")}>
            <p>{t("overview.privacy.text")}</p>
            <ul className="link-list">
              <li>
                <Link to={paths.admin.privacyRequests}>{t("overview.privacy.privacyRequests")}</Link>
              </li>
              <li>
                <Link to={paths.admin.policies}>{t("overview.privacy.policies")}</Link>
              </li>
              <li>
                <Link to={paths.admin.retention}>{t("overview.privacy.retention")}</Link>
              </li>
              <li>
                <Link to={paths.admin.incidents}>{t("overview.privacy.incidents")}</Link>
              </li>
              <li>
                <Link to={paths.admin.childReports}>{t("overview.privacy.childReports")}</Link>
              </li>
            </ul>
          </Card>
        )}
      </div>
    </>
  );
};
