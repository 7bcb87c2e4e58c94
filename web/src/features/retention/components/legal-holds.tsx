import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  AdminUsersDocument,
  LegalHoldPlaceDocument,
  LegalHoldReleaseDocument,
  LegalHoldsDocument,
  type LegalHoldFieldsFragment,
} from "@ccp/shared";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { isEmailSubject, legalHoldSchema, type LegalHoldValues } from "../schemas/legal-hold-schema";
import { scopeLabel } from "../utils/retention-labels";
import { OrganizationPicker } from "./organization-picker";

const FIELDS = ["scope", "subject", "reason"] as const;
const DEFAULTS: LegalHoldValues = { scope: "USER", subject: "", reason: "" };

/** Legal holds stop retention for a person or organization, e.g. during a dispute. */
export const LegalHolds = () => {
  const { data, loading, error, refetch } = useQuery(LegalHoldsDocument, { fetchPolicy: "cache-and-network" });
  const [notice, setNotice] = useState<string | null>(null);
  const holds = data?.legalHolds ?? [];
  return (
    <div className="stack">
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label="Loading legal holds…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && holds.length === 0 && (
        <EmptyState title="No legal holds">
          <p>Nothing is exempt from the retention schedule.</p>
        </EmptyState>
      )}
      {holds.length > 0 && (
        <ul className="item-list">
          {holds.map((hold) => (
            <HoldItem key={hold.id} hold={hold} onReleased={setNotice} />
          ))}
        </ul>
      )}
      <h3>Place a hold</h3>
      <PlaceHoldForm onPlaced={setNotice} />
    </div>
  );
};

const HoldItem = ({ hold, onReleased }: { hold: LegalHoldFieldsFragment; onReleased: (message: string) => void }) => {
  const [release] = useMutation(LegalHoldReleaseDocument);
  const [confirming, setConfirming] = useState(false);
  const [releasing, setReleasing] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  const doRelease = async () => {
    setReleasing(true);
    setErrors([]);
    try {
      const { data } = await release({ variables: { id: hold.id } });
      const payload = data?.legalHoldRelease;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else onReleased(`The hold on ${hold.subjectName ?? `${scopeLabel(hold.scope).toLowerCase()} ${hold.subjectId}`} was released. Retention applies again.`);
      setConfirming(false);
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setReleasing(false);
    }
  };

  return (
    <li className="item-card item-card-stack">
      <div className="item-row">
        <div className="item-main">
          <h3 className="item-title">
            {scopeLabel(hold.scope)}: {hold.subjectName ?? "no longer exists"}{" "}
            <span className="input-mono cell-break muted">{hold.subjectId}</span>
          </h3>
          <p className="item-meta">
            <span>
              Placed <time dateTime={hold.createdAt}>{formatDate(hold.createdAt)}</time>
            </span>
            {hold.releasedAt && (
              <span>
                Released <time dateTime={hold.releasedAt}>{formatDate(hold.releasedAt)}</time>
              </span>
            )}
          </p>
          <p className="item-reason pre-line">Reason: {hold.reason}</p>
        </div>
        {hold.releasedAt ? <StatusBadge tone="neutral">Released</StatusBadge> : <StatusBadge tone="warning">Active</StatusBadge>}
      </div>
      <FormErrors messages={errors} />
      {!hold.releasedAt &&
        (confirming ? (
          <Confirm
            title="Release this hold?"
            confirmLabel="Yes, release"
            pendingLabel="Releasing…"
            pending={releasing}
            onConfirm={() => void doRelease()}
            onCancel={() => setConfirming(false)}
          >
            <p>The retention clocks run again: data past its retention period may be deleted at the next run.</p>
          </Confirm>
        ) : (
          <div className="action-bar">
            <Button variant="secondary" className="btn-small" onClick={() => setConfirming(true)} aria-label={`Release the hold on ${hold.subjectName ?? hold.subjectId}`}>
              Release
            </Button>
          </div>
        ))}
    </li>
  );
};

const PlaceHoldForm = ({ onPlaced }: { onPlaced: (message: string) => void }) => {
  const client = useApolloClient();
  const [place] = useMutation(LegalHoldPlaceDocument, { refetchQueries: [LegalHoldsDocument] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<LegalHoldValues>({ resolver: zodResolver(legalHoldSchema), defaultValues: DEFAULTS });
  const scope = useWatch({ control, name: "scope" });
  const subject = useWatch({ control, name: "subject" });
  // The chosen organization's name, for the confirmation message (the form keeps its id).
  const [organizationName, setOrganizationName] = useState("");

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      let subjectId = values.subject;
      if (isEmailSubject(values)) {
        // A person given by e-mail: find their id (exact match, by blind index).
        const { data } = await client.query({
          query: AdminUsersDocument,
          variables: { first: 1, filter: { email: values.subject } },
          fetchPolicy: "network-only",
        });
        const user = data?.users.edges[0]?.node;
        if (!user) {
          setError("subject", { type: "server", message: "Nobody has an account with this e-mail address" }, { shouldFocus: true });
          return;
        }
        subjectId = user.id;
      }
      const { data } = await place({ variables: { input: { scope: values.scope, subjectId, reason: values.reason } } });
      const payload = data?.legalHoldPlace;
      if (!payload) throw new Error("empty response");
      if (payload.legalHold && payload.errors.length === 0) {
        const who = values.scope === "ORGANIZATION" && organizationName ? organizationName : values.subject;
        onPlaced(`A hold was placed on ${scopeLabel(values.scope).toLowerCase()} ${who}. Retention skips them until it is released.`);
        reset(DEFAULTS);
        setOrganizationName("");
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS, { aliases: { subjectId: "subject" } }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Place a hold">
      <FormErrors messages={formErrors} />
      <SelectField
        label="Hold data of"
        error={errors.scope?.message}
        {...register("scope", {
          // Switching between a person and an organization starts the choice afresh.
          onChange: () => {
            setValue("subject", "");
            setOrganizationName("");
          },
        })}
      >
        <option value="USER">A person</option>
        <option value="ORGANIZATION">An organization (and its members)</option>
      </SelectField>
      {scope === "ORGANIZATION" ? (
        <OrganizationPicker
          value={subject}
          error={errors.subject?.message}
          onChange={(id, name) => {
            setOrganizationName(name);
            setValue("subject", id, { shouldValidate: true });
          }}
        />
      ) : (
        <TextField
          label="Person's e-mail address or id"
          autoComplete="off"
          hint="Their account e-mail address, or their id."
          error={errors.subject?.message}
          {...register("subject")}
        />
      )}
      <TextAreaField
        label="Reason"
        rows={3}
        maxLength={1000}
        hint="For example the case or dispute reference. Kept with the hold."
        error={errors.reason?.message}
        {...register("reason")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Placing the hold…">
          Place hold
        </Button>
      </div>
    </form>
  );
};
