import { useQuery } from "@apollo/client/react";
import { IncidentDocument } from "@ccp/shared";
import { useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { affectedPersonName, incidentStatus, isClosed, notificationDeadline } from "../utils/incident-labels";
import { AffectedForm } from "./affected-form";
import { CloseForm } from "./close-form";
import { NotifyForm } from "./notify-form";

type IncidentDetailProps = { id: string; now: number; onClose: () => void };

/** One incident: what happened, the deadline, who is affected, and the breach notice. */
export const IncidentDetail = ({ id, now, onClose }: IncidentDetailProps) => {
  const { data, loading, error, refetch } = useQuery(IncidentDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [id]);

  const incident = data?.incident;
  const affected = incident?.affectedUsers ?? [];
  const notified = affected.filter((a) => a.notified).length;
  // Erased people can no longer be told; they don't hold up the notice or closing.
  const pending = affected.filter((a) => !a.notified && !a.erased).length;
  const closed = incident ? isClosed(incident) : false;
  const deadline = incident ? notificationDeadline(incident, now) : null;
  const status = incident ? incidentStatus(incident.status) : null;

  return (
    <section ref={ref} tabIndex={-1} className="panel request-detail" aria-labelledby="incident-detail-heading">
      {loading && !data && <LoadingState label="Loading the incident…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !incident && <ErrorState title="Incident not found" message="It may have been removed. Choose another one from the register." />}
      {incident && deadline && status && (
        <>
          <div className="item-row">
            <h2 id="incident-detail-heading" className="card-title">
              {incident.title}
            </h2>
            <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
          </div>
          <p className={deadline.late ? "deadline deadline-late" : "deadline"} aria-live="off">
            {deadline.text}
          </p>
          <dl className="detail-list">
            <div>
              <dt>We became aware</dt>
              <dd>
                <time dateTime={incident.awareAt}>{formatDateTime(incident.awareAt)}</time>
              </dd>
            </div>
            <div>
              <dt>Notify by</dt>
              <dd>
                <time dateTime={incident.notifyBy}>{formatDateTime(incident.notifyBy)}</time>
              </dd>
            </div>
            {incident.closedAt && (
              <div>
                <dt>Closed</dt>
                <dd>
                  <time dateTime={incident.closedAt}>{formatDateTime(incident.closedAt)}</time>
                </dd>
              </div>
            )}
            {incident.notifiedAt && (
              <div>
                <dt>First notice sent</dt>
                <dd>
                  <time dateTime={incident.notifiedAt}>{formatDateTime(incident.notifiedAt)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>What happened</dt>
              <dd className="pre-line">{incident.description}</dd>
            </div>
            <div>
              <dt>Kinds of data</dt>
              <dd>
                {incident.dataCategories.length > 0 ? (
                  <ul className="chip-list" aria-label="Kinds of data involved">
                    {incident.dataCategories.map((c) => (
                      <li key={c} className="chip">
                        {c}
                      </li>
                    ))}
                  </ul>
                ) : (
                  "Not recorded"
                )}
              </dd>
            </div>
            <div>
              <dt>Likely consequences</dt>
              <dd className="pre-line">{incident.likelyConsequences || "Not recorded"}</dd>
            </div>
            <div>
              <dt>Measures taken</dt>
              <dd className="pre-line">{incident.measuresTaken || "Not recorded"}</dd>
            </div>
            <div>
              <dt>Affected people</dt>
              <dd>
                <strong className="affected-count">{affected.length}</strong>{" "}
                {affected.length > 0 && `(${notified} notified, ${pending} not yet${affected.length - notified - pending > 0 ? `, ${affected.length - notified - pending} erased since` : ""})`}
              </dd>
            </div>
            {incident.closingSummary && (
              <div>
                <dt>Closing summary</dt>
                <dd className="pre-line">{incident.closingSummary}</dd>
              </div>
            )}
            {closed && (
              <div>
                <dt>Lessons learned</dt>
                <dd className="pre-line">{incident.lessonsLearned || "Not recorded"}</dd>
              </div>
            )}
          </dl>
          {affected.length > 0 && (
            <details className="policy-details">
              <summary>Show the affected people</summary>
              <div className="table-scroll">
                <table className="table table-compact table-stack">
                  <caption className="visually-hidden">People affected by this incident</caption>
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">E-mail</th>
                      <th scope="col">Added</th>
                      <th scope="col">Notice</th>
                    </tr>
                  </thead>
                  <tbody>
                    {affected.map((a) => (
                      <tr key={a.userId}>
                        <th scope="row">
                          {affectedPersonName(a)}
                          {a.erased && <span className="cell-sub">Can no longer be told</span>}
                        </th>
                        <td data-label="E-mail" className="cell-break">
                          {a.email ?? "—"}
                        </td>
                        <td data-label="Added">
                          <time dateTime={a.addedAt}>{formatDateTime(a.addedAt)}</time>
                        </td>
                        <td data-label="Notice">
                          {a.notifiedAt ? (
                            <>
                              <StatusBadge tone="success">Notified</StatusBadge>
                              <span className="cell-sub">
                                <time dateTime={a.notifiedAt}>{formatDateTime(a.notifiedAt)}</time>
                              </span>
                            </>
                          ) : (
                            <StatusBadge tone={a.erased ? "neutral" : "warning"}>{a.erased ? "Not notified" : "Not notified yet"}</StatusBadge>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
          {closed ? (
            <p className="muted">This incident is closed: affected people and notices can no longer be changed.</p>
          ) : (
            <>
              <h3>Find affected people from the audit log</h3>
              <AffectedForm incidentId={incident.id} />
              <h3>Notify affected people</h3>
              <NotifyForm incidentId={incident.id} affected={affected.length} pending={pending} />
              <h3>Close the incident</h3>
              <CloseForm incidentId={incident.id} pending={pending} />
            </>
          )}
        </>
      )}
      <div>
        <Button variant="link" onClick={onClose}>
          Close details
        </Button>
      </div>
    </section>
  );
};
