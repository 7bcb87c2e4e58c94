import { useMutation } from "@apollo/client/react";
import { ApplicationWithdrawDocument, type ApplicationDetailFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { KIND_LABEL, canWithdraw, isEditable } from "@/lib/application-status";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { ApplicationTimeline } from "@/components/application/application-timeline";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { TextAreaField } from "@/components/ui/text-area-field";
import { EvidencePanel } from "@/features/evidence/components/evidence-panel";
import { ApplicationConversation } from "@/features/messages/components/application-conversation";
import { FeePanel } from "@/features/payments/components/fee-panel";
import { CompletenessChecklist } from "./completeness-checklist";

const WHAT_NEXT: Partial<Record<ApplicationDetailFieldsFragment["status"], string>> = {
  DRAFT: "This application is a draft. Finish it and submit it for review when you're ready.",
  SUBMITTED: "Your application is waiting for a reviewer. We'll let you know when there's news.",
  UNDER_REVIEW: "A reviewer is looking at your application. We'll let you know when there's a decision.",
};

export const ApplicationDetail = ({ application }: { application: ApplicationDetailFieldsFragment }) => {
  const [withdraw] = useMutation(ApplicationWithdrawDocument);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [withdrawing, setWithdrawing] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const { status } = application;
  const type = application.certificationType;

  const doWithdraw = async () => {
    setErrors([]);
    setWithdrawing(true);
    try {
      const { data } = await withdraw({ variables: { id: application.id, reason: reason.trim() || undefined } });
      const payload = data?.applicationWithdraw;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else setConfirming(false);
    } catch (error) {
      setErrors([describeError(error)]);
    } finally {
      setWithdrawing(false);
    }
  };

  return (
    <div className="stack-large">
      <div className="page-heading">
        <div>
          <p className="eyebrow">{KIND_LABEL[application.kind]}</p>
          <h1>{type?.name ?? "Application"}</h1>
        </div>
        <ApplicationStatusBadge status={status} />
      </div>

      <FormErrors messages={errors} />

      {status === "APPROVED" && application.credential && (
        <Alert tone="success" title="Approved — your credential has been issued">
          <p>
            Credential number{" "}
            <Link to={paths.verifyCredential(application.credential.number)} className="credential-number">
              {application.credential.number}
            </Link>
          </p>
          <p>
            Valid from {formatDate(application.credential.validFrom)} to {formatDate(application.credential.validUntil)}.
            Anyone can check it with this number on the verification page.
          </p>
          <p>
            <Link to={paths.app.credential(application.credential.id)}>
              See your credential, download the certificate and share it
            </Link>
          </p>
        </Alert>
      )}
      {status === "CHANGES_REQUESTED" && (
        <Alert tone="warning" title="The reviewer asked for changes">
          {application.decisionReason && <p className="pre-line">{application.decisionReason}</p>}
          <p>Make the changes, then submit the application again.</p>
        </Alert>
      )}
      {status === "REJECTED" && (
        <Alert tone="error" title="This application was not approved">
          {application.decisionReason && <p className="pre-line">{application.decisionReason}</p>}
        </Alert>
      )}
      {status === "APPROVED" && application.decisionReason && (
        <div className="panel">
          <h2 className="card-title">Reviewer's comment</h2>
          <p className="pre-line">{application.decisionReason}</p>
        </div>
      )}
      {WHAT_NEXT[status] && <Alert tone="info">{WHAT_NEXT[status]}</Alert>}

      <div className="action-bar">
        {isEditable(status) && (
          <Link to={paths.app.applicationEdit(application.id)} className="btn btn-primary">
            {status === "CHANGES_REQUESTED" ? "Make changes and resubmit" : "Continue application"}
          </Link>
        )}
        {canWithdraw(status) && !confirming && (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Withdraw application
          </Button>
        )}
      </div>
      {confirming && (
        <Confirm
          title="Withdraw this application?"
          confirmLabel="Yes, withdraw it"
          pendingLabel="Withdrawing…"
          pending={withdrawing}
          tone="danger"
          onConfirm={() => void doWithdraw()}
          onCancel={() => setConfirming(false)}
        >
          <p>The review stops and the application can't be reopened. You can start a new one later.</p>
          <TextAreaField
            label="Reason"
            optional
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Confirm>
      )}

      <dl className="readonly-list">
        <div>
          <dt>{application.kind === "PROGRAM_ACCREDITATION" ? "Program" : "Program you completed"}</dt>
          <dd>
            {application.program ? (
              application.kind === "PROGRAM_ACCREDITATION" ? (
                <Link to={paths.app.program(application.program.id)}>{application.program.title}</Link>
              ) : (
                application.program.title
              )
            ) : (
              "Not chosen yet"
            )}
          </dd>
        </div>
        {application.organization && (
          <div>
            <dt>Training provider</dt>
            <dd>{application.organization.name}</dd>
          </div>
        )}
        {type && (
          <div>
            <dt>Fee</dt>
            <dd>{formatMoney(type.feeCents, type.currency)}</dd>
          </div>
        )}
        <div>
          <dt>Started</dt>
          <dd>{formatDate(application.createdAt)}</dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>{application.submittedAt ? formatDate(application.submittedAt) : "Not yet"}</dd>
        </div>
      </dl>

      {isEditable(status) && application.checklist.length > 0 && <CompletenessChecklist items={application.checklist} />}

      <section>
        <h2>Your statement</h2>
        {application.statement ? (
          <p className="pre-line statement">{application.statement}</p>
        ) : (
          <p className="muted">No statement yet.</p>
        )}
      </section>

      <FeePanel applicationId={application.id} />

      <EvidencePanel applicationId={application.id} editable={isEditable(status)} />

      <ApplicationConversation applicationId={application.id} side="applicant" />

      <section>
        <h2>History</h2>
        <ApplicationTimeline events={application.timeline} />
      </section>
    </div>
  );
};
