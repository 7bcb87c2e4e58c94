import { useQuery } from "@apollo/client/react";
import { ReviewApplicationDocument, ReviewRubricDocument, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { DECISION_LABEL, KIND_LABEL } from "@/lib/application-status";
import { formatDateTime, formatDays } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { ApplicationTimeline } from "@/components/application/application-timeline";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { isOverdue } from "../schemas/queue-filter-schema";
import { waitingForSecondReviewer } from "../utils/second-reviewer";
import { EvidencePanel } from "@/features/evidence/components/evidence-panel";
import { ApplicationConversation } from "@/features/messages/components/application-conversation";
import { ProfessionalProfileSummary } from "@/features/professional-profile/components/professional-profile-summary";
import { ApplicationOverview } from "./application-overview";
import { AssignmentPanel } from "./assignment-panel";
import { DecisionForm } from "./decision-form";
import { ReviewNotes } from "./review-notes";
import { RubricScoring } from "./rubric-scoring";

const Rubric = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
  const subject = application.kind === "PROGRAM_ACCREDITATION" ? "PROGRAM" : "PERSON";
  const { data, loading, error, refetch } = useQuery(ReviewRubricDocument, { variables: { subject } });
  if (loading && !data) return <LoadingState label="Loading the rubric…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  return (
    <RubricScoring
      applicationId={application.id}
      criteria={data?.rubricCriteria ?? []}
      scores={application.scores ?? []}
      canScore={application.status === "UNDER_REVIEW"}
    />
  );
};

export const ReviewScreen = ({ id }: { id: string }) => {
  const { data, loading, error, refetch } = useQuery(ReviewApplicationDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label="Loading the application…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const application = data?.application;
  if (!application) {
    return (
      <EmptyState title="We couldn't find this application">
        <Link to={paths.admin.applications}>Back to the review queue</Link>
      </EmptyState>
    );
  }
  const applicantName = application.applicant
    ? `${application.applicant.firstName} ${application.applicant.lastName}`
    : "Unknown applicant";
  const decisions = application.reviewDecisions ?? [];

  return (
    <div className="stack-large">
      <title>{`Review: ${applicantName} · CareCorePlus`}</title>
      <div className="page-heading">
        <div>
          <p className="eyebrow">{KIND_LABEL[application.kind]}</p>
          <h1>
            {application.certificationType?.name ?? "Application"} — {applicantName}
          </h1>
          {application.slaAgeDays !== null && (
            <p className={isOverdue(application.slaAgeDays) ? "sla-overdue" : "muted"}>
              Waiting {formatDays(application.slaAgeDays)} since it was submitted
            </p>
          )}
        </div>
        <ApplicationStatusBadge status={application.status} />
      </div>

      {waitingForSecondReviewer(application) && (
        <Alert tone="info" title="Waiting for a second reviewer">
          Program accreditation needs approval by two different reviewers. One approval is in.
        </Alert>
      )}
      {application.credential && (
        <Alert tone="success" title={`Credential ${application.credential.number} issued`}>
          <Link to={paths.verifyCredential(application.credential.number)}>Open the public verification page</Link>
        </Alert>
      )}

      <div className="review-layout">
        <div className="review-main">
          <ApplicationOverview application={application} />
          {application.kind === "INDIVIDUAL_CERTIFICATION" && (
            <section className="panel" aria-labelledby="applicant-profile-heading">
              <h2 id="applicant-profile-heading" className="card-title">
                Applicant's professional profile
              </h2>
              <ProfessionalProfileSummary profile={application.applicantProfile} />
            </section>
          )}
          <EvidencePanel applicationId={application.id} editable={false} title="Evidence documents" />
          <ApplicationConversation applicationId={application.id} side="staff" />
          <section>
            <h2>History</h2>
            <ApplicationTimeline events={application.timeline} />
          </section>
          {decisions.length > 0 && (
            <section>
              <h2>Reviewers' decisions</h2>
              <ul className="note-list">
                {decisions.map((d) => (
                  <li key={d.id} className="note">
                    <p>
                      <strong>{DECISION_LABEL[d.decision]}</strong>
                      {d.reviewer && ` by ${d.reviewer.firstName} ${d.reviewer.lastName}`}
                    </p>
                    <p className="pre-line">{d.reason}</p>
                    <p className="note-meta">
                      <time dateTime={d.at}>{formatDateTime(d.at)}</time>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="review-side">
          <section className="panel">
            <h2 className="card-title">Assignment</h2>
            <AssignmentPanel application={application} />
          </section>
          <section className="panel">
            <h2 className="card-title">Rubric scores</h2>
            <Rubric application={application} />
          </section>
          <section className="panel panel-private">
            <h2 className="card-title">Private notes</h2>
            <ReviewNotes applicationId={application.id} notes={application.notes ?? []} />
          </section>
          <section className="panel">
            <h2 className="card-title">Decision</h2>
            <DecisionForm application={application} />
          </section>
        </div>
      </div>
    </div>
  );
};
