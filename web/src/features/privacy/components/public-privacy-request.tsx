import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { PrivacyRequestConfirmDocument, PrivacyRequestStartDocument, type PrivacyRequestKind } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError, hasErrorCode } from "@/lib/errors";
import { translate, useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import {
  privacyCodeSchema,
  toPrivacyRequestStartInput,
  type PrivacyCodeValues,
  type PublicPrivacyRequestValues,
} from "../schemas/public-privacy-request-schema";
import { REQUEST_KIND_LABEL } from "../utils/privacy-labels";
import { PUBLIC_REQUEST_DEFAULTS, PublicRequestDetailsForm, type SendOutcome } from "./public-request-details-form";

const STEPS = ["details", "code"] as const;
const STEP_TITLES = { details: "privacyRequest.stepDetails", code: "privacyRequest.stepCode" } as const;

/** Rate limits are thrown, not payload errors: say plainly what to do. */
const failureMessage = (error: unknown): string =>
  hasErrorCode(error, "RATE_LIMITED")
    ? translate("public", "privacyRequest.rateLimited")
    : describeError(error);

type Sent = { verificationId: string; values: PublicPrivacyRequestValues };
type Done = { kind: PrivacyRequestKind; dueAt: string };

/**
 * The privacy request for people who cannot sign in (POL-RIGHT-IDENTITY):
 * step 1 e-mails a 6-digit code to the account's address, step 2 confirms it.
 * The server answers step 1 the same way whether or not the account exists,
 * so the page never says whether someone has an account.
 */
export const PublicPrivacyRequest = () => {
  const t = useT("public");
  const [start] = useMutation(PrivacyRequestStartDocument);
  const [confirm] = useMutation(PrivacyRequestConfirmDocument);
  const [sent, setSent] = useState<Sent | null>(null);
  const [draft, setDraft] = useState<PublicPrivacyRequestValues>(PUBLIC_REQUEST_DEFAULTS);
  const [done, setDone] = useState<Done | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = sent ? "code" : "details";
  const mounted = useRef(false);

  // Move focus to the new step's heading (not on first render: the page heading comes first).
  useEffect(() => {
    if (mounted.current) headingRef.current?.focus();
    mounted.current = true;
  }, [step, done]);

  const send = async (values: PublicPrivacyRequestValues): Promise<SendOutcome> => {
    setDraft(values);
    try {
      const { data } = await start({ variables: { input: toPrivacyRequestStartInput(values) } });
      const payload = data?.privacyRequestStart;
      if (!payload) throw new Error("empty response");
      if (payload.verificationId && payload.errors.length === 0) {
        setSent({ verificationId: payload.verificationId, values });
        return { errors: [], failure: null };
      }
      return { errors: payload.errors, failure: null };
    } catch (error) {
      return { errors: [], failure: failureMessage(error) };
    }
  };

  if (done) {
    return (
      <div className="stack">
        <h2 ref={headingRef} tabIndex={-1} className="form-step-title">
          {t("privacyRequest.received")}
        </h2>
        <Alert tone="success" title={t("privacyRequest.receivedTitle", { kind: REQUEST_KIND_LABEL[done.kind] })}>
          <p>{t("privacyRequest.answerBy", { date: formatDate(done.dueAt) })}</p>
        </Alert>
        <p>
          <Trans text={t("privacyRequest.followIt")} components={[<Link to={paths.forgotPassword} />]} />
        </p>
        <p>
          <Link to={paths.home}>{t("privacyRequest.backHome")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="wizard">
      <ol className="wizard-steps wizard-steps-two" aria-label={t("privacyRequest.steps")}>
        {STEPS.map((name, index) => (
          <li
            key={name}
            className={name === step ? "current" : step === "code" ? "done" : ""}
            aria-current={name === step ? "step" : undefined}
          >
            <span className="wizard-step-number">{index + 1}</span>
            <span className="wizard-step-title">{t(STEP_TITLES[name])}</span>
          </li>
        ))}
      </ol>
      <div className="panel stack">
        <h2 ref={headingRef} tabIndex={-1} className="form-step-title">
          {t("privacyRequest.stepOf", { step: step === "details" ? 1 : 2, title: t(STEP_TITLES[step]) })}
        </h2>
        {sent ? (
          <CodeForm
            sent={sent}
            onResend={() => send(sent.values)}
            onBack={() => setSent(null)}
            onConfirm={async (code) => {
              const { data } = await confirm({ variables: { verificationId: sent.verificationId, code } });
              const payload = data?.privacyRequestConfirm;
              if (!payload) throw new Error("empty response");
              if (payload.privacyRequest && payload.errors.length === 0) {
                setDone({ kind: payload.privacyRequest.kind, dueAt: payload.privacyRequest.dueAt });
                setSent(null);
                setDraft(PUBLIC_REQUEST_DEFAULTS);
                return [];
              }
              return payload.errors;
            }}
          />
        ) : (
          <PublicRequestDetailsForm defaultValues={draft} onSend={send} />
        )}
      </div>
    </div>
  );
};

type CodeFormProps = {
  sent: Sent;
  onResend: () => Promise<SendOutcome>;
  onBack: () => void;
  onConfirm: (code: string) => Promise<readonly { code: string; field?: readonly string[] | null; message: string }[]>;
};

/** Step 2: the code from the e-mail; a new code or a change of details if needed. */
const CodeForm = ({ sent, onResend, onBack, onConfirm }: CodeFormProps) => {
  const t = useT("public");
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [resending, setResending] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PrivacyCodeValues, unknown, { code: string }>({ resolver: zodResolver(privacyCodeSchema), defaultValues: { code: "" } });

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormErrors([]);
    setNotice(null);
    try {
      const payloadErrors = await onConfirm(code);
      // A wrong code belongs on the code input; anything else (a rule about the request itself) above the form.
      setFormErrors(applyUserErrors(payloadErrors, setError, ["code"], { byCode: { INVALID_CODE: "code" } }));
    } catch (error) {
      setFormErrors([failureMessage(error)]);
    }
  });

  const resend = async () => {
    setFormErrors([]);
    setNotice(null);
    setResending(true);
    const outcome = await onResend();
    setResending(false);
    if (outcome.failure || outcome.errors.length) {
      setFormErrors([...outcome.errors.map((e) => e.message), ...(outcome.failure ? [outcome.failure] : [])]);
      return;
    }
    reset({ code: "" });
    setNotice(t("privacyRequest.newCode"));
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("privacyRequest.stepCode")}>
      <p>
        <Trans text={t("privacyRequest.codeSent", { email: sent.values.email })} components={[<strong />]} />
      </p>
      <FormErrors messages={formErrors} />
      {notice && <Alert tone="success" title={notice} />}
      <TextField
        label={t("privacyRequest.codeLabel")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={11}
        error={errors.code?.message}
        {...register("code")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("privacyRequest.confirming")}>
          {t("privacyRequest.confirm")}
        </Button>
        <Button variant="secondary" onClick={() => void resend()} pending={resending} pendingLabel={t("privacyRequest.sending")} disabled={isSubmitting}>
          {t("privacyRequest.resend")}
        </Button>
        <Button variant="link" onClick={onBack} disabled={isSubmitting || resending}>
          {t("privacyRequest.change")}
        </Button>
      </div>
      <p className="muted">{t("privacyRequest.noEmail")}</p>
    </form>
  );
};
