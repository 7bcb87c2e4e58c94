import type { ProfessionalProfileFieldsFragment } from "@ccp/shared";
import { formatDate } from "@/lib/dates";
import { formatMonth } from "../utils/format-month";

const span = (from: string | null, to: string | null): string => {
  const start = formatMonth(from);
  const end = to ? formatMonth(to) : "now";
  return start ? `${start} – ${end}` : to ? `until ${formatMonth(to)}` : "";
};

/** The applicant's professional profile, read-only (for reviewers). */
export const ProfessionalProfileSummary = ({ profile }: { profile: ProfessionalProfileFieldsFragment | null }) => {
  const empty =
    !profile ||
    profile.licenses.length + profile.certifications.length + profile.education.length + profile.experience.length === 0;
  if (empty) return <p className="muted">The applicant hasn't filled in a professional profile.</p>;
  return (
    <div className="stack profile-summary">
      {profile.updatedAt && <p className="muted">Last updated {formatDate(profile.updatedAt)}</p>}
      <h3>Licenses</h3>
      {profile.licenses.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="bullet-list">
          {profile.licenses.map((l, i) => (
            <li key={`${l.number}-${i}`}>
              <strong>{l.type}</strong> no. {l.number}, {l.issuer}
              {l.expiresOn && ` — expires ${formatMonth(l.expiresOn)}`}
            </li>
          ))}
        </ul>
      )}
      <h3>Certifications held</h3>
      {profile.certifications.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="bullet-list">
          {profile.certifications.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              <strong>{c.name}</strong>, {c.issuer}
              {c.obtainedOn && ` — obtained ${formatMonth(c.obtainedOn)}`}
              {c.expiresOn && `, expires ${formatMonth(c.expiresOn)}`}
            </li>
          ))}
        </ul>
      )}
      <h3>Education</h3>
      {profile.education.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="bullet-list">
          {profile.education.map((e, i) => (
            <li key={`${e.qualification}-${i}`}>
              <strong>{e.qualification}</strong>, {e.institution}
              {e.completedOn && ` — ${formatMonth(e.completedOn)}`}
            </li>
          ))}
        </ul>
      )}
      <h3>Work experience</h3>
      {profile.experience.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="bullet-list">
          {profile.experience.map((e, i) => (
            <li key={`${e.employer}-${i}`}>
              <strong>{e.role}</strong>, {e.employer}
              {span(e.startOn, e.endOn) && ` (${span(e.startOn, e.endOn)})`}
              {e.description && <p className="pre-line muted">{e.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
