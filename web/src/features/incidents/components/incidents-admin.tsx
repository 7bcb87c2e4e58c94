import { useQuery } from "@apollo/client/react";
import { IncidentsDocument } from "@ccp/shared";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
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
            Register an incident
          </Button>
        </div>
      )}
      {creating && (
        <IncidentForm
          onCreated={(id) => {
            setCreating(false);
            setNotice("The incident is registered. The 72-hour clock is running: find the affected people and notify them.");
            select(id);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label="Loading the incident register…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && incidents.length === 0 && (
        <EmptyState title="No incidents registered">
          <p>Register any personal data breach here, even a small one.</p>
        </EmptyState>
      )}
      {incidents.length > 0 && (
        <div className="table-scroll">
          <table className="table table-compact table-stack">
            <caption className="visually-hidden">Incident register, most recent first</caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">We became aware</th>
                <th scope="col">Notification deadline</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                    <td data-label="We became aware">
                      <time dateTime={incident.awareAt}>{formatDateTime(incident.awareAt)}</time>
                    </td>
                    <td data-label="Notification deadline">
                      <span className={deadline.late ? "sla-overdue" : undefined}>{deadline.text}</span>
                      <span className="cell-sub">by {formatDateTime(incident.notifyBy)}</span>
                    </td>
                    <td data-label="Status">
                      <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                      <span className="cell-sub">{closed && incident.closedAt ? `on ${formatDateTime(incident.closedAt)}` : "Open"}</span>
                    </td>
                    <td>
                      <Button
                        variant="secondary"
                        className="btn-small"
                        onClick={() => {
                          setNotice(null);
                          select(incident.id);
                        }}
                        aria-label={`Open incident: ${incident.title}`}
                      >
                        Open
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
