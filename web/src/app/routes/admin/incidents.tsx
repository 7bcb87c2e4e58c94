import { IncidentsAdmin } from "@/features/incidents/components/incidents-admin";

export const AdminIncidentsPage = () => (
  <div className="stack">
    <title>Incidents · CareCorePlus</title>
    <h1>Incidents</h1>
    <p className="lead">
      The register of personal data breaches. Register each one as soon as we know, find who is affected, and tell them
      within 72 hours of when we became aware.
    </p>
    <IncidentsAdmin />
  </div>
);
