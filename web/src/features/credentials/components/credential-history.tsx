import type { CredentialDetailFieldsFragment } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { useT } from "@/lib/i18n";

type HistoryEvent = CredentialDetailFieldsFragment["history"][number];

// Each kind of event is named by `credentialHistory.kind.<KIND>`.

/** The credential's history (POL-RIGHT-HISTORY): what happened to it and when, oldest first. */
export const CredentialHistory = ({ history }: { history: readonly HistoryEvent[] }) => {
  const t = useT("applicant");
  if (history.length === 0) return <p className="muted">{t("credentialHistory.empty")}</p>;
  return (
    <ol className="timeline">
      {history.map((event, i) => (
        <li key={`${event.at}-${i}`} className="timeline-item">
          <p className="timeline-what">{t(`credentialHistory.kind.${event.kind}`)}</p>
          <p>
            {event.description}
            {event.relatedCredentialId && (
              <>
                {" "}
                <Link to={paths.app.credential(event.relatedCredentialId)}>
                  {event.kind === "RENEWED" ? t("credentialHistory.seeNew") : t("credentialHistory.seeEarlier")}
                </Link>
              </>
            )}
          </p>
          <p className="timeline-when">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
};
