import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApplicationNoteAddDocument, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { noteSchema, type NoteValues } from "../schemas/review-schemas";

type Note = NonNullable<ReviewApplicationFieldsFragment["notes"]>[number];

export const ReviewNotes = ({ applicationId, notes }: { applicationId: string; notes: readonly Note[] }) => {
  const t = useT("staff");
  const [addNote] = useMutation(ApplicationNoteAddDocument, { refetchQueries: ["ReviewApplication"], awaitRefetchQueries: true });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NoteValues>({ resolver: zodResolver(noteSchema), defaultValues: { body: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await addNote({ variables: { id: applicationId, body: values.body.trim() } });
      const payload = data?.applicationNoteAdd;
      if (!payload) throw new Error("empty response");
      if (payload.note && payload.errors.length === 0) {
        reset({ body: "" });
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["body"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  const sorted = [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="stack">
      <p className="staff-only-label">{t("reviewNotes.staffOnly")}</p>
      {sorted.length === 0 ? (
        <p className="muted">{t("reviewNotes.empty")}</p>
      ) : (
        <ul className="note-list">
          {sorted.map((note) => (
            <li key={note.id} className="note">
              <p className="pre-line">{note.body}</p>
              <p className="note-meta">
                {note.author ? `${note.author.firstName} ${note.author.lastName}` : t("reviewNotes.staff")} ·{" "}
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormErrors messages={formErrors} />
        <TextAreaField label={t("reviewNotes.add")} rows={3} error={errors.body?.message} {...register("body")} />
        <div className="form-actions">
          <Button type="submit" variant="secondary" pending={isSubmitting} pendingLabel={t("reviewNotes.adding")}>
            {t("reviewNotes.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
};
