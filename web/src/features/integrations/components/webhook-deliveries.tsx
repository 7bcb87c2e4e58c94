import { useQuery } from "@apollo/client/react";
import { WebhookDeliveriesDocument } from "@ccp/shared";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  SUCCEEDED: { label: "Delivered", tone: "success" },
  PENDING: { label: "Retrying", tone: "warning" },
  FAILED: { label: "Gave up", tone: "danger" },
};

/** The latest 100 deliveries to an endpoint, newest first. */
export const WebhookDeliveries = ({ endpointId }: { endpointId: string }) => {
  const { data, loading, error, refetch } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId },
    fetchPolicy: "network-only",
  });
  if (loading && !data) return <LoadingState label="Loading deliveries…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const deliveries = data?.webhookDeliveries ?? [];
  return (
    <div className="stack">
      <div className="action-bar">
        <Button variant="secondary" className="btn-small" onClick={() => void refetch()} pending={loading} pendingLabel="Refreshing…">
          Refresh
        </Button>
      </div>
      {deliveries.length === 0 ? (
        <EmptyState title="Nothing sent yet">
          <p>Events appear here when a credential is issued, revoked, suspended, reinstated, expires or is renewed.</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Result</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last response</th>
                <th scope="col">Sent</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => {
                const status =
                  d.status === "PENDING" && d.attempts === 0
                    ? { label: "Waiting to send", tone: "info" as const }
                    : (STATUS[d.status] ?? { label: d.status, tone: "neutral" as const });
                return (
                  <tr key={d.id}>
                    <th scope="row">
                      <code>{d.eventType}</code>
                      <span className="cell-sub">{d.eventId}</span>
                    </th>
                    <td>
                      <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                      {d.status === "PENDING" && <span className="cell-sub">Next try {formatDateTime(d.nextAttemptAt)}</span>}
                    </td>
                    <td>{d.attempts}</td>
                    <td className="cell-break">
                      {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—"}
                      {d.lastError && <span className="cell-sub">{d.lastError}</span>}
                    </td>
                    <td>
                      <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                      {d.deliveredAt && <span className="cell-sub">Delivered {formatDateTime(d.deliveredAt)}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
