import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  RubricCriteriaAdminDocument,
  RubricCriterionCreateDocument,
  RubricCriterionUpdateDocument,
  type RubricCriterionFieldsFragment,
} from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { translatedLabels, useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import {
  rubricCriterionDefaults,
  rubricCriterionSchema,
  toRubricCriterionInput,
  type RubricCriterionValues,
} from "../schemas/rubric-criterion-schema";

const FIELDS = ["title", "guidance", "subject", "maxScore", "position", "active"] as const;
const SUBJECT_LABEL = translatedLabels("staff", "rubric.subject", ["PROGRAM", "PERSON"] as const);

const CriterionForm = ({
  criterion,
  onDone,
  onCancel,
}: {
  criterion?: RubricCriterionFieldsFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) => {
  const t = useT("staff");
  const [create] = useMutation(RubricCriterionCreateDocument, { refetchQueries: ["RubricCriteriaAdmin"] });
  const [update] = useMutation(RubricCriterionUpdateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RubricCriterionValues>({
    resolver: zodResolver(rubricCriterionSchema),
    defaultValues: rubricCriterionDefaults(criterion),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const input = toRubricCriterionInput(values);
      const payload = criterion
        ? (await update({ variables: { id: criterion.id, input } })).data?.rubricCriterionUpdate
        : (await create({ variables: { input } })).data?.rubricCriterionCreate;
      if (!payload) throw new Error("empty response");
      if (payload.criterion && payload.errors.length === 0) {
        onDone(t("rubric.saved", { title: payload.criterion.title }));
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, [...FIELDS]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="form-step-title">{criterion ? t("rubric.edit", { title: criterion.title }) : t("rubric.add")}</h2>
      <FormErrors messages={formErrors} />
      <TextField label={t("rubric.fields.title")} error={errors.title?.message} {...register("title")} />
      <TextAreaField
        label={t("rubric.fields.guidance")}
        optional
        rows={3}
        error={errors.guidance?.message}
        {...register("guidance")}
      />
      <div className="field-row">
        <SelectField label={t("rubric.fields.subject")} error={errors.subject?.message} {...register("subject")}>
          <option value="PROGRAM">{SUBJECT_LABEL.PROGRAM}</option>
          <option value="PERSON">{SUBJECT_LABEL.PERSON}</option>
        </SelectField>
        <TextField label={t("rubric.fields.maxScore")} inputMode="numeric" className="field-short" error={errors.maxScore?.message} {...register("maxScore")} />
        <TextField
          label={t("rubric.fields.position")}
          optional
          inputMode="numeric"
          className="field-short"
          error={errors.position?.message}
          {...register("position")}
        />
      </div>
      <CheckboxField label={t("rubric.fields.active")} {...register("active")} />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("rubric.saving")}>
          {criterion ? t("rubric.saveChanges") : t("rubric.addCriterion")}
        </Button>
        <Button variant="link" onClick={onCancel} disabled={isSubmitting}>
          {t("rubric.cancel")}
        </Button>
      </div>
    </form>
  );
};

export const RubricManager = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(RubricCriteriaAdminDocument, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const criteria = [...(data?.rubricCriteria ?? [])].sort(
    (a, b) => a.subject.localeCompare(b.subject) || a.position - b.position,
  );

  return (
    <div className="stack">
      {message && <Alert tone="success" title={message} />}
      {editing === null && (
        <div>
          <Button
            onClick={() => {
              setMessage(null);
              setEditing("new");
            }}
          >
            {t("rubric.add")}
          </Button>
        </div>
      )}
      {editing !== null && (
        <CriterionForm
          key={editing}
          criterion={criteria.find((c) => c.id === editing)}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {loading && !data && <LoadingState label={t("rubric.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && criteria.length === 0 && (
        <EmptyState title={t("rubric.emptyTitle")}>
          <p>{t("rubric.emptyText")}</p>
        </EmptyState>
      )}
      {criteria.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t("rubric.tableLabel")} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("rubric.columns.criterion")}</th>
                <th scope="col">{t("rubric.columns.subject")}</th>
                <th scope="col">{t("rubric.columns.maxScore")}</th>
                <th scope="col">{t("rubric.columns.position")}</th>
                <th scope="col">{t("rubric.columns.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("rubric.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.title}
                    {c.guidance && <span className="cell-sub">{c.guidance}</span>}
                  </th>
                  <td>{SUBJECT_LABEL[c.subject]}</td>
                  <td>{c.maxScore}</td>
                  <td>{c.position}</td>
                  <td>
                    <StatusBadge tone={c.active ? "success" : "neutral"}>{c.active ? t("rubric.inUse") : t("rubric.notUsed")}</StatusBadge>
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      className="btn-small"
                      aria-label={t("rubric.editLabel", { title: c.title })}
                      onClick={() => {
                        setMessage(null);
                        setEditing(c.id);
                      }}
                    >
                      {t("rubric.editButton")}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
