import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { useFlashState } from "@/lib/use-flash-state";
import { Alert } from "@/components/ui/alert";
import { SupportThread } from "@/features/support/components/support-thread";

export const SupportRequestPage = () => {
  const { id = "" } = useParams();
  const state = useFlashState<{ created: boolean }>();
  return (
    <div className="container page-narrow">
      <title>Your request · CareCorePlus</title>
      <p>
        <Link to={paths.app.support}>← Help and feedback</Link>
      </p>
      {state?.created && (
        <Alert tone="success" title="Thank you — we've received your message">
          We'll reply here and let you know by e-mail.
        </Alert>
      )}
      <SupportThread id={id} />
    </div>
  );
};
