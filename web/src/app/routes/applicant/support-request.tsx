import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { useFlashState } from "@/lib/use-flash-state";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { SupportThread } from "@/features/support/components/support-thread";

export const SupportRequestPage = () => {
  const t = useT("applicant");
  const { id = "" } = useParams();
  const state = useFlashState<{ created: boolean }>();
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("support.request.title") })}</title>
      <p>
        <Link to={paths.app.support}>{t("support.request.back")}</Link>
      </p>
      {state?.created && (
        <Alert tone="success" title={t("support.request.created")}>
          {t("support.request.createdText")}
        </Alert>
      )}
      <SupportThread id={id} />
    </div>
  );
};
