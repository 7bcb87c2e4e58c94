import { useT } from "@/lib/i18n";
import { PaymentsAdmin } from "@/features/payments/components/payments-admin";

export const AdminPaymentsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("payments.title") })}</title>
      <h1>{t("payments.title")}</h1>
      <p className="lead">{t("payments.lead")}</p>
      <PaymentsAdmin />
    </div>
  );
};
