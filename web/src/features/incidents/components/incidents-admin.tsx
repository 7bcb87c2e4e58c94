import { useQuery } from "@apollo/client/react";
import { IncidentsDocument } from "@ccp/shared";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { useNow } from "@/lib/use-now";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { incidentStatus, isClosed, notificationDeadline } from "../utils/incident-labels";
import { IncidentDetail } from "./incident-detail";
import { IncidentForm } from "./incident-form";

const TICK_MS = 15_000;

/** The incident register with live 72-hour countdowns, the register form and the selected incident. */
export const IncidentsAdmin = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(IncidentsDocument, { fetchPolicy: "cache-and-network" });
  const [params, setParams] = useSearchParams();
  const selected = params.get("incident");
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const now = useNow(TICK_MS);
  const incidents = data?.incidents ?? [];

  const select = (id: string | null) => {
    setParams(id ? { incident: id } : {}, { replace: true });
  };

  return (
    <div className="stack">
      {!creating && (
        <div>
          <Button
            onClick={() => {
              setNotice(null);
              setCreating(true);
              select(null);
            }}
          >
            {t("incidents.register")}
          </Button>
        </div>
      )}
      {creating && (
        <IncidentForm
          onCreated={(id) => {
            setCreating(false);
            setNotice(t("incidents.registered"));
            select(id);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("incidents.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && incidents.length === 0 && (
        <EmptyState title={t("incidents.none")}>
          <p>{t("incidents.noneText")}</p>
        </EmptyState>
      )}
      {incidents.length > 0 && (
        <div className="table-scroll">
          <table className="table table-compact table-stack">
            <caption className="visually-hidden">{t("incidents.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("incidents.incident")}</th>
                <th scope="col">{t("incidents.awareAt")}</th>
                <th scope="col">{t("incidents.deadline")}</th>
                <th scope="col">{t("incidents.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("incidents.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((incident) => {
                const deadline = notificationDeadline(incident, now);
                const status = incidentStatus(incident.status);
                const open = incident.status === "OPEN";
                const closed = isClosed(incident);
                return (
                  <tr
                    key={incident.id}
                    className={[open && deadline.late ? "row-overdue" : "", incident.id === selected ? "row-selected" : ""].filter(Boolean).join(" ") || undefined}
                  >
                    <th scope="row">{incident.title}</th>
                    <td data-label={t("incidents.awareAt")}>
                      <time dateTime={incident.awareAt}>{formatDateTime(incident.awareAt)}</time>
                    </td>
                    <td data-label={t("incidents.deadline")}>
                      <span className={deadline.late ? "sla-overdue" : undefined}>{deadline.text}</span>
                      <span className="cell-sub">{t("incidents.notifyBy", { date: formatDateTime(incident.notifyBy) })}</span>
                    </td>
                    <td data-label={t("incidents.status")}>
                      <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                      <span className="cell-sub">{closed && incident.closedAt ? t("incidents.closedOn", { date: formatDateTime(incident.closedAt) }) : t("incidents.stillOpen")}</span>
                    </td>
                    <td>
                      <Button
                        variant="secondary"
                        className="btn-small"
                        onClick={() => {
                          setNotice(null);
                          select(incident.id);
                        }}
                        aria-label={t("incidents.openLabel", { title: incident.title })}
                      >
                        {t("incidents.open")}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {selected && <IncidentDetail key={selected} id={selected} now={now} onClose={() => select(null)} />}
    </div>
  );
};
