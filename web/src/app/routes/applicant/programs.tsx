import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { ProgramsList } from "@/features/programs/components/programs-list";

export const ProgramsPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: t("programs.title") })}</title>
      <div className="page-heading">
        <div>
          <h1>{t("programs.heading")}</h1>
          <p className="lead">{t("programs.lead")}</p>
        </div>
        <Link to={paths.app.programNew} className="btn btn-primary">
          {t("programs.add")}
        </Link>
      </div>
      <ProgramsList />
    </div>
  );
};
