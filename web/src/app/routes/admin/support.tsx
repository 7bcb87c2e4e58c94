import { useSearchParams } from "react-router";
import { SupportList } from "@/features/support/components/support-list";
import { SUPPORT_STATUSES, parseStatusFilter } from "@/features/support/schemas/support-schema";
import { SUPPORT_STATUS } from "@/features/support/utils/support-labels";

export const AdminSupportPage = () => {
  const [params, setParams] = useSearchParams();
  const status = parseStatusFilter(params.get("status"));
  return (
    <div className="stack">
      <title>Support requests · CareCorePlus</title>
      <h1>Support requests</h1>
      <p className="lead">Questions and feedback from everyone using CareCorePlus. Open ones are waiting for a reply.</p>
      <div className="filter-inline">
        <label htmlFor="support-status" className="field-label">
          Show
        </label>
        <select
          id="support-status"
          className="input"
          value={status ?? ""}
          onChange={(event) => setParams(event.target.value ? { status: event.target.value.toLowerCase() } : {})}
        >
          <option value="">All requests</option>
          {SUPPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SUPPORT_STATUS[s].label}
            </option>
          ))}
        </select>
      </div>
      <SupportList staff status={status} key={status ?? "all"} />
    </div>
  );
};
