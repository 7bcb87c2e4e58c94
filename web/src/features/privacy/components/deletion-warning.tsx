import { Alert } from "@/components/ui/alert";

/** What deleting an account means, shown before the person sends a DELETION request. */
export const DeletionWarning = ({ suggestCopy = false }: { suggestCopy?: boolean }) => (
  <Alert tone="warning" title="Before you ask us to delete your account">
    <ul className="bullet-list">
      <li>You won't be able to sign in again, and your applications, documents, messages and profile are deleted.</li>
      <li>
        We keep the records the law requires, <strong>without your contact details</strong>: certification records (your
        credentials stay checkable by employers) and payment records (invoices and receipts).
      </li>
      <li>This can't be undone.{suggestCopy && " If you want to keep a copy of your data, ask for one first."}</li>
    </ul>
  </Alert>
);
