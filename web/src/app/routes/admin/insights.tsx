import { InsightsDashboard } from "@/features/insights/components/insights-dashboard";

export const AdminInsightsPage = () => (
  <div className="stack">
    <title>Insights · CareCorePlus</title>
    <h1>Insights</h1>
    <p className="lead">
      How certification work is going: applications moving through review, how long reviews take, credentials about to
      expire, privacy requests coming due and what the retention schedule deleted. Every chart has its numbers behind “Show
      the numbers” and a CSV download.
    </p>
    <InsightsDashboard />
  </div>
);
