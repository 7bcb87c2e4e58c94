import { useMutation, useQuery } from "@apollo/client/react";
import { SupportRequestCloseDocument, SupportRequestDocument, SupportRequestReplyDocument } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(SupportRequestDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const [reply] = useMutation(SupportRequestReplyDocument);
  const [close] = useMutation(SupportRequestCloseDocument, { refetchQueries: ["SupportRequests"] });
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  if (loading && !data) return <LoadingState label={t("support.thread.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const request = data?.supportRequest;
  if (!request) {
    return (
      <EmptyState title={t("support.thread.notFound")}>
        <Link to={staff ? paths.admin.support : paths.app.support}>{t("support.thread.backToList")}</Link>
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
            <Trans
              text={
                staff && request.requester
                  ? t("support.thread.startedBy", {
                      name: `${request.requester.firstName} ${request.requester.lastName}`,
                      email: request.requester.email,
                      date: formatDateTime(request.createdAt),
                    })
                  : t("support.thread.started", { date: formatDateTime(request.createdAt) })
              }
              components={[<time dateTime={request.createdAt} />]}
            />
          </p>
        </div>
        <StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>
      </div>
      <FormErrors messages={errors} />
      {!staff && request.status === "OPEN" && (
        <Alert tone="info">{t("support.thread.received")}</Alert>
      )}

      <section className="panel conversation" aria-label={t("support.thread.conversation")}>
        <MessageThread
          messages={request.messages}
          staffRole={t("support.thread.staffRole")}
          label={t("support.thread.conversation")}
          emptyText={t("support.thread.noMessages")}
        />
        {closed ? (
          <Alert tone="info" title={t("support.thread.closed")}>
            {!staff && (
              <p>
                <Trans text={t("support.thread.moreHelp")} components={[<Link to={paths.app.support} />]} />
              </p>
            )}
          </Alert>
        ) : (
          <ReplyForm
            label={staff ? t("support.thread.replyStaff") : t("support.thread.reply")}
            hint={staff ? t("support.thread.replyStaffHint") : undefined}
            submitLabel={t("support.thread.sendReply")}
            sentNotice={t("support.thread.replySent")}
            onSend={onSend}
          />
        )}
      </section>

      {!closed && !confirming && (
        <div>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t("support.thread.close")}
          </Button>
        </div>
      )}
      {confirming && (
        <Confirm
          title={t("support.thread.confirmTitle")}
          confirmLabel={t("support.thread.confirmYes")}
          pendingLabel={t("support.thread.closing")}
          pending={closing}
          onConfirm={() => void doClose()}
          onCancel={() => setConfirming(false)}
        >
          <p>{staff ? t("support.thread.confirmStaff") : t("support.thread.confirmText")}</p>
        </Confirm>
      )}
    </div>
  );
};
