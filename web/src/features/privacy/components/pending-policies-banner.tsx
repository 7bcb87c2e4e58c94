import { useMutation } from "@apollo/client/react";
import { PolicyAcceptDocument, type PolicyVersionFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PolicyDocument } from "./policy-document";

type PendingPoliciesBannerProps = { pending: readonly PolicyVersionFieldsFragment[] };

/**
 * Asks the person to accept policy versions published since they last agreed — or, for an account that
 * never agreed to any (made by an admin with `pnpm cli user:create`), the policies themselves.
 */
export const PendingPoliciesBanner = ({ pending }: PendingPoliciesBannerProps) => {
  const t = useT("applicant");
  const [accept] = useMutation(PolicyAcceptDocument);
  const [accepting, setAccepting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  if (pending.length === 0) return null;

  const acceptAll = async () => {
    setAccepting(true);
    setErrors([]);
    const messages: string[] = [];
    // One at a time: each answer carries the updated viewer, and the banner
    // disappears from the cache-driven dashboard once the list is empty.
    for (const version of pending) {
      try {
        const { data } = await accept({ variables: { policyVersionId: version.id } });
        messages.push(...(data?.policyAccept.errors.map((e) => e.message) ?? []));
      } catch (error) {
        messages.push(describeError(error));
        break;
      }
    }
    setErrors(messages);
    setAccepting(false);
  };

  const material = pending.some((p) => p.material);
  // Only first versions pending: nothing was updated, the person simply has not agreed to them yet.
  const firstTime = pending.every((p) => p.version === 1);
  const title = t(firstTime ? "pendingPolicies.titleFirst" : material ? "pendingPolicies.titleMaterial" : "pendingPolicies.titleMinor");
  const count = pending.length;
  return (
    <Alert
      tone="warning"
      title={title}
      actions={
        <Button onClick={() => void acceptAll()} pending={accepting} pendingLabel={t("pendingPolicies.saving")}>
          {t(firstTime ? "pendingPolicies.acceptPolicies" : "pendingPolicies.acceptUpdates", { count })}
        </Button>
      }
    >
      <p>
        {firstTime
          ? t("pendingPolicies.notAgreed", { count })
          : material
            ? t("pendingPolicies.material")
            : t("pendingPolicies.minor")}{" "}
        <Trans text={t("pendingPolicies.alwaysRead")} components={[<Link to={paths.privacy} />]} />
      </p>
      <ul className="pending-policies">
        {pending.map((policy) => (
          <li key={policy.id}>
            <details>
              <summary>{t("pendingPolicies.summary", { title: policy.title, version: policy.version })}</summary>
              <div className="policy-box" tabIndex={0} aria-label={t("pendingPolicies.fullText", { title: policy.title })}>
                <PolicyDocument policy={policy} variant="embedded" />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <FormErrors messages={errors} />
    </Alert>
  );
};
