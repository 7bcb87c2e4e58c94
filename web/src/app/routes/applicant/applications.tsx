import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { ApplicationsList } from "@/features/applications/components/applications-list";

export const ApplicationsPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: t("applications.title") })}</title>
      <div className="page-heading">
        <div>
          <h1>{t("applications.heading")}</h1>
          <p className="lead">{t("applications.lead")}</p>
        </div>
        <Link to={paths.app.applicationNew} className="btn btn-primary">
          {t("applications.new")}
        </Link>
      </div>
      <ApplicationsList />
    </div>
  );
};
