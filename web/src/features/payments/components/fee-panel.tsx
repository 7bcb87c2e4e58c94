import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationFeeDocument, ApplicationPayDocument, PaymentSyncDocument, type PaymentFieldsFragment } from "@ccp/shared";
import { useEffect, useId, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useViewer } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { formatMoney } from "@/lib/money";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { toBillingAddressInput } from "../schemas/billing-address-schema";
import { PAYMENT_STATUS, paymentMethodWords, readCheckoutReturn } from "../utils/payment-labels";
import { BillingAddressForm } from "./billing-address-form";

type ReturnOutcome =
  | { kind: "checking" }
  | { kind: "paid"; payment: PaymentFieldsFragment }
  | { kind: "pending" }
  | { kind: "failed" }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

const ReturnAlert = ({ outcome }: { outcome: ReturnOutcome }) => {
  const t = useT("applicant");
  switch (outcome.kind) {
    case "checking":
      return <LoadingState label={t("fee.checking")} />;
    case "paid":
      return (
        <Alert tone="success" title={t("fee.paidTitle")}>
          <p>
            {t("fee.paidText", {
              amount: formatMoney(outcome.payment.amountCents, outcome.payment.currency),
              method: paymentMethodWords(t, outcome.payment),
            })}
          </p>
        </Alert>
      );
    case "pending":
      return (
        <Alert tone="info" title={t("fee.pendingTitle")}>
          <p>{t("fee.pendingText")}</p>
        </Alert>
      );
    case "failed":
      return (
        <Alert tone="error" title={t("fee.failedTitle")}>
          <p>{t("fee.nothingChargedRetry")}</p>
        </Alert>
      );
    case "cancelled":
      return (
        <Alert tone="info" title={t("fee.cancelledTitle")}>
          <p>{t("fee.cancelledText")}</p>
        </Alert>
      );
    case "error":
      return <Alert tone="error" title={t("fee.checkFailed")}>{outcome.message}</Alert>;
  }
};

