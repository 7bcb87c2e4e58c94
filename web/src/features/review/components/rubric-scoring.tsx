import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApplicationScoreDocument, type ReviewRubricQuery } from "@ccp/shared";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { createScoreSchema, type ScoreValues } from "../schemas/review-schemas";

type Criterion = ReviewRubricQuery["rubricCriteria"][number];
type Score = { criterionId: string; score: number; comment: string | null; updatedAt: string };

const CriterionForm = ({
  applicationId,
  criterion,
  score,
  disabled,
}: {
  applicationId: string;
  criterion: Criterion;
  score?: Score;
  disabled: boolean;
}) => {
  const t = useT("staff");
  const [save] = useMutation(ApplicationScoreDocument, { refetchQueries: ["ReviewApplication"] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(score?.updatedAt ?? null);
  const schema = useMemo(() => createScoreSchema(criterion.maxScore), [criterion.maxScore]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ScoreValues>({
    resolver: zodResolver(schema),
    defaultValues: { score: score ? String(score.score) : "", comment: score?.comment ?? "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await save({
        variables: {
          id: applicationId,
          input: { criterionId: criterion.id, score: Number(values.score), comment: values.comment.trim() || null },
        },
      });
      const payload = data?.applicationScore;
      if (!payload) throw new Error("empty response");
      if (payload.score && payload.errors.length === 0) {
        setSavedAt(payload.score.updatedAt);
        reset(values);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["score", "comment"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  const titleId = `criterion-${criterion.id}`;
  return (
    <form className="criterion" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="criterion-title">
        {criterion.title} <span className="muted">{t("rubricScoring.range", { max: criterion.maxScore })}</span>
      </h3>
      {criterion.guidance && <p className="muted">{criterion.guidance}</p>}
      <FormErrors messages={formErrors} />
      <div className="criterion-fields">
        <SelectField label={t("rubricScoring.score")} disabled={disabled} error={errors.score?.message} {...register("score")}>
          <option value="">{t("rubricScoring.choose")}</option>
          {Array.from({ length: criterion.maxScore + 1 }, (_, n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t("rubricScoring.comment")}
          optional
          rows={2}
          disabled={disabled}
          error={errors.comment?.message}
          {...register("comment")}
        />
      </div>
      <div className="form-actions">
        <Button
          type="submit"
          variant="secondary"
          className="btn-small"
          pending={isSubmitting}
          pendingLabel={t("rubricScoring.saving")}
          disabled={disabled || !isDirty}
        >
          {t("rubricScoring.save")}
        </Button>
        {savedAt && !isDirty && (
          <span className="text-success" role="status">
            {t("rubricScoring.saved", { when: formatDateTime(savedAt) })}
          </span>
        )}
      </div>
    </form>
  );
};

export const RubricScoring = ({
  applicationId,
  criteria,
  scores,
  canScore,
}: {
  applicationId: string;
  criteria: readonly Criterion[];
  scores: readonly Score[];
  canScore: boolean;
}) => {
  const t = useT("staff");
  const active = [...criteria].filter((c) => c.active).sort((a, b) => a.position - b.position);
  if (active.length === 0) {
    return <p className="muted">{t("rubricScoring.none")}</p>;
  }
  const total = active.reduce((sum, c) => sum + (scores.find((s) => s.criterionId === c.id)?.score ?? 0), 0);
  const max = active.reduce((sum, c) => sum + c.maxScore, 0);
  const scored = active.filter((c) => scores.some((s) => s.criterionId === c.id)).length;
  return (
    <div className="stack">
      <p className="muted">
        {t("rubricScoring.summary", { scored, criteria: active.length, total, max })}
      </p>
      {!canScore && <p className="muted">{t("rubricScoring.notNow")}</p>}
      {active.map((criterion) => (
        <CriterionForm
          key={criterion.id}
          applicationId={applicationId}
          criterion={criterion}
          score={scores.find((s) => s.criterionId === criterion.id)}
          disabled={!canScore}
        />
      ))}
    </div>
  );
};
