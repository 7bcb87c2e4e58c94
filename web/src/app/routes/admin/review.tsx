import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { ReviewScreen } from "@/features/review/components/review-screen";

export const ReviewPage = () => {
  const { id = "" } = useParams();
  return (
    <>
      <p>
        <Link to={paths.admin.applications}>← Review queue</Link>
      </p>
      <ReviewScreen id={id} />
    </>
  );
};
