import type { ProfessionalProfileFieldsFragment } from "@ccp/shared";
import type { TFunction } from "i18next";
import { formatDate } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { formatMonth } from "../utils/format-month";

const span = (t: TFunction, from: string | null, to: string | null): string => {
  const start = formatMonth(from);
  const end = to ? formatMonth(to) : t("professionalProfile.summary.now");
  return start ? t("professionalProfile.summary.span", { start, end }) : to ? t("professionalProfile.summary.until", { month: formatMonth(to) }) : "";
};

const strong = [<strong />];

/** The applicant's professional profile, read-only (for reviewers). */
export const ProfessionalProfileSummary = ({ profile }: { profile: ProfessionalProfileFieldsFragment | null }) => {
  const t = useT("applicant");
  const empty =
    !profile ||
    profile.licenses.length + profile.certifications.length + profile.education.length + profile.experience.length === 0;
  if (empty) return <p className="muted">{t("professionalProfile.summary.empty")}</p>;
  const none = <p className="muted">{t("professionalProfile.summary.none")}</p>;
  return (
    <div className="stack profile-summary">
      {profile.updatedAt && <p className="muted">{t("professionalProfile.summary.updated", { date: formatDate(profile.updatedAt) })}</p>}
      <h3>{t("professionalProfile.sections.licenses.title")}</h3>
      {profile.licenses.length === 0 ? (
        none
      ) : (
        <ul className="bullet-list">
          {profile.licenses.map((l, i) => (
            <li key={`${l.number}-${i}`}>
              <Trans
                text={t(l.expiresOn ? "professionalProfile.summary.licenseExpires" : "professionalProfile.summary.license", {
                  type: l.type,
                  number: l.number,
                  issuer: l.issuer,
                  expires: formatMonth(l.expiresOn),
                })}
                components={strong}
              />
            </li>
          ))}
        </ul>
      )}
      <h3>{t("professionalProfile.sections.certifications.title")}</h3>
      {profile.certifications.length === 0 ? (
        none
      ) : (
        <ul className="bullet-list">
          {profile.certifications.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              <Trans
                text={t(`professionalProfile.summary.certification${c.obtainedOn ? "Obtained" : ""}${c.expiresOn ? "Expires" : ""}`, {
                  name: c.name,
                  issuer: c.issuer,
                  obtained: formatMonth(c.obtainedOn),
                  expires: formatMonth(c.expiresOn),
                })}
                components={strong}
              />
            </li>
          ))}
        </ul>
      )}
      <h3>{t("professionalProfile.sections.education.title")}</h3>
      {profile.education.length === 0 ? (
        none
      ) : (
        <ul className="bullet-list">
          {profile.education.map((e, i) => (
            <li key={`${e.qualification}-${i}`}>
              <Trans
                text={t(e.completedOn ? "professionalProfile.summary.educationCompleted" : "professionalProfile.summary.education", {
                  qualification: e.qualification,
                  institution: e.institution,
                  completed: formatMonth(e.completedOn),
                })}
                components={strong}
              />
            </li>
          ))}
        </ul>
      )}
      <h3>{t("professionalProfile.sections.experience.title")}</h3>
      {profile.experience.length === 0 ? (
        none
      ) : (
        <ul className="bullet-list">
          {profile.experience.map((e, i) => {
            const when = span(t, e.startOn, e.endOn);
            return (
              <li key={`${e.employer}-${i}`}>
                <Trans
                  text={t(when ? "professionalProfile.summary.jobWhen" : "professionalProfile.summary.job", {
                    role: e.role,
                    employer: e.employer,
                    when,
                  })}
                  components={strong}
                />
                {e.description && <p className="pre-line muted">{e.description}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};
