import { useQuery } from "@apollo/client/react";
import { ReviewApplicationDocument, ReviewRubricDocument, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { DECISION_LABEL, KIND_LABEL } from "@/lib/application-status";
import { formatDateTime, formatDays } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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
  const t = useT("staff");
  const subject = application.kind === "PROGRAM_ACCREDITATION" ? "PROGRAM" : "PERSON";
  const { data, loading, error, refetch } = useQuery(ReviewRubricDocument, { variables: { subject } });
  if (loading && !data) return <LoadingState label={t("review.loadingRubric")} />;
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
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(ReviewApplicationDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label={t("review.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const application = data?.application;
  if (!application) {
    return (
      <EmptyState title={t("review.notFound")}>
        <Link to={paths.admin.applications}>{t("review.backToQueue")}</Link>
      </EmptyState>
    );
  }
  const applicantName = application.applicant
    ? `${application.applicant.firstName} ${application.applicant.lastName}`
    : t("review.unknownApplicant");
  const decisions = application.reviewDecisions ?? [];

  return (
    <div className="stack-large">
      <title>{t("common:pageTitle", { title: t("review.pageTitle", { name: applicantName }) })}</title>
      <div className="page-heading">
        <div>
          <p className="eyebrow">{KIND_LABEL[application.kind]}</p>
          <h1>
            {t("review.heading", { title: application.certificationType?.name ?? t("review.application"), name: applicantName })}
          </h1>
          {application.slaAgeDays !== null && (
            <p className={isOverdue(application.slaAgeDays) ? "sla-overdue" : "muted"}>
              {t("review.waiting", { days: formatDays(application.slaAgeDays) })}
            </p>
          )}
        </div>
        <ApplicationStatusBadge status={application.status} />
      </div>

      {waitingForSecondReviewer(application) && (
        <Alert tone="info" title={t("review.secondReviewerTitle")}>
          {t("review.secondReviewerText")}
        </Alert>
      )}
      {application.credential && (
        <Alert tone="success" title={t("review.credentialIssued", { number: application.credential.number })}>
          <Link to={paths.verifyCredential(application.credential.number)}>{t("review.verificationPage")}</Link>
        </Alert>
      )}

      <div className="review-layout">
        <div className="review-main">
          <ApplicationOverview application={application} />
          {application.kind === "INDIVIDUAL_CERTIFICATION" && (
            <section className="panel" aria-labelledby="applicant-profile-heading">
              <h2 id="applicant-profile-heading" className="card-title">
                {t("review.profile")}
              </h2>
              <ProfessionalProfileSummary profile={application.applicantProfile} />
            </section>
          )}
          <EvidencePanel applicationId={application.id} editable={false} title={t("review.evidence")} />
          <ApplicationConversation applicationId={application.id} side="staff" />
          <section>
            <h2>{t("review.history")}</h2>
            <ApplicationTimeline events={application.timeline} />
          </section>
          {decisions.length > 0 && (
            <section>
              <h2>{t("review.decisions")}</h2>
              <ul className="note-list">
                {decisions.map((d) => (
                  <li key={d.id} className="note">
                    <p>
                      {d.reviewer ? (
                        <Trans
                          text={t("review.decisionBy", {
                            decision: DECISION_LABEL[d.decision],
                            name: `${d.reviewer.firstName} ${d.reviewer.lastName}`,
                          })}
                          components={[<strong />]}
                        />
                      ) : (
                        <strong>{DECISION_LABEL[d.decision]}</strong>
                      )}
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
            <h2 className="card-title">{t("review.assignment")}</h2>
            <AssignmentPanel application={application} />
          </section>
          <section className="panel">
            <h2 className="card-title">{t("review.rubricScores")}</h2>
            <Rubric application={application} />
          </section>
          <section className="panel panel-private">
            <h2 className="card-title">{t("review.privateNotes")}</h2>
            <ReviewNotes applicationId={application.id} notes={application.notes ?? []} />
          </section>
          <section className="panel">
            <h2 className="card-title">{t("review.decision")}</h2>
            <DecisionForm application={application} />
          </section>
        </div>
      </div>
    </div>
  );
};
