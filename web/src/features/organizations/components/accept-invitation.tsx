import { useMutation } from "@apollo/client/react";
import { OrganizationInvitationAcceptDocument } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Joins an organization with the token from the invitation e-mail. */
export const AcceptInvitation = ({ token }: { token: string }) => {
  const t = useT("applicant");
  const viewer = useViewer();
  const [accept] = useMutation(OrganizationInvitationAcceptDocument, { refetchQueries: ["Organizations"] });
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [joined, setJoined] = useState<string | null>(null);

  if (!token) {
    return (
      <Alert tone="error" title={t("invite.accept.incomplete")}>
        <p>{t("invite.accept.incompleteText")}</p>
      </Alert>
    );
  }
  if (joined) {
    return (
      <Alert tone="success" title={t("invite.accept.joined", { name: joined })}>
        <p>{t("invite.accept.joinedText")}</p>
        <p>
          <Link to={paths.app.organization}>{t("invite.accept.goTo")}</Link>
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
              ? `${e.message} ${t("invite.accept.tokenInvalid", { email: viewer.email })}`
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
        <Trans text={t("invite.accept.text", { email: viewer.email })} components={[<strong className="cell-break" />]} />
      </p>
      <div className="form-actions">
        <Button onClick={() => void onAccept()} pending={pending} pendingLabel={t("invite.accept.joining")}>
          {t("invite.accept.accept")}
        </Button>
        <Link to={paths.app.dashboard}>{t("invite.accept.notNow")}</Link>
      </div>
    </div>
  );
};
