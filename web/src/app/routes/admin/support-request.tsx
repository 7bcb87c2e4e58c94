import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { SupportThread } from "@/features/support/components/support-thread";

export const AdminSupportRequestPage = () => {
  const t = useT("staff");
  const { id = "" } = useParams();
  return (
    <>
      <title>{t("common:pageTitle", { title: t("support.request") })}</title>
      <p>
        <Link to={paths.admin.support}>{t("support.back")}</Link>
      </p>
      <SupportThread id={id} staff />
    </>
  );
};
