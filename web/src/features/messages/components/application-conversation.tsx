import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationMessageSendDocument, ApplicationMessagesDocument } from "@ccp/shared";
import { useId } from "react";
import { describeError } from "@/lib/errors";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { MessageThread } from "./message-thread";
import { ReplyForm } from "./reply-form";

type ApplicationConversationProps = {
  applicationId: string;
  /** Whose screen this is: the applicant's application page or the staff review screen. */
  side: "applicant" | "staff";
};

/** Messages between the applicant and CareCorePlus reviewers about one application. */
export const ApplicationConversation = ({ applicationId, side }: ApplicationConversationProps) => {
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ApplicationMessagesDocument, {
    variables: { id: applicationId },
    fetchPolicy: "cache-and-network",
  });
  const [send] = useMutation(ApplicationMessageSendDocument);

  const onSend = async (body: string) => {
    const { data: result } = await send({ variables: { id: applicationId, body } });
    const payload = result?.applicationMessageSend;
    if (!payload) throw new Error("empty response");
    if (payload.errors.length === 0) await refetch();
    return payload.errors;
  };

  return (
    <section className="panel conversation" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Messages
      </h2>
      <p className="muted">
        {side === "applicant"
          ? "Questions about your application? Write to the reviewers here. We'll notify you when they reply."
          : "Visible to the applicant, who is notified of each message. Use private notes for anything the applicant must not see."}
      </p>
      {loading && !data && <LoadingState label="Loading messages…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data?.application && (
        <MessageThread
          messages={data.application.messages}
          staffRole="CareCorePlus reviewer"
          label="Messages about this application"
          emptyText={side === "applicant" ? "No messages yet." : "No messages with the applicant yet."}
        />
      )}
      {data?.application && (
        <ReplyForm
          label={side === "applicant" ? "Write to the reviewers" : "Write to the applicant"}
          submitLabel="Send message"
          onSend={onSend}
        />
      )}
    </section>
  );
};
