import { useQuery } from "@apollo/client/react";
import { AdminPaymentsDocument, type PaymentStatus } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CsvExportButton } from "@/components/ui/csv-export-button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { applicationLabel, PAYMENT_STATUS, paymentMethodLabel } from "../utils/payment-labels";
import { RecordPaymentForm } from "./record-payment-form";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;
const STATUSES: readonly PaymentStatus[] = ["PENDING", "PAID", "FAILED", "CANCELED"];

export const PaymentsAdmin = () => {
  const [status, setStatus] = useState<PaymentStatus | undefined>(undefined);
  const [recording, setRecording] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminPaymentsDocument, {
    variables: { first: PAGE_SIZE, status },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);
  const connection = data?.payments;
  const payments = connection?.edges.map((edge) => edge.node) ?? [];


  return (
    <div className="stack">
      <CsvExportButton list="payments" params={{ status }} what={status ? "the payments shown" : "all payments"} />
      <div className="filter-inline">
        <label htmlFor="payments-status" className="field-label">
          Show
        </label>
        <select
          id="payments-status"
          className="input"
          value={status ?? ""}
          onChange={(event) => {
            setRecording(null);
            setStatus(STATUSES.find((s) => s === event.target.value));
          }}
        >
          <option value="">All payments</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {PAYMENT_STATUS[s].label}
            </option>
          ))}
        </select>
      </div>
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label="Loading payments…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {connection && payments.length === 0 && (
        <EmptyState title={status ? `No payments that are ${PAYMENT_STATUS[status].label.toLowerCase()}` : "No payments yet"} />
      )}
      {connection && payments.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            Showing {payments.length} of {connection.totalCount} {connection.totalCount === 1 ? "payment" : "payments"}
          </p>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Payments, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Payer and application</th>
                  <th scope="col">Billed to</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {payments.map((payment) => {
                  const badge = PAYMENT_STATUS[payment.status];
                  const canRecord = payment.status === "PENDING" && payment.method === "INVOICE";
                  return (
                    <tr key={payment.id}>
                      <th scope="row">
                        <span className="credential-number">{payment.invoiceNumber}</span>
                        <span className="cell-sub">
                          {payment.method === "INVOICE" ? "Bank transfer" : paymentMethodLabel(payment)}
                        </span>
                      </th>
                      <td>
                        {payment.payerName ?? <span className="muted">Account deleted</span>}
                        {payment.application && (
                          <span className="cell-sub">
                            <Link to={paths.admin.application(payment.application.id)}>{applicationLabel(payment.application)}</Link>
                          </span>
                        )}
                      </td>
                      <td className="cell-break">{payment.billingAddress ?? "—"}</td>
                      <td>{formatMoney(payment.amountCents, payment.currency)}</td>
                      <td>
                        <StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>
                        {payment.paidAt && <span className="cell-sub">Paid {formatDate(payment.paidAt)}</span>}
                        {payment.processorReference && <span className="cell-sub">Ref. {payment.processorReference}</span>}
                        <span className="cell-sub">
                          Started <time dateTime={payment.createdAt}>{formatDate(payment.createdAt)}</time>
                        </span>
                      </td>
                      <td>
                        {canRecord && (
                          <Button
                            variant="secondary"
                            className="btn-small"
                            onClick={() => {
                              setNotice(null);
                              setRecording(payment.id);
                            }}
                            aria-label={`Record payment of ${payment.invoiceNumber}`}
                          >
                            Record payment
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {recording &&
            (() => {
              const payment = payments.find((p) => p.id === recording);
              return payment ? (
                <RecordPaymentForm
                  key={payment.id}
                  payment={payment}
                  onDone={(message) => {
                    setRecording(null);
                    setNotice(message);
                    void refetch();
                  }}
                  onCancel={() => setRecording(null)}
                />
              ) : null;
            })()}
          <FormErrors messages={loadMoreError} />
          {connection.pageInfo.hasNextPage && (
            <div>
              <Button variant="secondary" onClick={() => void loadMore(connection?.pageInfo.endCursor)} pending={loadingMore} pendingLabel="Loading more…">
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
};
