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
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";

const PAGE_SIZE = 25;
const STATUSES: readonly PaymentStatus[] = ["PENDING", "PAID", "FAILED", "CANCELED"];

export const PaymentsAdmin = () => {
  const t = useT("staff");
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
      <CsvExportButton list="payments" params={{ status }} what={status ? t("payments.export.shown") : t("payments.export.all")} />
      <div className="filter-inline">
        <label htmlFor="payments-status" className="field-label">
          {t("payments.show")}
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
          <option value="">{t("payments.all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {PAYMENT_STATUS[s].label}
            </option>
          ))}
        </select>
      </div>
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("payments.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {connection && payments.length === 0 && (
        <EmptyState title={status ? t("payments.emptyStatus", { status: PAYMENT_STATUS[status].label.toLowerCase() }) : t("payments.empty")} />
      )}
      {connection && payments.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t("payments.showing", { shown: payments.length, count: connection.totalCount })}
          </p>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t("payments.table.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("payments.table.invoice")}</th>
                  <th scope="col">{t("payments.table.payer")}</th>
                  <th scope="col">{t("payments.table.billedTo")}</th>
                  <th scope="col">{t("payments.table.amount")}</th>
                  <th scope="col">{t("payments.table.status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("payments.table.actions")}</span>
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
                          {payment.method === "INVOICE" ? t("payments.bankTransfer") : paymentMethodLabel(payment)}
                        </span>
                      </th>
                      <td>
                        {payment.payerName ?? <span className="muted">{t("payments.accountDeleted")}</span>}
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
                        {payment.paidAt && <span className="cell-sub">{t("payments.paid", { date: formatDate(payment.paidAt) })}</span>}
                        {payment.processorReference && (
                          <span className="cell-sub">{t("payments.reference", { reference: payment.processorReference })}</span>
                        )}
                        <span className="cell-sub">
                          <Trans text={t("payments.started", { date: formatDate(payment.createdAt) })} components={[<time dateTime={payment.createdAt} />]} />
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
                            aria-label={t("payments.recordOf", { invoice: payment.invoiceNumber })}
                          >
                            {t("payments.record")}
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
              <Button variant="secondary" onClick={() => void loadMore(connection?.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("payments.loadingMore")}>
                {t("payments.loadMore")}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
};
