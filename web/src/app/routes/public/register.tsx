import { useQuery } from "@apollo/client/react";
import { CurrentPolicyVersionsDocument } from "@ccp/shared";
import { Link, Navigate } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { pathAfterSignIn } from "@/lib/redirect";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { RegisterForm } from "@/features/auth/components/register-form";
import { PolicyDocument } from "@/features/privacy/components/policy-document";

export const RegisterPage = () => {
  const t = useT("public");
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(CurrentPolicyVersionsDocument);

  if (viewer) return <Navigate to={pathAfterSignIn(viewer)} replace />;

  // Privacy policy first: it is the one people must read before agreeing.
  const policies = [...(data?.currentPolicyVersions ?? [])].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === "PRIVACY_POLICY" ? -1 : 1,
  );
  const hasTerms = policies.some((p) => p.kind === "TERMS");

  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("register.title") })}</title>
      <h1>{t("register.heading")}</h1>
      <p className="lead">
        <Trans text={t("register.lead")} components={[<Link to={paths.login} />]} />
      </p>
      {loading && !data && <LoadingState label={t("register.loadingPolicy")} />}
      {error && !data && (
        <ErrorState
          title={t("register.loadError")}
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <div className="panel">
        <RegisterForm
          policyVersionIds={policies.map((p) => p.id)}
          policyLabel={hasTerms ? t("register.policyAndTerms") : t("register.policyOnly")}
          policyPreview={
            policies.length > 0 ? (
              policies.map((policy) => (
                <div
                  key={policy.id}
                  className="policy-box"
                  tabIndex={0}
                  role="region"
                  aria-label={t("register.scrollable", { title: policy.title })}
                >
                  <PolicyDocument policy={policy} variant="embedded" />
                </div>
              ))
            ) : (
              <p className="muted">{t("register.policyUpdating")}</p>
            )
          }
        />
        </div>
      )}
    </div>
  );
};
