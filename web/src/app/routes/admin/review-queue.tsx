import { useT } from "@/lib/i18n";
import { ReviewQueue } from "@/features/review/components/review-queue";

export const ReviewQueuePage = () => {
  const t = useT("staff");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("reviewQueue.title") })}</title>
      <h1>{t("reviewQueue.title")}</h1>
      <p className="lead">{t("reviewQueue.lead")}</p>
      <ReviewQueue />
    </>
  );
};
