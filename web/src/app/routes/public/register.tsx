import { useQuery } from "@apollo/client/react";
import { CurrentPolicyVersionsDocument } from "@ccp/shared";
import { Link, Navigate } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { pathAfterSignIn } from "@/lib/redirect";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { RegisterForm } from "@/features/auth/components/register-form";
import { PolicyDocument } from "@/features/privacy/components/policy-document";

export const RegisterPage = () => {
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
      <title>Create your account · CareCorePlus</title>
      <h1>Create your account</h1>
      <p className="lead">
        It's free, and takes about two minutes. Already registered? <Link to={paths.login}>Sign in</Link>.
      </p>
      {loading && !data && <LoadingState label="Loading the privacy policy…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the registration form"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <div className="panel">
        <RegisterForm
          policyVersionIds={policies.map((p) => p.id)}
          policyLabel={hasTerms ? "the privacy policy and terms of use" : "the privacy policy"}
          policyPreview={
            policies.length > 0 ? (
              policies.map((policy) => (
                <div
                  key={policy.id}
                  className="policy-box"
                  tabIndex={0}
                  role="region"
                  aria-label={`${policy.title} (scrollable)`}
                >
                  <PolicyDocument policy={policy} variant="embedded" />
                </div>
              ))
            ) : (
              <p className="muted">Our privacy policy is being updated. Please try again later.</p>
            )
          }
        />
        </div>
      )}
    </div>
  );
};
