import type { ApplicationStatus } from "@ccp/shared";
import { describeEvent } from "@/lib/application-status";
import { formatDateTime } from "@/lib/dates";
import { useT } from "@/lib/i18n";

type TimelineEvent = {
  id: string;
  at: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reason: string | null;
};

/** The status history, oldest first, with the reasons given. */
export const ApplicationTimeline = ({ events }: { events: readonly TimelineEvent[] }) => {
  const t = useT("applicant");
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  if (sorted.length === 0) return <p className="muted">{t("timeline.empty")}</p>;
  return (
    <ol className="timeline">
      {sorted.map((event) => (
        <li key={event.id} className="timeline-item">
          <p className="timeline-what">{describeEvent(event.fromStatus, event.toStatus)}</p>
          <p className="timeline-when">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </p>
          {event.reason && <blockquote className="timeline-reason">{event.reason}</blockquote>}
        </li>
      ))}
    </ol>
  );
};
