import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { AdminPolicyVersionsDocument, PolicyVersionPublishDocument, UpcomingPolicyVersionsDocument } from "@ccp/shared";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate, formatDateTime, localInputToIso } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Confirm } from "@/components/ui/confirm";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import {
  POLICY_KIND_LABEL,
  policyVersionSchema,
  toPolicyVersionInput,
  type PolicyVersionValues,
} from "../schemas/policy-version-schema";

const FIELDS = ["kind", "title", "body", "effectiveAt", "material"] as const;
const defaultsWith = (title: string): PolicyVersionValues => ({ kind: "PRIVACY_POLICY", title, body: "", effectiveAt: "", material: false });
const NOTICE_DAYS = 30;

/** "Publish a new version": checked, then confirmed (versions can't be changed once published). */
export const PolicyPublishForm = ({ earliestMaterial }: { earliestMaterial: string }) => {
  const t = useT("staff");
  const defaultTitle = t("policyPublish.defaultTitle");
  const defaults = useMemo(() => defaultsWith(defaultTitle), [defaultTitle]);
  const [publish] = useMutation(PolicyVersionPublishDocument, {
    refetchQueries: [AdminPolicyVersionsDocument, UpcomingPolicyVersionsDocument],
  });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<PolicyVersionValues | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PolicyVersionValues>({ resolver: zodResolver(policyVersionSchema), defaultValues: defaults });
  const [publishing, setPublishing] = useState(false);
  const publishedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (published) publishedRef.current?.focus();
  }, [published]);

  const onSubmit = handleSubmit((values) => {
    setFormErrors([]);
    setPublished(null);
    setConfirming(values);
  });

  const doPublish = async (values: PolicyVersionValues) => {
    setPublishing(true);
    try {
      const { data } = await publish({ variables: { input: toPolicyVersionInput(values) } });
      const payload = data?.policyVersionPublish;
      if (!payload) throw new Error("empty response");
      setConfirming(null);
      if (payload.policyVersion && payload.errors.length === 0) {
        const v = payload.policyVersion;
        setPublished(
          t(v.material ? "policyPublish.publishedMaterial" : "policyPublish.published", {
            version: v.version,
            title: v.title,
            date: formatDateTime(v.effectiveAt),
          }),
        );
        reset(defaults);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
    } catch (error) {
      setConfirming(null);
      setFormErrors([describeError(error)]);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("policyPublish.label")}>
      <div ref={publishedRef} tabIndex={-1} className="focus-target">
        {published && <Alert tone="success" title={published} />}
      </div>
      <FormErrors messages={formErrors} />
      <SelectField label={t("policyPublish.kind")} error={errors.kind?.message} {...register("kind")}>
        {(Object.keys(POLICY_KIND_LABEL) as PolicyVersionValues["kind"][]).map((kind) => (
          <option key={kind} value={kind}>
            {POLICY_KIND_LABEL[kind]}
          </option>
        ))}
      </SelectField>
      <TextField label={t("policyPublish.title")} maxLength={200} error={errors.title?.message} {...register("title")} />
      <TextAreaField
        label={t("policyPublish.body")}
        rows={14}
        hint={t("policyPublish.bodyHint")}
        error={errors.body?.message}
        {...register("body")}
      />
      <TextField
        label={t("policyPublish.effectiveAt")}
        type="datetime-local"
        hint={t("policyPublish.effectiveAtHint", { days: NOTICE_DAYS, date: formatDate(earliestMaterial) })}
        error={errors.effectiveAt?.message}
        {...register("effectiveAt")}
      />
      <CheckboxField
        label={t("policyPublish.material")}
        error={errors.material?.message}
        {...register("material")}
      />
      {confirming ? (
        <Confirm
          title={t(`policyPublish.confirmTitle.${confirming.kind}`)}
          confirmLabel={t("policyPublish.confirm")}
          pendingLabel={t("policyPublish.publishing")}
          pending={publishing}
          onConfirm={() => void doPublish(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {t(confirming.material ? "policyPublish.confirmMaterial" : "policyPublish.confirmMinor", {
              title: confirming.title,
              date: formatDateTime(localInputToIso(confirming.effectiveAt)),
            })}
          </p>
        </Confirm>
      ) : (
        <div className="form-actions">
          <Button type="submit" pending={isSubmitting}>
            {t("policyPublish.submit")}
          </Button>
        </div>
      )}
    </form>
  );
};
