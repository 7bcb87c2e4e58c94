import { useMutation, useQuery } from "@apollo/client/react";
import { OrganizationInvitationCancelDocument, OrganizationInvitationsDocument, type OrganizationInvitationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { ORG_ROLE_LABEL } from "../utils/organization-labels";

/** Invitations still waiting for an answer (owners): who, which role, until when; withdraw one (organizationInvitationCancel). */
export const PendingInvitations = ({ organizationId }: { organizationId: string }) => {
  const { data, loading, error, refetch } = useQuery(OrganizationInvitationsDocument, { variables: { organizationId }, fetchPolicy: "cache-and-network" });
  const [cancel] = useMutation(OrganizationInvitationCancelDocument);
  const [cancelling, setCancelling] = useState<OrganizationInvitationFieldsFragment | null>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label="Loading invitations…" />;
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
      else setNotice(`The invitation to ${cancelling.email} was withdrawn. Its link no longer works.`);
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
        <p className="muted">No invitations are waiting for an answer.</p>
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
                      Sent <time dateTime={invitation.invitedAt}>{formatDate(invitation.invitedAt)}</time>
                    </span>
                    <span>
                      Link works until <time dateTime={invitation.expiresAt}>{formatDate(invitation.expiresAt)}</time>
                    </span>
                  </p>
                </div>
                {cancelling?.id !== invitation.id && (
                  <Button variant="secondary" className="btn-small" onClick={() => setCancelling(invitation)} aria-label={`Withdraw the invitation to ${invitation.email}`}>
                    Withdraw
                  </Button>
                )}
              </div>
              {cancelling?.id === invitation.id && (
                <Confirm
                  title={`Withdraw the invitation to ${invitation.email}?`}
                  confirmLabel="Yes, withdraw it"
                  pendingLabel="Withdrawing…"
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doCancel()}
                  onCancel={() => setCancelling(null)}
                >
                  <p>The link we e-mailed stops working at once. You can invite them again later.</p>
                </Confirm>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
