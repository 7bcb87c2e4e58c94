import { LegalHolds } from "@/features/retention/components/legal-holds";
import { RetentionRuns } from "@/features/retention/components/retention-runs";

export const AdminRetentionPage = () => (
  <div className="stack">
    <title>Retention · CareCorePlus</title>
    <h1>Retention</h1>
    <p className="lead">
      We keep personal data only as long as the privacy policy says. Check what the schedule removed, run it now, and hold
      data back while there's a dispute.
    </p>
    <section className="panel stack" aria-labelledby="retention-runs-heading">
      <h2 id="retention-runs-heading" className="card-title">
        Retention schedule
      </h2>
      <RetentionRuns />
    </section>
    <section className="panel stack" aria-labelledby="legal-holds-heading">
      <h2 id="legal-holds-heading" className="card-title">
        Legal holds
      </h2>
      <LegalHolds />
    </section>
  </div>
);
