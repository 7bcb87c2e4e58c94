import type { MessageFieldsFragment } from "@ccp/shared";
import { formatDateTime } from "@/lib/dates";
import { useViewer } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { authorLabel } from "../utils/author-label";

type MessageThreadProps = {
  messages: readonly MessageFieldsFragment[];
  /** How staff authors are marked, e.g. "CareCorePlus reviewer". */
  staffRole: string;
  emptyText: string;
  label: string;
};

/** A conversation, oldest message first. */
export const MessageThread = ({ messages, staffRole, emptyText, label }: MessageThreadProps) => {
  const t = useT("applicant");
  const viewer = useViewer();
  const words = { you: t("conversation.you"), formerMember: t("conversation.formerMember") };
  if (messages.length === 0) return <p className="muted thread-empty">{emptyText}</p>;
  return (
    <ol className="thread" aria-label={label}>
      {messages.map((message) => {
        const author = authorLabel(message, viewer.id, staffRole, words);
        return (
          <li
            key={message.id}
            className={["message", message.fromStaff ? "message-staff" : "message-member", author.own ? "message-own" : ""]
              .filter(Boolean)
              .join(" ")}
          >
            <p className="message-meta">
              <span className="message-author">{author.name}</span>
              {author.role && <span className="badge badge-info message-role">{author.role}</span>}
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </p>
            <p className="message-body pre-line">{message.body}</p>
          </li>
        );
      })}
    </ol>
  );
};
