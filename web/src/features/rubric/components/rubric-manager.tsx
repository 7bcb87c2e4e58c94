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
const SUBJECT_LABEL = { PROGRAM: "Program accreditation", PERSON: "Personal certification" } as const;

const CriterionForm = ({
  criterion,
  onDone,
  onCancel,
}: {
  criterion?: RubricCriterionFieldsFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) => {
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
        onDone(`"${payload.criterion.title}" saved.`);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, [...FIELDS]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="form-step-title">{criterion ? `Edit "${criterion.title}"` : "Add a criterion"}</h2>
      <FormErrors messages={formErrors} />
      <TextField label="Title" error={errors.title?.message} {...register("title")} />
      <TextAreaField
        label="Guidance for reviewers"
        optional
        rows={3}
        error={errors.guidance?.message}
        {...register("guidance")}
      />
      <div className="field-row">
        <SelectField label="Used for" error={errors.subject?.message} {...register("subject")}>
          <option value="PROGRAM">{SUBJECT_LABEL.PROGRAM}</option>
          <option value="PERSON">{SUBJECT_LABEL.PERSON}</option>
        </SelectField>
        <TextField label="Highest score" inputMode="numeric" className="field-short" error={errors.maxScore?.message} {...register("maxScore")} />
        <TextField
          label="Order"
          optional
          inputMode="numeric"
          className="field-short"
          error={errors.position?.message}
          {...register("position")}
        />
      </div>
      <CheckboxField label="In use (reviewers score it)" {...register("active")} />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {criterion ? "Save changes" : "Add criterion"}
        </Button>
        <Button variant="link" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
};

export const RubricManager = () => {
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
            Add a criterion
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
      {loading && !data && <LoadingState label="Loading the rubric…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && criteria.length === 0 && (
        <EmptyState title="No criteria yet">
          <p>Add the criteria reviewers score applications on.</p>
        </EmptyState>
      )}
      {criteria.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Rubric criteria" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Used for</th>
                <th scope="col">Highest score</th>
                <th scope="col">Order</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                    <StatusBadge tone={c.active ? "success" : "neutral"}>{c.active ? "In use" : "Not used"}</StatusBadge>
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      className="btn-small"
                      aria-label={`Edit ${c.title}`}
                      onClick={() => {
                        setMessage(null);
                        setEditing(c.id);
                      }}
                    >
                      Edit
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
