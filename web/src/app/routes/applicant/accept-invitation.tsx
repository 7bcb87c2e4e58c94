import { useSearchParams } from "react-router";
import { useT } from "@/lib/i18n";
import { AcceptInvitation } from "@/features/organizations/components/accept-invitation";

export const AcceptInvitationPage = () => {
  const t = useT("applicant");
  const [params] = useSearchParams();
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("invite.accept.title") })}</title>
      <h1>{t("invite.accept.title")}</h1>
      <AcceptInvitation token={params.get("token") ?? ""} />
    </div>
  );
};
