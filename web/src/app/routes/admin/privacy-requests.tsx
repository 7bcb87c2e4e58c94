import { PrivacyRequestsAdmin } from "@/features/privacy-admin/components/privacy-requests-admin";

export const AdminPrivacyRequestsPage = () => (
  <div className="stack">
    <title>Privacy requests · CareCorePlus</title>
    <h1>Privacy requests</h1>
    <p className="lead">
      Requests to see, export, correct or delete personal data. Each must be answered within 30 days; you can extend the
      deadline by up to 60 days with a reason. Overdue requests are highlighted.
    </p>
    <PrivacyRequestsAdmin />
  </div>
);
