import { AnalyticsDashboard } from "@/features/analytics/components/analytics-dashboard";

export const AdminAnalyticsPage = () => (
  <div className="stack">
    <title>Usage analytics · CareCorePlus</title>
    <h1>Usage analytics</h1>
    <p className="lead">
      How the web app is used and how fast it is, counted only for people who allow usage analytics. Pages are shown as
      route patterns, never with ids; events are deleted two years after they were collected.
    </p>
    <AnalyticsDashboard />
  </div>
);
