import { useQuery } from "@apollo/client/react";
import { WebhookDeliveriesDocument } from "@ccp/shared";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { translatedLabels, useT } from "@/lib/i18n";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

const STATUS_LABEL: Readonly<Record<string, string>> = translatedLabels("staff", "webhookDeliveries.status", ["SUCCEEDED", "PENDING", "FAILED", "WAITING"]);
const STATUS_TONE: Readonly<Record<string, BadgeTone>> = { SUCCEEDED: "success", PENDING: "warning", FAILED: "danger" };

/** A delivery's badge: "Waiting to send" before the first attempt, else its status. */
const deliveryStatus = (status: string, attempts: number): { label: string; tone: BadgeTone } => {
  if (status === "PENDING" && attempts === 0) return { label: STATUS_LABEL.WAITING ?? status, tone: "info" };
  const tone = STATUS_TONE[status];
  return tone ? { label: STATUS_LABEL[status] ?? status, tone } : { label: status, tone: "neutral" };
};

/** The latest 100 deliveries to an endpoint, newest first. */
export const WebhookDeliveries = ({ endpointId }: { endpointId: string }) => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId },
    fetchPolicy: "network-only",
  });
  if (loading && !data) return <LoadingState label={t("webhookDeliveries.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const deliveries = data?.webhookDeliveries ?? [];
  return (
    <div className="stack">
      <div className="action-bar">
        <Button variant="secondary" className="btn-small" onClick={() => void refetch()} pending={loading} pendingLabel={t("webhookDeliveries.refreshing")}>
          {t("webhookDeliveries.refresh")}
        </Button>
      </div>
      {deliveries.length === 0 ? (
        <EmptyState title={t("webhookDeliveries.empty.title")}>
          <p>{t("webhookDeliveries.empty.text")}</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("webhookDeliveries.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("webhookDeliveries.table.event")}</th>
                <th scope="col">{t("webhookDeliveries.table.result")}</th>
                <th scope="col">{t("webhookDeliveries.table.attempts")}</th>
                <th scope="col">{t("webhookDeliveries.table.lastResponse")}</th>
                <th scope="col">{t("webhookDeliveries.table.sent")}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => {
                const status = deliveryStatus(d.status, d.attempts);
                return (
                  <tr key={d.id}>
                    <th scope="row">
                      <code>{d.eventType}</code>
                      <span className="cell-sub">{d.eventId}</span>
                    </th>
                    <td>
                      <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                      {d.status === "PENDING" && <span className="cell-sub">{t("webhookDeliveries.nextTry", { date: formatDateTime(d.nextAttemptAt) })}</span>}
                    </td>
                    <td>{d.attempts}</td>
                    <td className="cell-break">
                      {d.lastStatusCode ? t("webhookDeliveries.httpStatus", { code: d.lastStatusCode }) : "—"}
                      {d.lastError && <span className="cell-sub">{d.lastError}</span>}
                    </td>
                    <td>
                      <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                      {d.deliveredAt && <span className="cell-sub">{t("webhookDeliveries.delivered", { date: formatDateTime(d.deliveredAt) })}</span>}
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
