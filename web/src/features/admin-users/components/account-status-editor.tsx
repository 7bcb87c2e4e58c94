import { useMutation } from "@apollo/client/react";
import { type AdminUserRowFragment, type UserDisableReason, UserDisabledSetDocument } from "@ccp/shared";
import { type FormEvent, useState } from "react";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const REASONS: { value: UserDisableReason; label: string }[] = [
  { value: "SUSPECTED_COMPROMISE", label: "Someone else may be using the account" },
  { value: "FRAUD", label: "Fraud or false information" },
  { value: "UNDER_18", label: "The person is under 18" },
  { value: "AT_OWN_REQUEST", label: "The person asked us to" },
  { value: "OTHER", label: "Another reason (note it in your records)" },
];

type Props = { user: AdminUserRowFragment; onDone: (message: string) => void; onCancel: () => void };

/** Disable an account (with a reason code) or enable it again. */
export const AccountStatusEditor = ({ user, onDone, onCancel }: Props) => {
  const [setDisabled, { loading }] = useMutation(UserDisabledSetDocument);
  const [reason, setReason] = useState<UserDisableReason | "">("");
  const [problems, setProblems] = useState<string[]>([]);
  const name = `${user.firstName} ${user.lastName}`;
  const disabling = !user.disabled;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblems([]);
    if (disabling && !reason) return setProblems(["Choose why the account is disabled."]);
    try {
      const { data } = await setDisabled({ variables: { id: user.id, disabled: disabling, reason: disabling ? reason || null : null } });
      const payload = data?.userDisabledSet;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length) return setProblems(payload.errors.map((e) => e.message));
      onDone(disabling ? `${name}'s account is disabled and they have been signed out everywhere.` : `${name} can sign in again.`);
    } catch (error) {
      setProblems([describeError(error)]);
    }
  };

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="form-step-title">{disabling ? `Disable ${name}'s account` : `Enable ${name}'s account`}</h2>
      <FormErrors messages={problems} />
      {disabling ? (
        <>
          <p>
            They are signed out on every device at once and cannot sign in until you enable the account again. Their
            applications and credentials stay as they are.
          </p>
          <fieldset className="fieldset">
            <legend className="field-label-legend">Why? (kept in the audit log)</legend>
            {REASONS.map((r) => (
              <label key={r.value} className="checkbox-inline">
                <input type="radio" name="reason" value={r.value} checked={reason === r.value} onChange={() => setReason(r.value)} />
                <span>{r.label}</span>
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <p>They will be able to sign in again with their password (and two-step sign-in, if they use it).</p>
      )}
      <div className="form-actions">
        <Button type="submit" variant={disabling ? "danger" : "primary"} pending={loading} pendingLabel="Saving…">
          {disabling ? "Disable the account" : "Enable the account"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
