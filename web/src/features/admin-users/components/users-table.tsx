import type { AdminUserRowFragment } from "@ccp/shared";
import { formatDate } from "@/lib/dates";
import { roleLabel } from "@/lib/roles";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n";

type UsersTableProps = {
  users: readonly AdminUserRowFragment[];
  /** Opens the role editor for a person. */
  onEditRoles?: (user: AdminUserRowFragment) => void;
  /** Opens the disable / enable form for a person. */
  onEditStatus?: (user: AdminUserRowFragment) => void;
};

export const UsersTable = ({ users, onEditRoles, onEditStatus }: UsersTableProps) => {
  const t = useT("staff");
  return (
    <div className="table-scroll" role="region" aria-label={t("users.table.label")} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("users.table.name")}</th>
            <th scope="col">{t("users.table.email")}</th>
            <th scope="col">{t("users.table.roles")}</th>
            <th scope="col">{t("users.table.mfa")}</th>
            <th scope="col">{t("users.table.joined")}</th>
            {onEditRoles && (
              <th scope="col">
                <span className="visually-hidden">{t("users.table.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.firstName} {user.lastName}
                {user.disabled && (
                  <>
                    {" "}
                    <span className="badge badge-off">{t("users.table.disabled")}</span>
                  </>
                )}
              </th>
              <td className="cell-break">{user.email}</td>
              <td>{user.roles.map(roleLabel).join(", ")}</td>
              <td>{user.mfaEnabled ? <span className="badge badge-on">{t("users.table.on")}</span> : <span className="badge badge-off">{t("users.table.off")}</span>}</td>
              <td>
                <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
              </td>
              {onEditRoles && (
                <td>
                  <Button
                    variant="secondary"
                    className="btn-small"
                    onClick={() => onEditRoles(user)}
                    aria-label={t("users.table.changeRolesOf", { name: `${user.firstName} ${user.lastName}` })}
                  >
                    {t("users.table.changeRoles")}
                  </Button>
                  {onEditStatus && (
                    <Button
                      variant="link"
                      className="btn-small"
                      onClick={() => onEditStatus(user)}
                      aria-label={t(user.disabled ? "users.table.enableOf" : "users.table.disableOf", { name: `${user.firstName} ${user.lastName}` })}
                    >
                      {user.disabled ? t("users.table.enable") : t("users.table.disable")}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
