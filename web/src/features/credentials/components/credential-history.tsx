import type { CredentialDetailFieldsFragment } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";

type HistoryEvent = CredentialDetailFieldsFragment["history"][number];

const TITLES: Record<HistoryEvent["kind"], string> = {
  ISSUED: "Issued",
  RENEWED: "Renewed",
  SUSPENDED: "Suspended",
  REINSTATED: "Reinstated",
  REVOKED: "Revoked",
  EXPIRED: "Expired",
};

/** The credential's history (POL-RIGHT-HISTORY): what happened to it and when, oldest first. */
export const CredentialHistory = ({ history }: { history: readonly HistoryEvent[] }) => {
  if (history.length === 0) return <p className="muted">Nothing has been recorded for this credential yet.</p>;
  return (
    <ol className="timeline">
      {history.map((event, i) => (
        <li key={`${event.at}-${i}`} className="timeline-item">
          <p className="timeline-what">{TITLES[event.kind]}</p>
          <p>
            {event.description}
            {event.relatedCredentialId && (
              <>
                {" "}
                <Link to={paths.app.credential(event.relatedCredentialId)}>
                  {event.kind === "RENEWED" ? "See the new credential" : "See the earlier credential"}
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
