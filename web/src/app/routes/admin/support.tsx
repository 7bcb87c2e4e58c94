import { useSearchParams } from "react-router";
import { SupportList } from "@/features/support/components/support-list";
import { SUPPORT_STATUSES, parseStatusFilter } from "@/features/support/schemas/support-schema";
import { SUPPORT_STATUS } from "@/features/support/utils/support-labels";
import { useT } from "@/lib/i18n";

export const AdminSupportPage = () => {
  const t = useT("staff");
  // The status words are the applicant namespace's (support.status): load it before reading them.
  useT("applicant");
  const [params, setParams] = useSearchParams();
  const status = parseStatusFilter(params.get("status"));
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("support.title") })}</title>
      <h1>{t("support.title")}</h1>
      <p className="lead">{t("support.lead")}</p>
      <div className="filter-inline">
        <label htmlFor="support-status" className="field-label">
          {t("support.show")}
        </label>
        <select
          id="support-status"
          className="input"
          value={status ?? ""}
          onChange={(event) => setParams(event.target.value ? { status: event.target.value.toLowerCase() } : {})}
        >
          <option value="">{t("support.all")}</option>
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
