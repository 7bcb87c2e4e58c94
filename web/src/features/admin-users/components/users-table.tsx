import type { AdminUserRowFragment } from "@ccp/shared";
import { roleLabel } from "@/lib/roles";

const joined = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric" });

export const UsersTable = ({ users }: { users: readonly AdminUserRowFragment[] }) => (
  <div className="table-scroll" role="region" aria-label="People" tabIndex={0}>
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">E-mail</th>
          <th scope="col">Roles</th>
          <th scope="col">Two-step sign-in</th>
          <th scope="col">Joined</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              {user.firstName} {user.lastName}
            </th>
            <td className="cell-break">{user.email}</td>
            <td>{user.roles.map(roleLabel).join(", ")}</td>
            <td>{user.mfaEnabled ? <span className="badge badge-on">On</span> : <span className="badge badge-off">Off</span>}</td>
            <td>
              <time dateTime={user.createdAt}>{joined.format(new Date(user.createdAt))}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
