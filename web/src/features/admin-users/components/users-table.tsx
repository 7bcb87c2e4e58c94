import type { AdminUserRowFragment } from "@ccp/shared";
import { formatDate } from "@/lib/dates";
import { roleLabel } from "@/lib/roles";
import { Button } from "@/components/ui/button";


type UsersTableProps = {
  users: readonly AdminUserRowFragment[];
  /** Opens the role editor for a person. */
  onEditRoles?: (user: AdminUserRowFragment) => void;
  /** Opens the disable / enable form for a person. */
  onEditStatus?: (user: AdminUserRowFragment) => void;
};

export const UsersTable = ({ users, onEditRoles, onEditStatus }: UsersTableProps) => (
  <div className="table-scroll" role="region" aria-label="People" tabIndex={0}>
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">E-mail</th>
          <th scope="col">Roles</th>
          <th scope="col">Two-step sign-in</th>
          <th scope="col">Joined</th>
          {onEditRoles && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
                  <span className="badge badge-off">Disabled</span>
                </>
              )}
            </th>
            <td className="cell-break">{user.email}</td>
            <td>{user.roles.map(roleLabel).join(", ")}</td>
            <td>{user.mfaEnabled ? <span className="badge badge-on">On</span> : <span className="badge badge-off">Off</span>}</td>
            <td>
              <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
            </td>
            {onEditRoles && (
              <td>
                <Button
                  variant="secondary"
                  className="btn-small"
                  onClick={() => onEditRoles(user)}
                  aria-label={`Change roles of ${user.firstName} ${user.lastName}`}
                >
                  Change roles
                </Button>
                {onEditStatus && (
                  <Button
                    variant="link"
                    className="btn-small"
                    onClick={() => onEditStatus(user)}
                    aria-label={`${user.disabled ? "Enable" : "Disable"} the account of ${user.firstName} ${user.lastName}`}
                  >
                    {user.disabled ? "Enable" : "Disable"}
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
