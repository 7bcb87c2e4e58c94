import { useQuery } from "@apollo/client/react";
import { IncidentDocument } from "@ccp/shared";
import { useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
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
  const t = useT("staff");
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
  const erasedSince = affected.length - notified - pending;
  const closed = incident ? isClosed(incident) : false;
  const deadline = incident ? notificationDeadline(incident, now) : null;
  const status = incident ? incidentStatus(incident.status) : null;

  return (
    <section ref={ref} tabIndex={-1} className="panel request-detail" aria-labelledby="incident-detail-heading">
      {loading && !data && <LoadingState label={t("incident.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !incident && <ErrorState title={t("incident.notFound")} message={t("incident.notFoundText")} />}
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
              <dt>{t("incident.awareAt")}</dt>
              <dd>
                <time dateTime={incident.awareAt}>{formatDateTime(incident.awareAt)}</time>
              </dd>
            </div>
            <div>
              <dt>{t("incident.notifyBy")}</dt>
              <dd>
                <time dateTime={incident.notifyBy}>{formatDateTime(incident.notifyBy)}</time>
              </dd>
            </div>
            {incident.closedAt && (
              <div>
                <dt>{t("incident.closed")}</dt>
                <dd>
                  <time dateTime={incident.closedAt}>{formatDateTime(incident.closedAt)}</time>
                </dd>
              </div>
            )}
            {incident.notifiedAt && (
              <div>
                <dt>{t("incident.firstNotice")}</dt>
                <dd>
                  <time dateTime={incident.notifiedAt}>{formatDateTime(incident.notifiedAt)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>{t("incident.whatHappened")}</dt>
              <dd className="pre-line">{incident.description}</dd>
            </div>
            <div>
              <dt>{t("incident.dataKinds")}</dt>
              <dd>
                {incident.dataCategories.length > 0 ? (
                  <ul className="chip-list" aria-label={t("incident.dataKindsLabel")}>
                    {incident.dataCategories.map((c) => (
                      <li key={c} className="chip">
                        {c}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("incident.notRecorded")
                )}
              </dd>
            </div>
            <div>
              <dt>{t("incident.consequences")}</dt>
              <dd className="pre-line">{incident.likelyConsequences || t("incident.notRecorded")}</dd>
            </div>
            <div>
              <dt>{t("incident.measures")}</dt>
              <dd className="pre-line">{incident.measuresTaken || t("incident.notRecorded")}</dd>
            </div>
            <div>
              <dt>{t("incident.affected")}</dt>
              <dd>
                <strong className="affected-count">{affected.length}</strong>{" "}
                {affected.length > 0 &&
                  (erasedSince > 0
                    ? t("incident.breakdownErased", { notified, pending, erased: erasedSince })
                    : t("incident.breakdown", { notified, pending }))}
              </dd>
            </div>
            {incident.closingSummary && (
              <div>
                <dt>{t("incident.closingSummary")}</dt>
                <dd className="pre-line">{incident.closingSummary}</dd>
              </div>
            )}
            {closed && (
              <div>
                <dt>{t("incident.lessons")}</dt>
                <dd className="pre-line">{incident.lessonsLearned || t("incident.notRecorded")}</dd>
              </div>
            )}
          </dl>
          {affected.length > 0 && (
            <details className="policy-details">
              <summary>{t("incident.showAffected")}</summary>
              <div className="table-scroll">
                <table className="table table-compact table-stack">
                  <caption className="visually-hidden">{t("incident.affectedCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("incident.person")}</th>
                      <th scope="col">{t("incident.email")}</th>
                      <th scope="col">{t("incident.added")}</th>
                      <th scope="col">{t("incident.notice")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {affected.map((a) => (
                      <tr key={a.userId}>
                        <th scope="row">
                          {affectedPersonName(a)}
                          {a.erased && <span className="cell-sub">{t("incident.cannotTell")}</span>}
                        </th>
                        <td data-label={t("incident.email")} className="cell-break">
                          {a.email ?? "—"}
                        </td>
                        <td data-label={t("incident.added")}>
                          <time dateTime={a.addedAt}>{formatDateTime(a.addedAt)}</time>
                        </td>
                        <td data-label={t("incident.notice")}>
                          {a.notifiedAt ? (
                            <>
                              <StatusBadge tone="success">{t("incident.notified")}</StatusBadge>
                              <span className="cell-sub">
                                <time dateTime={a.notifiedAt}>{formatDateTime(a.notifiedAt)}</time>
                              </span>
                            </>
                          ) : (
                            <StatusBadge tone={a.erased ? "neutral" : "warning"}>{t(a.erased ? "incident.notNotified" : "incident.notNotifiedYet")}</StatusBadge>
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
            <p className="muted">{t("incident.closedText")}</p>
          ) : (
            <>
              <h3>{t("incident.findAffected")}</h3>
              <AffectedForm incidentId={incident.id} />
              <h3>{t("incident.notifyAffected")}</h3>
              <NotifyForm incidentId={incident.id} affected={affected.length} pending={pending} />
              <h3>{t("incident.close")}</h3>
              <CloseForm incidentId={incident.id} pending={pending} />
            </>
          )}
        </>
      )}
      <div>
        <Button variant="link" onClick={onClose}>
          {t("incident.closeDetails")}
        </Button>
      </div>
    </section>
  );
};
