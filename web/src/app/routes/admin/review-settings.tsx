import { useT } from "@/lib/i18n";
import { ReviewSettingsForm } from "@/features/review-settings/components/review-settings-form";

export const ReviewSettingsPage = () => {
  const t = useT("staff");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("reviewSettings.title") })}</title>
      <h1>{t("reviewSettings.title")}</h1>
      <p className="lead">{t("reviewSettings.lead")}</p>
      <ReviewSettingsForm />
    </>
  );
};
