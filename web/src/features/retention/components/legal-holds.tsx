import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  AdminUsersDocument,
  LegalHoldPlaceDocument,
  LegalHoldReleaseDocument,
  LegalHoldsDocument,
  type LegalHoldFieldsFragment,
} from "@ccp/shared";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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

/** "person carla@example.org", "organization Sunrise Care": who a hold is on, when there is no name to show. */
const subjectOf = (t: TFunction, scope: string, id: string): string =>
  scope === "USER" || scope === "ORGANIZATION" ? t(`legalHolds.subjectOf.${scope}`, { id }) : `${scope.toLowerCase()} ${id}`;

const DEFAULTS: LegalHoldValues = { scope: "USER", subject: "", reason: "" };

/** Legal holds stop retention for a person or organization, e.g. during a dispute. */
export const LegalHolds = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(LegalHoldsDocument, { fetchPolicy: "cache-and-network" });
  const [notice, setNotice] = useState<string | null>(null);
  const holds = data?.legalHolds ?? [];
  return (
    <div className="stack">
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("legalHolds.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && holds.length === 0 && (
        <EmptyState title={t("legalHolds.none")}>
          <p>{t("legalHolds.noneText")}</p>
        </EmptyState>
      )}
      {holds.length > 0 && (
        <ul className="item-list">
          {holds.map((hold) => (
            <HoldItem key={hold.id} hold={hold} onReleased={setNotice} />
          ))}
        </ul>
      )}
      <h3>{t("legalHolds.place")}</h3>
      <PlaceHoldForm onPlaced={setNotice} />
    </div>
  );
};

const HoldItem = ({ hold, onReleased }: { hold: LegalHoldFieldsFragment; onReleased: (message: string) => void }) => {
  const t = useT("staff");
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
      else onReleased(t("legalHolds.releasedNotice", { who: hold.subjectName ?? subjectOf(t, hold.scope, hold.subjectId) }));
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
            {t("legalHolds.subject", { scope: scopeLabel(hold.scope), name: hold.subjectName ?? t("legalHolds.gone") })}{" "}
            <span className="input-mono cell-break muted">{hold.subjectId}</span>
          </h3>
          <p className="item-meta">
            <span>
              <Trans text={t("legalHolds.placedOn", { date: formatDate(hold.createdAt) })} components={[<time dateTime={hold.createdAt} />]} />
            </span>
            {hold.releasedAt && (
              <span>
                <Trans text={t("legalHolds.releasedOn", { date: formatDate(hold.releasedAt) })} components={[<time dateTime={hold.releasedAt} />]} />
              </span>
            )}
          </p>
          <p className="item-reason pre-line">{t("legalHolds.reason", { reason: hold.reason })}</p>
        </div>
        {hold.releasedAt ? (
          <StatusBadge tone="neutral">{t("legalHolds.released")}</StatusBadge>
        ) : (
          <StatusBadge tone="warning">{t("legalHolds.active")}</StatusBadge>
        )}
      </div>
      <FormErrors messages={errors} />
      {!hold.releasedAt &&
        (confirming ? (
          <Confirm
            title={t("legalHolds.confirmTitle")}
            confirmLabel={t("legalHolds.confirm")}
            pendingLabel={t("legalHolds.releasing")}
            pending={releasing}
            onConfirm={() => void doRelease()}
            onCancel={() => setConfirming(false)}
          >
            <p>{t("legalHolds.confirmText")}</p>
          </Confirm>
        ) : (
          <div className="action-bar">
            <Button variant="secondary" className="btn-small" onClick={() => setConfirming(true)} aria-label={t("legalHolds.releaseLabel", { who: hold.subjectName ?? hold.subjectId })}>
              {t("legalHolds.release")}
            </Button>
          </div>
        ))}
    </li>
  );
};

const PlaceHoldForm = ({ onPlaced }: { onPlaced: (message: string) => void }) => {
  const t = useT("staff");
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
          setError("subject", { type: "server", message: t("legalHolds.noAccount") }, { shouldFocus: true });
          return;
        }
        subjectId = user.id;
      }
      const { data } = await place({ variables: { input: { scope: values.scope, subjectId, reason: values.reason } } });
      const payload = data?.legalHoldPlace;
      if (!payload) throw new Error("empty response");
      if (payload.legalHold && payload.errors.length === 0) {
        const who = values.scope === "ORGANIZATION" && organizationName ? organizationName : values.subject;
        onPlaced(t("legalHolds.placedNotice", { who: subjectOf(t, values.scope, who) }));
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
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("legalHolds.place")}>
      <FormErrors messages={formErrors} />
      <SelectField
        label={t("legalHolds.scopeField")}
        error={errors.scope?.message}
        {...register("scope", {
          // Switching between a person and an organization starts the choice afresh.
          onChange: () => {
            setValue("subject", "");
            setOrganizationName("");
          },
        })}
      >
        <option value="USER">{t("legalHolds.scopeUser")}</option>
        <option value="ORGANIZATION">{t("legalHolds.scopeOrganization")}</option>
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
          label={t("legalHolds.person")}
          autoComplete="off"
          hint={t("legalHolds.personHint")}
          error={errors.subject?.message}
          {...register("subject")}
        />
      )}
      <TextAreaField
        label={t("legalHolds.reasonField")}
        rows={3}
        maxLength={1000}
        hint={t("legalHolds.reasonHint")}
        error={errors.reason?.message}
        {...register("reason")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("legalHolds.submitting")}>
          {t("legalHolds.submit")}
        </Button>
      </div>
    </form>
  );
};
