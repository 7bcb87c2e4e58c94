import { useT } from "@/lib/i18n";
import { UsersList } from "@/features/admin-users/components/users-list";

export const AdminUsersPage = () => {
  const t = useT("staff");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("users.title") })}</title>
      <h1>{t("users.title")}</h1>
      <p className="lead">{t("users.lead")}</p>
      <UsersList />
    </>
  );
};
