import type { DeliveryMode, ReviewApplicationFieldsFragment } from "@ccp/shared";
import { KIND_LABEL } from "@/lib/application-status";
import { formatDate } from "@/lib/dates";
import { translatedLabels, useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { formatMoney } from "@/lib/money";

const DELIVERY = translatedLabels<DeliveryMode>("staff", "review.overview.delivery", ["IN_PERSON", "ONLINE", "BLENDED"]);

/** Everything the applicant sent, for the reviewer to read. */
export const ApplicationOverview = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
  const t = useT("staff");
  const hours = (count: number) => t("review.overview.hours", { count });
  const { applicant, program, certificationType: type } = application;
  return (
    <div className="stack-large">
      <dl className="readonly-list">
        <div>
          <dt>{t("review.overview.applicant")}</dt>
          <dd>
            {applicant ? `${applicant.firstName} ${applicant.lastName}` : "—"}
            {applicant && <span className="cell-sub">{applicant.email}</span>}
          </dd>
        </div>
        <div>
          <dt>{t("review.overview.kind")}</dt>
          <dd>{KIND_LABEL[application.kind]}</dd>
        </div>
        {application.organization && (
          <div>
            <dt>{t("review.overview.trainingProvider")}</dt>
            <dd>{application.organization.name}</dd>
          </div>
        )}
        <div>
          <dt>{t("review.overview.submitted")}</dt>
          <dd>{formatDate(application.submittedAt)}</dd>
        </div>
      </dl>

      {type && (
        <section className="panel">
          <h2 className="card-title">
            <Trans
              text={t("review.overview.certification", { name: type.name, code: type.code })}
              components={[<span className="muted" />]}
            />
          </h2>
          {type.description && <p>{type.description}</p>}
          <p className="muted">
            {t("review.overview.feeValidity", { fee: formatMoney(type.feeCents, type.currency), count: type.validityMonths })}
          </p>
        </section>
      )}

      <section>
        <h2>{t("review.overview.statement")}</h2>
        {application.statement ? (
          <p className="pre-line statement">{application.statement}</p>
        ) : (
          <p className="muted">{t("review.overview.noStatement")}</p>
        )}
      </section>

      <section>
        <h2>{application.kind === "PROGRAM_ACCREDITATION"
            ? t("review.overview.programToAccredit")
            : t("review.overview.programCompleted")}</h2>
        {!program ? (
          <p className="muted">{t("review.overview.noProgram")}</p>
        ) : (
          <div className="stack">
            <p>
              <strong>{program.title}</strong>
              <span className="cell-sub">
                {[program.organization?.name, DELIVERY[program.deliveryMode], hours(program.totalHours)]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </p>
            {program.description && <p className="pre-line">{program.description}</p>}
            <h3>{t("review.overview.curriculum")}</h3>
            {program.modules.length === 0 ? (
              <p className="muted">{t("review.overview.noModules")}</p>
            ) : (
              <ol className="module-list">
                {program.modules.map((module, index) => (
                  <li key={`${module.title}-${index}`} className="panel">
                    <div className="repeat-header">
                      <h4 className="repeat-title">{module.title}</h4>
                      <span className="badge">{hours(module.hours)}</span>
                    </div>
                    {module.competencies.length > 0 && (
                      <ul className="bullet-list">
                        {module.competencies.map((c) => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <h3>{t("review.overview.instructors")}</h3>
            {program.instructors.length === 0 ? (
              <p className="muted">{t("review.overview.noInstructors")}</p>
            ) : (
              <ul className="card-grid">
                {program.instructors.map((instructor, index) => (
                  <li key={`${instructor.fullName}-${index}`} className="card">
                    <h4 className="card-title">{instructor.fullName}</h4>
                    <p className="pre-line">{instructor.qualifications}</p>
                    {instructor.yearsOfExperience !== null && (
                      <p className="muted">{t("review.overview.experience", { count: instructor.yearsOfExperience })}</p>
                    )}
                    {instructor.licenses.length > 0 && (
                      <p className="muted">{t("review.overview.licences", { list: instructor.licenses.join(", ") })}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </div>
  );
};
