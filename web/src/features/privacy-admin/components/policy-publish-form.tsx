import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { AdminPolicyVersionsDocument, PolicyVersionPublishDocument, UpcomingPolicyVersionsDocument } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate, formatDateTime, localInputToIso } from "@/lib/dates";
import { describeError } from "@/lib/errors";
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
const DEFAULTS: PolicyVersionValues = { kind: "PRIVACY_POLICY", title: "Privacy Policy", body: "", effectiveAt: "", material: false };
const NOTICE_DAYS = 30;

/** "Publish a new version": checked, then confirmed (versions can't be changed once published). */
export const PolicyPublishForm = ({ earliestMaterial }: { earliestMaterial: string }) => {
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
  } = useForm<PolicyVersionValues>({ resolver: zodResolver(policyVersionSchema), defaultValues: DEFAULTS });
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
          `Version ${v.version} of the ${v.title} is published. It takes effect on ${formatDateTime(v.effectiveAt)}.` +
            (v.material ? " Everyone is being e-mailed about it." : ""),
        );
        reset(DEFAULTS);
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
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Publish a new version">
      <div ref={publishedRef} tabIndex={-1} className="focus-target">
        {published && <Alert tone="success" title={published} />}
      </div>
      <FormErrors messages={formErrors} />
      <SelectField label="Which policy" error={errors.kind?.message} {...register("kind")}>
        {(Object.keys(POLICY_KIND_LABEL) as PolicyVersionValues["kind"][]).map((kind) => (
          <option key={kind} value={kind}>
            {POLICY_KIND_LABEL[kind]}
          </option>
        ))}
      </SelectField>
      <TextField label="Title" maxLength={200} error={errors.title?.message} {...register("title")} />
      <TextAreaField
        label="Text of the policy"
        rows={14}
        hint="Plain text. Leave a blank line between paragraphs; start list items with •. Short lines in Title Case become headings."
        error={errors.body?.message}
        {...register("body")}
      />
      <TextField
        label="Takes effect on"
        type="datetime-local"
        hint={`Your local time. A material change needs ${NOTICE_DAYS} days' notice: ${formatDate(earliestMaterial)} or later.`}
        error={errors.effectiveAt?.message}
        {...register("effectiveAt")}
      />
      <CheckboxField
        label="This is a material change (e-mail everyone, 30 days' notice)"
        error={errors.material?.message}
        {...register("material")}
      />
      {confirming ? (
        <Confirm
          title={`Publish this ${POLICY_KIND_LABEL[confirming.kind].toLowerCase()}?`}
          confirmLabel="Yes, publish"
          pendingLabel="Publishing…"
          pending={publishing}
          onConfirm={() => void doPublish(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            “{confirming.title}” takes effect on {formatDateTime(localInputToIso(confirming.effectiveAt))}. A published version
            can't be changed afterwards.{" "}
            {confirming.material
              ? "Every user will be e-mailed about it, and asked to accept it once it takes effect."
              : "Nobody is e-mailed; signed-in people are asked to accept it once it takes effect."}
          </p>
        </Confirm>
      ) : (
        <div className="form-actions">
          <Button type="submit" pending={isSubmitting}>
            Publish version
          </Button>
        </div>
      )}
    </form>
  );
};
