import type { AdminPrivacyRequestFieldsFragment } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { formatDate, formatDateTime } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { PERSONAL_FIELD_LABEL, REQUEST_STATUS, fieldValueLabel } from "@/features/privacy/utils/privacy-labels";
import type { PrivacyDecision } from "../schemas/privacy-decision-schema";
import { STAFF_KIND_LABEL, dueLabel, identityCheckLabel, isOpen, isOverdue, requesterName } from "../utils/request-deadlines";
import { PrivacyDecisionForm } from "./privacy-decision-form";

type PrivacyRequestDetailProps = {
  request: AdminPrivacyRequestFieldsFragment;
  now: number;
  onDone: (message: string) => void;
  onClose: () => void;
  onStale: () => void;
};

/** Everything about one request, and the actions while it is open. */
export const PrivacyRequestDetail = ({ request, now, onDone, onClose, onStale }: PrivacyRequestDetailProps) => {
  const t = useT("staff");
  const [decision, setDecision] = useState<PrivacyDecision | null>(null);
  const ref = useRef<HTMLElement>(null);
  const status = REQUEST_STATUS[request.status];
  const overdue = isOverdue(request, now);

  // Opening a request from the list moves focus (and the screen) to its details.
  useEffect(() => {
    ref.current?.focus();
  }, [request.id]);

  return (
    <section ref={ref} tabIndex={-1} className="panel request-detail" aria-labelledby="request-detail-heading">
      <div className="item-row">
        <h2 id="request-detail-heading" className="card-title">
          {STAFF_KIND_LABEL[request.kind]}
        </h2>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </div>
      <dl className="detail-list">
        <div>
          <dt>{t("privacyRequest.requester")}</dt>
          <dd className="cell-break">
            {requesterName(request.requester)}
            {request.requester?.email && !request.requester.erased && <> · {request.requester.email}</>}
            {request.requester?.erased && <span className="cell-sub">{t("privacyRequest.erasedNote")}</span>}
          </dd>
        </div>
        <div>
          <dt>{t("privacyRequest.identity")}</dt>
          <dd>{identityCheckLabel(request.identityCheck)}</dd>
        </div>
        <div>
          <dt>{t("privacyRequest.received")}</dt>
          <dd>
            <time dateTime={request.receivedAt}>{formatDateTime(request.receivedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("privacyRequest.due")}</dt>
          <dd className={overdue ? "sla-overdue" : undefined}>
            <time dateTime={request.dueAt}>{formatDate(request.dueAt)}</time>
            {isOpen(request.status) && ` · ${dueLabel(request.dueAt, now)}`}
          </dd>
        </div>
        {request.completedAt && (
          <div>
            <dt>{t("privacyRequest.closed")}</dt>
            <dd>
              <time dateTime={request.completedAt}>{formatDateTime(request.completedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t("privacyRequest.reference")}</dt>
          <dd className="input-mono cell-break">{request.id}</dd>
        </div>
        <div>
          <dt>{t("privacyRequest.asked")}</dt>
          <dd className="pre-line">{request.details || t(request.corrections.length ? "privacyRequest.onlyCorrections" : "privacyRequest.noDetails")}</dd>
        </div>
        {request.corrections.length > 0 && (
          <div>
            <dt>{t("privacyRequest.toCorrect")}</dt>
            <dd>
              <table className="table table-compact table-stack correction-table">
                <caption className="visually-hidden">{t("privacyRequest.correctionsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("privacyRequest.detail")}</th>
                    <th scope="col">{t(isOpen(request.status) ? "privacyRequest.now" : "privacyRequest.accountNow")}</th>
                    <th scope="col">{t("privacyRequest.proposed")}</th>
                  </tr>
                </thead>
                <tbody>
                  {request.corrections.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{PERSONAL_FIELD_LABEL[c.field]}</th>
                      <td data-label={t(isOpen(request.status) ? "privacyRequest.now" : "privacyRequest.accountNow")} className="cell-break">
                        {fieldValueLabel(c.currentValue)}
                      </td>
                      <td data-label={t("privacyRequest.proposed")} className="cell-break">
                        <strong>{fieldValueLabel(c.proposedValue)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </dd>
          </div>
        )}
        {request.extensionReason && (
          <div>
            <dt>{t("privacyRequest.extensionReason")}</dt>
            <dd className="pre-line">{request.extensionReason}</dd>
          </div>
        )}
        {request.outcome && (
          <div>
            <dt>{t(request.status === "REJECTED" ? "privacyRequest.rejectedWhy" : "privacyRequest.outcome")}</dt>
            <dd className="pre-line">{request.outcome}</dd>
          </div>
        )}
      </dl>
      {(request.kind === "ACCESS" || request.kind === "EXPORT") && isOpen(request.status) && (
        <p className="muted">{t("privacyRequest.automatic")}</p>
      )}
      {isOpen(request.status) && !decision && (
        <div className="action-bar">
          <Button onClick={() => setDecision("COMPLETE")}>
            {t(request.kind === "CORRECTION" && request.corrections.length > 0 ? "privacyRequest.approve" : "privacyRequest.complete")}
          </Button>
          <Button variant="secondary" onClick={() => setDecision("EXTEND")}>
            {t("privacyRequest.extend")}
          </Button>
          <Button variant="secondary" onClick={() => setDecision("REJECT")}>
            {t("privacyRequest.reject")}
          </Button>
        </div>
      )}
      {decision && (
        <PrivacyDecisionForm
          key={decision}
          request={request}
          decision={decision}
          onDone={(message) => {
            setDecision(null);
            onDone(message);
          }}
          onCancel={() => setDecision(null)}
          onStale={onStale}
        />
      )}
      <div>
        <Button variant="link" onClick={onClose}>
          {t("privacyRequest.closeDetails")}
        </Button>
      </div>
    </section>
  );
};
