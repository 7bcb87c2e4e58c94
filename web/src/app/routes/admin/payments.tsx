import { PaymentsAdmin } from "@/features/payments/components/payments-admin";

export const AdminPaymentsPage = () => (
  <div className="stack">
    <title>Payments · CareCorePlus</title>
    <h1>Payments</h1>
    <p className="lead">
      Application fees, newest first. When an invoice is paid by bank transfer, record it here so the payer gets a
      receipt. Card payments are confirmed by the card processor.
    </p>
    <PaymentsAdmin />
  </div>
);
