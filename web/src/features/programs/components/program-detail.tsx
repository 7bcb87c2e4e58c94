import { useMutation, useQuery } from "@apollo/client/react";
import {
  MyApplicationsDocument,
  ProgramApplyForAccreditationDocument,
  ProgramArchiveDocument,
  type ProgramDetailFieldsFragment,
} from "@ccp/shared";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { STATUS_LABEL } from "@/lib/application-status";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { StatusBadge } from "@/components/ui/status-badge";
import { DELIVERY_MODE_LABEL, PROGRAM_STATUS_LABEL, formatHours } from "../utils/program-labels";

const OPEN = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED"] as const;

export const ProgramDetail = ({ program }: { program: ProgramDetailFieldsFragment }) => {
  const t = useT("applicant");
  const navigate = useNavigate();
  const [apply] = useMutation(ProgramApplyForAccreditationDocument);
  const [archive] = useMutation(ProgramArchiveDocument);
  const [applying, setApplying] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const applications = useQuery(MyApplicationsDocument, {
    variables: { first: 5, filter: { programId: program.id, kind: "PROGRAM_ACCREDITATION" } },
    fetchPolicy: "cache-and-network",
  });
  const existing = applications.data?.applications.edges
    .map((edge) => edge.node)
    .find((application) => (OPEN as readonly string[]).includes(application.status));
  const archived = program.status === "ARCHIVED";

  const startApplication = async () => {
    setErrors([]);
    setApplying(true);
    try {
      const { data } = await apply({
        variables: { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id } },
      });
      const payload = data?.applicationCreate;
      if (!payload) throw new Error("empty response");
      if (payload.application && payload.errors.length === 0) {
        void navigate(paths.app.application(payload.application.id), { state: { started: true } });
        return;
      }
      setErrors(payload.errors.map((e) => e.message));
    } catch (error) {
      setErrors([describeError(error)]);
    } finally {
      setApplying(false);
    }
  };

  const archiveProgram = async () => {
    setErrors([]);
    setArchiving(true);
    try {
      const { data } = await archive({ variables: { id: program.id } });
      const payload = data?.programArchive;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      setConfirmArchive(false);
    } catch (error) {
      setErrors([describeError(error)]);
    } finally {
      setArchiving(false);
    }
  };

  return (
    <div className="stack-large">
      <div className="page-heading">
        <div>
          <p className="eyebrow">{t("programDetail.eyebrow")}</p>
          <h1>{program.title}</h1>
        </div>
        <StatusBadge tone={archived ? "neutral" : "success"}>{PROGRAM_STATUS_LABEL[program.status]}</StatusBadge>
      </div>

      <FormErrors messages={errors} />

      {!archived && (
        <div className="action-bar">
          {existing ? (
            <Link to={paths.app.application(existing.id)} className="btn btn-primary">
              {t("programDetail.openApplication", { status: STATUS_LABEL[existing.status].toLowerCase() })}
            </Link>
          ) : (
            <Button onClick={() => void startApplication()} pending={applying} pendingLabel={t("programDetail.applying")}>
              {t("programDetail.apply")}
            </Button>
          )}
          <Link to={paths.app.programEdit(program.id)} className="btn btn-secondary">
            {t("programDetail.edit")}
          </Link>
          {!confirmArchive && (
            <Button variant="link" onClick={() => setConfirmArchive(true)}>
              {t("programDetail.archive")}
            </Button>
          )}
        </div>
      )}
      {archived && (
        <Alert tone="info" title={t("programDetail.archivedTitle")}>
          {t("programDetail.archivedText")}
        </Alert>
      )}
      {confirmArchive && (
        <Confirm
          title={t("programDetail.confirmTitle")}
          confirmLabel={t("programDetail.confirmYes")}
          pendingLabel={t("programDetail.archiving")}
          pending={archiving}
          tone="danger"
          onConfirm={() => void archiveProgram()}
          onCancel={() => setConfirmArchive(false)}
        >
          <p>{t("programDetail.confirmText")}</p>
        </Confirm>
      )}

      <dl className="readonly-list">
        <div>
          <dt>{t("programDetail.provider")}</dt>
          <dd>{program.organization?.name ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("programDetail.delivery")}</dt>
          <dd>{DELIVERY_MODE_LABEL[program.deliveryMode]}</dd>
        </div>
        <div>
          <dt>{t("programDetail.totalHours")}</dt>
          <dd>{formatHours(program.totalHours)}</dd>
        </div>
        <div>
          <dt>{t("programDetail.lastUpdated")}</dt>
          <dd>{formatDate(program.updatedAt)}</dd>
        </div>
      </dl>

      {program.description && (
        <section>
          <h2>{t("programDetail.description")}</h2>
          <p className="pre-line">{program.description}</p>
        </section>
      )}

      <section>
        <h2>{t("programDetail.curriculum")}</h2>
        {program.modules.length === 0 ? (
          <p className="muted">{t("programDetail.noModules")}</p>
        ) : (
          <ol className="module-list">
            {program.modules.map((module, index) => (
              <li key={`${module.title}-${index}`} className="panel">
                <div className="repeat-header">
                  <h3 className="repeat-title">{module.title}</h3>
                  <span className="badge">{formatHours(module.hours)}</span>
                </div>
                {module.competencies.length > 0 ? (
                  <ul className="bullet-list">
                    {module.competencies.map((competency) => (
                      <li key={competency}>{competency}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t("programDetail.noCompetencies")}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section>
        <h2>{t("programDetail.instructors")}</h2>
        {program.instructors.length === 0 ? (
          <p className="muted">{t("programDetail.noInstructors")}</p>
        ) : (
          <ul className="card-grid">
            {program.instructors.map((instructor, index) => (
              <li key={`${instructor.fullName}-${index}`} className="card">
                <h3 className="card-title">{instructor.fullName}</h3>
                <p className="pre-line">{instructor.qualifications}</p>
                {instructor.yearsOfExperience !== null && (
                  <p className="muted">{t("programDetail.experience", { count: instructor.yearsOfExperience })}</p>
                )}
                {instructor.licenses.length > 0 && <p className="muted">{t("programDetail.licenses", { list: instructor.licenses.join(", ") })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};
