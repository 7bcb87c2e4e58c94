import { useT } from "@/lib/i18n";
import { RubricManager } from "@/features/rubric/components/rubric-manager";

export const RubricPage = () => {
  const t = useT("staff");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("rubric.title") })}</title>
      <h1>{t("rubric.title")}</h1>
      <p className="lead">{t("rubric.lead")}</p>
      <RubricManager />
    </>
  );
};
