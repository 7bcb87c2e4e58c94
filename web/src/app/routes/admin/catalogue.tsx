import { useT } from "@/lib/i18n";
import { CatalogueManager } from "@/features/catalogue/components/catalogue-manager";

export const CataloguePage = () => {
  const t = useT("staff");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("catalogue.title") })}</title>
      <h1>{t("catalogue.title")}</h1>
      <p className="lead">{t("catalogue.lead")}</p>
      <CatalogueManager />
    </>
  );
};