/** The application fee: amount, payment status, and "Pay the fee" (card via Checkout, or an e-mailed invoice). */
export const FeePanel = ({ applicationId }: { applicationId: string }) => {
  const t = useT("applicant");
  const headingId = useId();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ApplicationFeeDocument, {
    variables: { id: applicationId },
    fetchPolicy: "cache-and-network",
  });
  const [pay] = useMutation(ApplicationPayDocument);
  const [sync] = useMutation(PaymentSyncDocument);
  const [params, setParams] = useSearchParams();
  // Back from the card processor: ?payment=<id>&result=success|cancel.
  const [checkoutReturn] = useState(() => readCheckoutReturn(params));
  const [outcome, setOutcome] = useState<ReturnOutcome | null>(() =>
    checkoutReturn ? { kind: checkoutReturn.result === "cancel" ? "cancelled" : "checking" } : null,
  );
  const [changingInvoice, setChangingInvoice] = useState(false);
  const [redirecting, setRedirecting] = useState(false);
  const [invoiceSent, setInvoiceSent] = useState(false);
  const handledReturn = useRef(false);

  useEffect(() => {
    if (!checkoutReturn || handledReturn.current) return;
    handledReturn.current = true;
    // The parameters are used once; a reload must not check again.
    setParams({}, { replace: true });
    if (checkoutReturn.result === "cancel") return;
    void sync({ variables: { id: checkoutReturn.paymentId } })
      .then(async ({ data: result }) => {
        const payload = result?.paymentSync;
        if (!payload) throw new Error("empty response");
        if (payload.errors.length > 0 || !payload.payment) {
          setOutcome({ kind: "error", message: payload.errors.map((e) => e.message).join(" ") });
          return;
        }
        const status = payload.payment.status;
        setOutcome(
          status === "PAID"
            ? { kind: "paid", payment: payload.payment }
            : status === "PENDING"
              ? { kind: "pending" }
              : { kind: "failed" },
        );
        await refetch();
      })
      .catch((e: unknown) => setOutcome({ kind: "error", message: describeError(e) }));
  }, [checkoutReturn, setParams, sync, refetch]);

  const application = data?.application;
  const mode = data?.paymentSettings.mode === "CARD" ? "CARD" : "INVOICE";

  const submitPayment = async (address: Parameters<typeof toBillingAddressInput>[0]) => {
    setOutcome(null);
    setInvoiceSent(false);
    const { data: result } = await pay({
      variables: { id: applicationId, input: { billingAddress: toBillingAddressInput(address) } },
    });
    const payload = result?.applicationPay;
    if (!payload) throw new Error("empty response");
    if (payload.errors.length > 0) return payload.errors;
    if (payload.checkoutUrl) {
      setRedirecting(true);
      window.location.assign(payload.checkoutUrl);
      return [];
    }
    setChangingInvoice(false);
    setInvoiceSent(true);
    await refetch();
    return [];
  };

  let body;
  if (loading && !data) body = <LoadingState label={t("fee.loading")} />;
  else if (error && !data) body = <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  else if (!application) body = null;
  else {
    const { fee, payment } = application;
    const closed = application.status === "WITHDRAWN" || application.status === "REJECTED";
    const paid = payment?.status === "PAID";
    const invoicePending = payment?.status === "PENDING" && payment.method === "INVOICE";
    const showForm = !paid && !closed && fee !== null && fee.amountCents > 0 && (!invoicePending || changingInvoice);
    body = (
      <>
        {fee && fee.amountCents > 0 ? (
          <p className="fee-amount">
            <Trans text={t("fee.amount", { amount: formatMoney(fee.amountCents, fee.currency) })} components={[<strong />]} />
          </p>
        ) : (
          <p>{t("fee.noFee")}</p>
        )}
        {outcome && <ReturnAlert outcome={outcome} />}
        {payment && (
          <p className="fee-status">
            <StatusBadge tone={PAYMENT_STATUS[payment.status].tone}>{t(`fee.status.${payment.status}`)}</StatusBadge>
            <span className="muted">
              {paid
                ? t("fee.paidOn", { date: formatDate(payment.paidAt), method: paymentMethodWords(t, payment) })
                : t("fee.startedOn", { date: formatDate(payment.createdAt), method: paymentMethodWords(t, payment) })}
            </span>
          </p>
        )}
        {paid && !outcome && <Alert tone="success" title={t("fee.paid")} />}
        {invoicePending && payment && !changingInvoice && (
          <Alert tone={invoiceSent ? "success" : "info"} title={invoiceSent ? t("fee.invoiceSent") : t("fee.waitingTransfer")}>
            <p>
              <Trans
                text={t("fee.invoiceText", { number: payment.invoiceNumber })}
                components={[<strong className="credential-number" />]}
              />
            </p>
            {payment.billingAddress && <p className="muted">{t("fee.billedTo", { address: payment.billingAddress })}</p>}
          </Alert>
        )}
        {invoicePending && !changingInvoice && !closed && (
          <div>
            <Button variant="link" onClick={() => setChangingInvoice(true)}>
              {t("fee.newInvoice")}
            </Button>
          </div>
        )}
        {!paid && payment && (payment.status === "FAILED" || payment.status === "CANCELED") && !outcome && (
          <Alert tone="warning" title={t("fee.lastFailed")}>
            {t("fee.nothingChargedRetry")}
          </Alert>
        )}
        {!paid && payment?.status === "PENDING" && payment.method === "CARD" && !outcome && (
          <Alert tone="info" title={t("fee.cardUnfinished")}>
            {t("fee.cardUnfinishedText")}
          </Alert>
        )}
        {!paid && closed && fee && fee.amountCents > 0 && <p className="muted">{t("fee.closed")}</p>}
        {showForm && (
          <>
            <p>
              {mode === "CARD"
                ? t("fee.cardIntro")
                : t("fee.invoiceIntro")}
            </p>
            <BillingAddressForm
              defaultName={`${viewer.firstName} ${viewer.lastName}`}
              submitLabel={mode === "CARD" ? t("fee.cardSubmit") : t("fee.invoiceSubmit")}
              pendingLabel={mode === "CARD" ? t("fee.cardPending") : t("fee.invoicePending")}
              onSubmit={submitPayment}
              onCancel={changingInvoice ? () => setChangingInvoice(false) : undefined}
            />
            {redirecting && <LoadingState label={t("fee.redirecting")} />}
          </>
        )}
      </>
    );
  }

  const settled = application && (application.payment?.status === "PAID" || !application.fee || application.fee.amountCents === 0);
  return (
    <section className="panel fee-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {settled ? t("fee.title") : t("fee.payTitle")}
      </h2>
      {body}
    </section>
  );
};
