import { ChildReportsAdmin } from "@/features/child-reports/components/child-reports-admin";

export const AdminChildReportsPage = () => (
  <div className="stack">
    <title>Under-18 reports · CareCorePlus</title>
    <h1>Reports of under-18 accounts</h1>
    <p className="lead">
      Anyone can tell us about an account that may belong to someone under 18. Check each report; if it's right, confirm it
      and the account is deleted at once.
    </p>
    <ChildReportsAdmin />
  </div>
);
