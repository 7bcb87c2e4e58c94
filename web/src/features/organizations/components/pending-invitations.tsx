import { useMutation, useQuery } from "@apollo/client/react";
import { OrganizationInvitationCancelDocument, OrganizationInvitationsDocument, type OrganizationInvitationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { ORG_ROLE_LABEL } from "../utils/organization-labels";

/** Invitations still waiting for an answer (owners): who, which role, until when; withdraw one (organizationInvitationCancel). */
export const PendingInvitations = ({ organizationId }: { organizationId: string }) => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(OrganizationInvitationsDocument, { variables: { organizationId }, fetchPolicy: "cache-and-network" });
  const [cancel] = useMutation(OrganizationInvitationCancelDocument);
  const [cancelling, setCancelling] = useState<OrganizationInvitationFieldsFragment | null>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t("invitations.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const invitations = data?.organizationInvitations ?? [];

  const doCancel = async () => {
    if (!cancelling) return;
    setPending(true);
    setErrors([]);
    setNotice(null);
    try {
      const { data: result } = await cancel({ variables: { id: cancelling.id } });
      const payload = result?.organizationInvitationCancel;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else setNotice(t("invitations.withdrawn", { email: cancelling.email }));
      setCancelling(null);
      // Accepted, expired or cancelled meanwhile: either way the list changed.
      await refetch();
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="stack">
      {notice && <Alert tone="success" title={notice} />}
      <FormErrors messages={errors} />
      {invitations.length === 0 ? (
        <p className="muted">{t("invitations.empty")}</p>
      ) : (
        <ul className="item-list">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="item-card item-card-stack">
              <div className="item-row">
                <div className="item-main">
                  <p className="item-title cell-break">{invitation.email}</p>
                  <p className="item-meta">
                    <span>{ORG_ROLE_LABEL[invitation.role] ?? invitation.role}</span>
                    <span>
                      <Trans text={t("invitations.sent", { date: formatDate(invitation.invitedAt) })} components={[<time dateTime={invitation.invitedAt} />]} />
                    </span>
                    <span>
                      <Trans text={t("invitations.until", { date: formatDate(invitation.expiresAt) })} components={[<time dateTime={invitation.expiresAt} />]} />
                    </span>
                  </p>
                </div>
                {cancelling?.id !== invitation.id && (
                  <Button variant="secondary" className="btn-small" onClick={() => setCancelling(invitation)} aria-label={t("invitations.withdrawLabel", { email: invitation.email })}>
                    {t("invitations.withdraw")}
                  </Button>
                )}
              </div>
              {cancelling?.id === invitation.id && (
                <Confirm
                  title={t("invitations.confirmTitle", { email: invitation.email })}
                  confirmLabel={t("invitations.confirmYes")}
                  pendingLabel={t("invitations.withdrawing")}
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doCancel()}
                  onCancel={() => setCancelling(null)}
                >
                  <p>{t("invitations.confirmText")}</p>
                </Confirm>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
