import type { ReviewApplicationFieldsFragment } from "@ccp/shared";
import { KIND_LABEL } from "@/lib/application-status";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";

const DELIVERY: Record<string, string> = { IN_PERSON: "In person", ONLINE: "Online", BLENDED: "Blended" };
const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

/** Everything the applicant sent, for the reviewer to read. */
export const ApplicationOverview = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
  const { applicant, program, certificationType: type } = application;
  return (
    <div className="stack-large">
      <dl className="readonly-list">
        <div>
          <dt>Applicant</dt>
          <dd>
            {applicant ? `${applicant.firstName} ${applicant.lastName}` : "—"}
            {applicant && <span className="cell-sub">{applicant.email}</span>}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABEL[application.kind]}</dd>
        </div>
        {application.organization && (
          <div>
            <dt>Training provider</dt>
            <dd>{application.organization.name}</dd>
          </div>
        )}
        <div>
          <dt>Submitted</dt>
          <dd>{formatDate(application.submittedAt)}</dd>
        </div>
      </dl>

      {type && (
        <section className="panel">
          <h2 className="card-title">
            Certification: {type.name} <span className="muted">({type.code})</span>
          </h2>
          {type.description && <p>{type.description}</p>}
          <p className="muted">
            Fee {formatMoney(type.feeCents, type.currency)} · Valid for {type.validityMonths} months
          </p>
        </section>
      )}

      <section>
        <h2>Statement</h2>
        {application.statement ? (
          <p className="pre-line statement">{application.statement}</p>
        ) : (
          <p className="muted">No statement.</p>
        )}
      </section>

      <section>
        <h2>{application.kind === "PROGRAM_ACCREDITATION" ? "Program to accredit" : "Program completed"}</h2>
        {!program ? (
          <p className="muted">No program chosen.</p>
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
            <h3>Curriculum</h3>
            {program.modules.length === 0 ? (
              <p className="muted">No modules.</p>
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
            <h3>Instructors</h3>
            {program.instructors.length === 0 ? (
              <p className="muted">No instructors.</p>
            ) : (
              <ul className="card-grid">
                {program.instructors.map((instructor, index) => (
                  <li key={`${instructor.fullName}-${index}`} className="card">
                    <h4 className="card-title">{instructor.fullName}</h4>
                    <p className="pre-line">{instructor.qualifications}</p>
                    {instructor.yearsOfExperience !== null && (
                      <p className="muted">{instructor.yearsOfExperience} years of experience</p>
                    )}
                    {instructor.licenses.length > 0 && (
                      <p className="muted">Licences: {instructor.licenses.join(", ")}</p>
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
