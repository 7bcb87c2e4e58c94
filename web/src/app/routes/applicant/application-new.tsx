import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { ApplicationWizard } from "@/features/applications/components/application-wizard";

export const ApplicationNewPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("applicationNew.title") })}</title>
      <p>
        <Link to={paths.app.applications}>{t("applicationNew.back")}</Link>
      </p>
      <h1>{t("applicationNew.heading")}</h1>
      <p className="lead">{t("applicationNew.lead")}</p>
      <ApplicationWizard />
    </div>
  );
};
