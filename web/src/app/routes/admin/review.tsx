import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { ReviewScreen } from "@/features/review/components/review-screen";

export const ReviewPage = () => {
  const { id = "" } = useParams();
  const t = useT("staff");
  return (
    <>
      <p>
        <Link to={paths.admin.applications}>{t("review.back")}</Link>
      </p>
      <ReviewScreen id={id} />
    </>
  );
};
