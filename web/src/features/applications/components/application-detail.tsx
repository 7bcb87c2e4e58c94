import { useMutation } from "@apollo/client/react";
import { ApplicationWithdrawDocument, type ApplicationDetailFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { KIND_LABEL, canWithdraw, isEditable } from "@/lib/application-status";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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

/** The statuses with a "what happens next" note (`applicationDetail.next.<STATUS>`). */
const WHAT_NEXT: ReadonlySet<ApplicationDetailFieldsFragment["status"]> = new Set(["DRAFT", "SUBMITTED", "UNDER_REVIEW"]);

export const ApplicationDetail = ({ application }: { application: ApplicationDetailFieldsFragment }) => {
  const t = useT("applicant");
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
          <h1>{type?.name ?? t("applicationDetail.application")}</h1>
        </div>
        <ApplicationStatusBadge status={status} />
      </div>

      <FormErrors messages={errors} />

      {status === "APPROVED" && application.credential && (
        <Alert tone="success" title={t("applicationDetail.approvedTitle")}>
          <p>
            <Trans
              text={t("applicationDetail.credentialNumber", { number: application.credential.number })}
              components={[<Link to={paths.verifyCredential(application.credential.number)} className="credential-number" />]}
            />
          </p>
          <p>
            {t("applicationDetail.validRange", {
              from: formatDate(application.credential.validFrom),
              until: formatDate(application.credential.validUntil),
            })}
          </p>
          <p>
            <Link to={paths.app.credential(application.credential.id)}>
              {t("applicationDetail.seeCredential")}
            </Link>
          </p>
        </Alert>
      )}
      {status === "CHANGES_REQUESTED" && (
        <Alert tone="warning" title={t("applicationDetail.changesTitle")}>
          {application.decisionReason && <p className="pre-line">{application.decisionReason}</p>}
          <p>{t("applicationDetail.changesText")}</p>
        </Alert>
      )}
      {status === "REJECTED" && (
        <Alert tone="error" title={t("applicationDetail.rejectedTitle")}>
          {application.decisionReason && <p className="pre-line">{application.decisionReason}</p>}
        </Alert>
      )}
      {status === "APPROVED" && application.decisionReason && (
        <div className="panel">
          <h2 className="card-title">{t("applicationDetail.comment")}</h2>
          <p className="pre-line">{application.decisionReason}</p>
        </div>
      )}
      {WHAT_NEXT.has(status) && <Alert tone="info">{t(`applicationDetail.next.${status}`)}</Alert>}

      <div className="action-bar">
        {isEditable(status) && (
          <Link to={paths.app.applicationEdit(application.id)} className="btn btn-primary">
            {status === "CHANGES_REQUESTED" ? t("applicationDetail.resubmit") : t("applicationDetail.continue")}
          </Link>
        )}
        {canWithdraw(status) && !confirming && (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t("applicationDetail.withdraw")}
          </Button>
        )}
      </div>
      {confirming && (
        <Confirm
          title={t("applicationDetail.withdrawTitle")}
          confirmLabel={t("applicationDetail.withdrawConfirm")}
          pendingLabel={t("applicationDetail.withdrawing")}
          pending={withdrawing}
          tone="danger"
          onConfirm={() => void doWithdraw()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("applicationDetail.withdrawText")}</p>
          <TextAreaField
            label={t("applicationDetail.reason")}
            optional
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Confirm>
      )}

      <dl className="readonly-list">
        <div>
          <dt>{application.kind === "PROGRAM_ACCREDITATION" ? t("applicationDetail.program") : t("applicationDetail.programCompleted")}</dt>
          <dd>
            {application.program ? (
              application.kind === "PROGRAM_ACCREDITATION" ? (
                <Link to={paths.app.program(application.program.id)}>{application.program.title}</Link>
              ) : (
                application.program.title
              )
            ) : (
              t("applicationDetail.notChosen")
            )}
          </dd>
        </div>
        {application.organization && (
          <div>
            <dt>{t("applicationDetail.provider")}</dt>
            <dd>{application.organization.name}</dd>
          </div>
        )}
        {type && (
          <div>
            <dt>{t("applicationDetail.fee")}</dt>
            <dd>{formatMoney(type.feeCents, type.currency)}</dd>
          </div>
        )}
        <div>
          <dt>{t("applicationDetail.started")}</dt>
          <dd>{formatDate(application.createdAt)}</dd>
        </div>
        <div>
          <dt>{t("applicationDetail.submitted")}</dt>
          <dd>{application.submittedAt ? formatDate(application.submittedAt) : t("applicationDetail.notYet")}</dd>
        </div>
      </dl>

      {isEditable(status) && application.checklist.length > 0 && <CompletenessChecklist items={application.checklist} />}

      <section>
        <h2>{t("applicationDetail.statement")}</h2>
        {application.statement ? (
          <p className="pre-line statement">{application.statement}</p>
        ) : (
          <p className="muted">{t("applicationDetail.noStatement")}</p>
        )}
      </section>

      <FeePanel applicationId={application.id} />

      <EvidencePanel applicationId={application.id} editable={isEditable(status)} />

      <ApplicationConversation applicationId={application.id} side="applicant" />

      <section>
        <h2>{t("applicationDetail.history")}</h2>
        <ApplicationTimeline events={application.timeline} />
      </section>
    </div>
  );
};
