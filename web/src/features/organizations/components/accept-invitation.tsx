import { useMutation } from "@apollo/client/react";
import { OrganizationInvitationAcceptDocument } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Joins an organization with the token from the invitation e-mail. */
export const AcceptInvitation = ({ token }: { token: string }) => {
  const viewer = useViewer();
  const [accept] = useMutation(OrganizationInvitationAcceptDocument, { refetchQueries: ["Organizations"] });
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [joined, setJoined] = useState<string | null>(null);

  if (!token) {
    return (
      <Alert tone="error" title="This invitation link is incomplete">
        <p>Open the link from the invitation e-mail again, or ask the person who invited you to send a new one.</p>
      </Alert>
    );
  }
  if (joined) {
    return (
      <Alert tone="success" title={`You're now a member of ${joined}`}>
        <p>You can see and work on the organization's training programs and applications.</p>
        <p>
          <Link to={paths.app.organization}>Go to your organization</Link>
        </p>
      </Alert>
    );
  }

  const onAccept = async () => {
    setPending(true);
    setErrors([]);
    try {
      const { data } = await accept({ variables: { token } });
      const payload = data?.organizationInvitationAccept;
      if (!payload) throw new Error("empty response");
      if (payload.organization && payload.errors.length === 0) setJoined(payload.organization.name);
      else
        setErrors(
          payload.errors.map((e) =>
            e.code === "TOKEN_INVALID"
              ? `${e.message} Ask the person who invited you to send a new invitation to ${viewer.email}.`
              : e.message,
          ),
        );
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="panel stack">
      <FormErrors messages={errors} />
      <p>
        You've been invited to join a training provider organization on CareCorePlus. You're signed in as{" "}
        <strong className="cell-break">{viewer.email}</strong>; the invitation must have been sent to this address.
      </p>
      <div className="form-actions">
        <Button onClick={() => void onAccept()} pending={pending} pendingLabel="Joining…">
          Accept invitation
        </Button>
        <Link to={paths.app.dashboard}>Not now</Link>
      </div>
    </div>
  );
};
