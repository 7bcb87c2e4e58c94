import { useApolloClient } from "@apollo/client/react";
import { VerifyEmailDocument, type VerifyEmailMutation } from "@ccp/shared";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { LoadingState } from "@/components/ui/states";

type Outcome =
  | { state: "pending" }
  | { state: "verified" }
  | { state: "invalid" }
  | { state: "failed"; message: string };

type Client = ReturnType<typeof useApolloClient>;

// Tokens are single-use: React's StrictMode runs effects twice in
// development, so each token is sent once per page load and the answer shared.
const attempts = new Map<string, Promise<VerifyEmailMutation["authVerifyEmail"]>>();
const verifyOnce = (client: Client, token: string) => {
  let attempt = attempts.get(token);
  if (!attempt) {
    attempt = client
      .mutate({ mutation: VerifyEmailDocument, variables: { token }, refetchQueries: ["Viewer"] })
      .then(({ data }) => {
        if (!data) throw new Error("empty response");
        return data.authVerifyEmail;
      });
    attempts.set(token, attempt);
  }
  return attempt;
};

export const VerifyEmailStatus = ({ token }: { token: string }) => {
  const t = useT("public");
  const client = useApolloClient();
  const { viewer } = useAuth();
  const [outcome, setOutcome] = useState<Outcome>({ state: "pending" });

  useEffect(() => {
    let active = true;
    verifyOnce(client, token).then(
      (payload) => {
        if (active) setOutcome(payload.ok ? { state: "verified" } : { state: "invalid" });
      },
      (error: unknown) => {
        if (active) setOutcome({ state: "failed", message: describeError(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [client, token]);

  const next = viewer ? (
    <Link to={paths.app.dashboard}>{t("verifyEmail.goToDashboard")}</Link>
  ) : (
    <Link to={paths.login}>{t("verifyEmail.signIn")}</Link>
  );

  switch (outcome.state) {
    case "pending":
      return <LoadingState label={t("verifyEmail.pending")} />;
    case "verified":
      return (
        <Alert tone="success" title={t("verifyEmail.verified")}>
          <p>{next}</p>
        </Alert>
      );
    case "invalid":
      return (
        <Alert tone="error" title={t("verifyEmail.invalidTitle")}>
          <p>
            {t("verifyEmail.invalid")} {viewer ? t("verifyEmail.askFromDashboard") : t("verifyEmail.signInToAsk")}
          </p>
          <p>{next}</p>
        </Alert>
      );
    case "failed":
      return <Alert tone="error" title={t("verifyEmail.failed")}>{outcome.message}</Alert>;
  }
};
