import { useMutation } from "@apollo/client/react";
import { type AdminUserRowFragment, type UserDisableReason, UserDisabledSetDocument } from "@ccp/shared";
import { type FormEvent, useState } from "react";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n";

const REASONS: readonly UserDisableReason[] = ["SUSPECTED_COMPROMISE", "FRAUD", "UNDER_18", "AT_OWN_REQUEST", "OTHER"];

type Props = { user: AdminUserRowFragment; onDone: (message: string) => void; onCancel: () => void };

/** Disable an account (with a reason code) or enable it again. */
export const AccountStatusEditor = ({ user, onDone, onCancel }: Props) => {
  const t = useT("staff");
  const [setDisabled, { loading }] = useMutation(UserDisabledSetDocument);
  const [reason, setReason] = useState<UserDisableReason | "">("");
  const [problems, setProblems] = useState<string[]>([]);
  const name = `${user.firstName} ${user.lastName}`;
  const disabling = !user.disabled;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblems([]);
    if (disabling && !reason) return setProblems([t("accountStatus.chooseReason")]);
    try {
      const { data } = await setDisabled({ variables: { id: user.id, disabled: disabling, reason: disabling ? reason || null : null } });
      const payload = data?.userDisabledSet;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length) return setProblems(payload.errors.map((e) => e.message));
      onDone(disabling ? t("accountStatus.disabledDone", { name }) : t("accountStatus.enabledDone", { name }));
    } catch (error) {
      setProblems([describeError(error)]);
    }
  };

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="form-step-title">{disabling ? t("accountStatus.disableTitle", { name }) : t("accountStatus.enableTitle", { name })}</h2>
      <FormErrors messages={problems} />
      {disabling ? (
        <>
          <p>{t("accountStatus.disableText")}</p>
          <fieldset className="fieldset">
            <legend className="field-label-legend">{t("accountStatus.why")}</legend>
            {REASONS.map((r) => (
              <label key={r} className="checkbox-inline">
                <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
                <span>{t(`accountStatus.reason.${r}`)}</span>
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <p>{t("accountStatus.enableText")}</p>
      )}
      <div className="form-actions">
        <Button type="submit" variant={disabling ? "danger" : "primary"} pending={loading} pendingLabel={t("accountStatus.saving")}>
          {disabling ? t("accountStatus.disable") : t("accountStatus.enable")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("accountStatus.cancel")}
        </Button>
      </div>
    </form>
  );
};
