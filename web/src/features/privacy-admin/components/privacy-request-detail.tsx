import type { AdminPrivacyRequestFieldsFragment } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { formatDate, formatDateTime } from "@/lib/dates";
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
          <dt>Requester</dt>
          <dd className="cell-break">
            {requesterName(request.requester)}
            {request.requester?.email && !request.requester.erased && <> · {request.requester.email}</>}
            {request.requester?.erased && <span className="cell-sub">Their name and e-mail address were removed when the account was erased.</span>}
          </dd>
        </div>
        <div>
          <dt>Identity checked by</dt>
          <dd>{identityCheckLabel(request.identityCheck)}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>
            <time dateTime={request.receivedAt}>{formatDateTime(request.receivedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Answer due by</dt>
          <dd className={overdue ? "sla-overdue" : undefined}>
            <time dateTime={request.dueAt}>{formatDate(request.dueAt)}</time>
            {isOpen(request.status) && ` · ${dueLabel(request.dueAt, now)}`}
          </dd>
        </div>
        {request.completedAt && (
          <div>
            <dt>Closed</dt>
            <dd>
              <time dateTime={request.completedAt}>{formatDateTime(request.completedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Reference</dt>
          <dd className="input-mono cell-break">{request.id}</dd>
        </div>
        <div>
          <dt>What they asked</dt>
          <dd className="pre-line">{request.details || (request.corrections.length ? "Only the details to correct below." : "No details given.")}</dd>
        </div>
        {request.corrections.length > 0 && (
          <div>
            <dt>Details to correct</dt>
            <dd>
              <table className="table table-compact table-stack correction-table">
                <caption className="visually-hidden">Current and proposed values</caption>
                <thead>
                  <tr>
                    <th scope="col">Detail</th>
                    <th scope="col">{isOpen(request.status) ? "Now" : "Account now"}</th>
                    <th scope="col">Proposed</th>
                  </tr>
                </thead>
                <tbody>
                  {request.corrections.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{PERSONAL_FIELD_LABEL[c.field]}</th>
                      <td data-label={isOpen(request.status) ? "Now" : "Account now"} className="cell-break">
                        {fieldValueLabel(c.currentValue)}
                      </td>
                      <td data-label="Proposed" className="cell-break">
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
            <dt>Why the deadline was extended</dt>
            <dd className="pre-line">{request.extensionReason}</dd>
          </div>
        )}
        {request.outcome && (
          <div>
            <dt>{request.status === "REJECTED" ? "Why it was rejected" : "Outcome"}</dt>
            <dd className="pre-line">{request.outcome}</dd>
          </div>
        )}
      </dl>
      {(request.kind === "ACCESS" || request.kind === "EXPORT") && isOpen(request.status) && (
        <p className="muted">
          The copy of the data is prepared automatically and the request completes itself when it's ready. The requester
          downloads it from their privacy center.
        </p>
      )}
      {isOpen(request.status) && !decision && (
        <div className="action-bar">
          <Button onClick={() => setDecision("COMPLETE")}>
            {request.kind === "CORRECTION" && request.corrections.length > 0 ? "Approve" : "Complete"}
          </Button>
          <Button variant="secondary" onClick={() => setDecision("EXTEND")}>
            Extend
          </Button>
          <Button variant="secondary" onClick={() => setDecision("REJECT")}>
            Reject
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
          Close details
        </Button>
      </div>
    </section>
  );
};
