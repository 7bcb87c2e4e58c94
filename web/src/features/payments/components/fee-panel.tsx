import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationFeeDocument, ApplicationPayDocument, PaymentSyncDocument, type PaymentFieldsFragment } from "@ccp/shared";
import { useEffect, useId, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useViewer } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { toBillingAddressInput } from "../schemas/billing-address-schema";
import { PAYMENT_STATUS, paymentMethodLabel, readCheckoutReturn } from "../utils/payment-labels";
import { BillingAddressForm } from "./billing-address-form";

type ReturnOutcome =
  | { kind: "checking" }
  | { kind: "paid"; payment: PaymentFieldsFragment }
  | { kind: "pending" }
  | { kind: "failed" }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

const ReturnAlert = ({ outcome }: { outcome: ReturnOutcome }) => {
  switch (outcome.kind) {
    case "checking":
      return <LoadingState label="Checking your payment with the card processor…" />;
    case "paid":
      return (
        <Alert tone="success" title="Thank you — your payment was received">
          <p>
            {formatMoney(outcome.payment.amountCents, outcome.payment.currency)} paid with{" "}
            {paymentMethodLabel(outcome.payment)}. We've e-mailed you a receipt.
          </p>
        </Alert>
      );
    case "pending":
      return (
        <Alert tone="info" title="Your payment is being processed">
          <p>It can take a few minutes. This page will show it as paid once the card processor confirms it.</p>
        </Alert>
      );
    case "failed":
      return (
        <Alert tone="error" title="The payment didn't go through">
          <p>Nothing was charged. You can try again below.</p>
        </Alert>
      );
    case "cancelled":
      return (
        <Alert tone="info" title="You left the payment page">
          <p>Nothing was charged. You can pay whenever you're ready.</p>
        </Alert>
      );
    case "error":
      return <Alert tone="error" title="We couldn't check your payment">{outcome.message}</Alert>;
  }
};

/** The application fee: amount, payment status, and "Pay the fee" (card via Checkout, or an e-mailed invoice). */
export const FeePanel = ({ applicationId }: { applicationId: string }) => {
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
  if (loading && !data) body = <LoadingState label="Loading the fee…" />;
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
            Application fee <strong>{formatMoney(fee.amountCents, fee.currency)}</strong>
          </p>
        ) : (
          <p>There is no fee for this certification.</p>
        )}
        {outcome && <ReturnAlert outcome={outcome} />}
        {payment && (
          <p className="fee-status">
            <StatusBadge tone={PAYMENT_STATUS[payment.status].tone}>{PAYMENT_STATUS[payment.status].label}</StatusBadge>
            <span className="muted">
              {paid
                ? `Paid ${formatDate(payment.paidAt)} · ${paymentMethodLabel(payment)}`
                : `${paymentMethodLabel(payment)} · started ${formatDate(payment.createdAt)}`}
            </span>
          </p>
        )}
        {paid && !outcome && <Alert tone="success" title="The fee is paid. Thank you." />}
        {invoicePending && payment && !changingInvoice && (
          <Alert tone={invoiceSent ? "success" : "info"} title={invoiceSent ? "Invoice sent" : "Waiting for your bank transfer"}>
            <p>
              We e-mailed invoice <strong className="credential-number">{payment.invoiceNumber}</strong> to you. Pay by bank
              transfer quoting that number; we'll e-mail a receipt.
            </p>
            {payment.billingAddress && <p className="muted">Billed to: {payment.billingAddress}</p>}
          </Alert>
        )}
        {invoicePending && !changingInvoice && !closed && (
          <div>
            <Button variant="link" onClick={() => setChangingInvoice(true)}>
              Send a new invoice to a different address
            </Button>
          </div>
        )}
        {!paid && payment && (payment.status === "FAILED" || payment.status === "CANCELED") && !outcome && (
          <Alert tone="warning" title="Your last payment didn't go through">
            Nothing was charged. You can try again below.
          </Alert>
        )}
        {!paid && payment?.status === "PENDING" && payment.method === "CARD" && !outcome && (
          <Alert tone="info" title="Your card payment isn't finished">
            If you closed the payment page, you can start again below.
          </Alert>
        )}
        {!paid && closed && fee && fee.amountCents > 0 && <p className="muted">This application is closed, so there is nothing to pay.</p>}
        {showForm && (
          <>
            <p>
              {mode === "CARD"
                ? "Enter your billing address, then we'll take you to our card processor's secure page to pay. We never see or store your card number."
                : "Enter your billing address and we'll e-mail you an invoice to pay by bank transfer."}
            </p>
            <BillingAddressForm
              defaultName={`${viewer.firstName} ${viewer.lastName}`}
              submitLabel={mode === "CARD" ? "Continue to secure card payment" : "E-mail me the invoice"}
              pendingLabel={mode === "CARD" ? "Taking you to the payment page…" : "Sending the invoice…"}
              onSubmit={submitPayment}
              onCancel={changingInvoice ? () => setChangingInvoice(false) : undefined}
            />
            {redirecting && <LoadingState label="Taking you to the secure payment page…" />}
          </>
        )}
      </>
    );
  }

  const settled = application && (application.payment?.status === "PAID" || !application.fee || application.fee.amountCents === 0);
  return (
    <section className="panel fee-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {settled ? "Fee" : "Pay the fee"}
      </h2>
      {body}
    </section>
  );
};
