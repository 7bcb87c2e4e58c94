import { useQuery } from "@apollo/client/react";
import { AdminUsersDocument, type AdminUserRowFragment, type Role, type UsersFilter } from "@ccp/shared";
import { useState, type FormEvent } from "react";
import { describeError } from "@/lib/errors";
import { roleLabel } from "@/lib/roles";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CsvExportButton } from "@/components/ui/csv-export-button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { TextField } from "@/components/ui/text-field";
import { AccountStatusEditor } from "./account-status-editor";
import { RoleEditor } from "./role-editor";
import { UsersTable } from "./users-table";
import { useLoadMore } from "@/lib/use-load-more";
import { useT } from "@/lib/i18n";

const PAGE_SIZE = 25;
const ROLES: readonly Role[] = ["APPLICANT", "REVIEWER", "ADMIN"];

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const UsersList = () => {
  const t = useT("staff");
  const [filter, setFilter] = useState<UsersFilter>({});
  const [editing, setEditing] = useState<AdminUserRowFragment | null>(null);
  const [statusOf, setStatusOf] = useState<AdminUserRowFragment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminUsersDocument, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: false,
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = String(form.get("role") ?? "");
    const email = String(form.get("email") ?? "").trim();
    setFilter({ ...(isRole(role) ? { role } : {}), ...(email ? { email } : {}) });
  };


  const users = data?.users.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(filter.role || filter.email);

  return (
    <div className="stack">
      <form className="filter-bar" onSubmit={applyFilter} role="search" aria-label={t("users.filter.label")}>
        <div className="field">
          <label htmlFor="users-role" className="field-label">
            {t("users.filter.role")}
          </label>
          <select id="users-role" name="role" className="input" defaultValue="">
            <option value="">{t("users.filter.everyone")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t("users.filter.email")}
          name="email"
          type="email"
          hint={t("users.filter.emailHint")}
        />
        <div className="filter-actions">
          <Button type="submit" variant="secondary">
            {t("users.filter.search")}
          </Button>
          <CsvExportButton list="people" params={filter} what={filtered ? t("users.export.found") : t("users.export.everyone")} />
        </div>
      </form>

      {saved && <Alert tone="success" title={saved} />}
      {editing && (
        <RoleEditor
          key={editing.id}
          user={editing}
          onDone={(message) => {
            setEditing(null);
            setSaved(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {statusOf && (
        <AccountStatusEditor
          key={`status-${statusOf.id}`}
          user={statusOf}
          onDone={(message) => {
            setStatusOf(null);
            setSaved(message);
          }}
          onCancel={() => setStatusOf(null)}
        />
      )}
      {loading && !data && <LoadingState label={t("users.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && users.length === 0 && (
        <EmptyState title={filtered ? t("users.empty.filtered") : t("users.empty.none")}>
          {filtered && <p>{t("users.empty.filteredText")}</p>}
        </EmptyState>
      )}
      {data && users.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t("users.showing", { shown: users.length, count: data.users.totalCount })}
          </p>
          <UsersTable
            users={users}
            onEditRoles={(user) => {
              setSaved(null);
              setStatusOf(null);
              setEditing(user);
            }}
            onEditStatus={(user) => {
              setSaved(null);
              setEditing(null);
              setStatusOf(user);
            }}
          />
          <FormErrors messages={loadMoreError} />
          {data.users.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={() => void loadMore(data?.users.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("users.loadingMore")}>
              {t("users.loadMore")}
            </Button>
          )}
        </>
      )}
    </div>
  );
};
