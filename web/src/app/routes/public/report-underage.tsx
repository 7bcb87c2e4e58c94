import { ChildReportForm } from "@/features/child-reports/components/child-report-form";

export const ReportUnderagePage = () => (
  <div className="container page-narrow">
    <title>Report an account that may belong to someone under 18 · CareCorePlus</title>
    <h1>Report an account that may belong to someone under 18</h1>
    <p className="lead">
      CareCorePlus is for adults working in care. If you think an account belongs to someone under 18, tell us and we'll
      check it. You don't need an account to report one.
    </p>
    <div className="panel">
      <ChildReportForm />
    </div>
  </div>
);
