import { useMutation, useQuery } from "@apollo/client/react";
import { SupportRequestCloseDocument, SupportRequestDocument, SupportRequestReplyDocument } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { MessageThread } from "@/features/messages/components/message-thread";
import { ReplyForm } from "@/features/messages/components/reply-form";
import { SUPPORT_KIND_LABEL, SUPPORT_STATUS } from "../utils/support-labels";

type SupportThreadProps = { id: string; staff?: boolean };

/** One support request or piece of feedback: the conversation, a reply box and "close". */
export const SupportThread = ({ id, staff = false }: SupportThreadProps) => {
  const { data, loading, error, refetch } = useQuery(SupportRequestDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const [reply] = useMutation(SupportRequestReplyDocument);
  const [close] = useMutation(SupportRequestCloseDocument, { refetchQueries: ["SupportRequests"] });
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  if (loading && !data) return <LoadingState label="Loading the conversation…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const request = data?.supportRequest;
  if (!request) {
    return (
      <EmptyState title="We couldn't find this request">
        <Link to={staff ? paths.admin.support : paths.app.support}>Back to the list</Link>
      </EmptyState>
    );
  }
  const badge = SUPPORT_STATUS[request.status];
  const closed = request.status === "CLOSED";

  const onSend = async (body: string) => {
    const { data: result } = await reply({ variables: { id: request.id, body } });
    const payload = result?.supportRequestReply;
    if (!payload) throw new Error("empty response");
    return payload.errors;
  };

  const doClose = async () => {
    setErrors([]);
    setClosing(true);
    try {
      const { data: result } = await close({ variables: { id: request.id } });
      const payload = result?.supportRequestClose;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      setConfirming(false);
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setClosing(false);
    }
  };

  return (
    <div className="stack-large">
      <div className="page-heading">
        <div>
          <p className="eyebrow">{SUPPORT_KIND_LABEL[request.kind]}</p>
          <h1>{request.subject}</h1>
          <p className="muted">
            {staff && request.requester && (
              <>
                From {request.requester.firstName} {request.requester.lastName} ({request.requester.email}) ·{" "}
              </>
            )}
            Started <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>
          </p>
        </div>
        <StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>
      </div>
      <FormErrors messages={errors} />
      {!staff && request.status === "OPEN" && (
        <Alert tone="info">We've got your message. We'll e-mail you when our team replies.</Alert>
      )}

      <section className="panel conversation" aria-label="Conversation">
        <MessageThread
          messages={request.messages}
          staffRole="CareCorePlus support"
          label="Conversation"
          emptyText="No messages yet."
        />
        {closed ? (
          <Alert tone="info" title="This conversation is closed">
            {!staff && (
              <p>
                Need more help? <Link to={paths.app.support}>Ask a new question</Link>.
              </p>
            )}
          </Alert>
        ) : (
          <ReplyForm
            label={staff ? "Reply to the person" : "Add a reply"}
            hint={staff ? "Your reply is e-mailed to them." : undefined}
            submitLabel="Send reply"
            sentNotice="Reply sent."
            onSend={onSend}
          />
        )}
      </section>

      {!closed && !confirming && (
        <div>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Close this request
          </Button>
        </div>
      )}
      {confirming && (
        <Confirm
          title="Close this request?"
          confirmLabel="Yes, close it"
          pendingLabel="Closing…"
          pending={closing}
          onConfirm={() => void doClose()}
          onCancel={() => setConfirming(false)}
        >
          <p>{staff ? "Close it when nothing more is needed." : "Close it when your question is answered. You can always ask a new one."}</p>
        </Confirm>
      )}
    </div>
  );
};
