import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";

export const NotFoundPage = () => {
  const t = useT("public");
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("notFound.title") })}</title>
      <h1>{t("notFound.heading")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to={paths.home}>{t("common:goHome")}</Link>
      </p>
    </div>
  );
};
