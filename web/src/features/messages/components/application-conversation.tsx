import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationMessageSendDocument, ApplicationMessagesDocument } from "@ccp/shared";
import { useId } from "react";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
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
  const t = useT("applicant");
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
        {t("conversation.title")}
      </h2>
      <p className="muted">
        {side === "applicant" ? t("conversation.intro") : t("conversation.staffIntro")}
      </p>
      {loading && !data && <LoadingState label={t("conversation.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data?.application && (
        <MessageThread
          messages={data.application.messages}
          staffRole={t("conversation.reviewerRole")}
          label={t("conversation.threadLabel")}
          emptyText={side === "applicant" ? t("conversation.empty") : t("conversation.staffEmpty")}
        />
      )}
      {data?.application && (
        <ReplyForm
          label={side === "applicant" ? t("conversation.write") : t("conversation.staffWrite")}
          submitLabel={t("conversation.send")}
          onSend={onSend}
        />
      )}
    </section>
  );
};
