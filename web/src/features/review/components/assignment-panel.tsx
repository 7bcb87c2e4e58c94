import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationAssignDocument, ReviewersDocument, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useViewer } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Who reviews it: reviewers take it themselves; admins can also pick someone. */
export const AssignmentPanel = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
  const viewer = useViewer();
  const t = useT("staff");
  const isAdmin = viewer.roles.includes("ADMIN");
  const [assign] = useMutation(ApplicationAssignDocument);
  const reviewers = useQuery(ReviewersDocument, { skip: !isAdmin });
  const [chosen, setChosen] = useState(application.assignee?.id ?? "");
  const [pending, setPending] = useState<"take" | "assign" | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const assignable = application.status === "SUBMITTED" || application.status === "UNDER_REVIEW";
  const mine = application.assignee?.id === viewer.id;

  const run = async (which: "take" | "assign", reviewerId?: string) => {
    setPending(which);
    setErrors([]);
    setDone(null);
    try {
      const { data } = await assign({ variables: { id: application.id, reviewerId } });
      const payload = data?.applicationAssign;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else setDone(which === "take" ? (mine ? t("assignment.started") : t("assignment.yours")) : t("assignment.assigned"));
    } catch (error) {
      setErrors([describeError(error)]);
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="stack">
      <p>
        {application.assignee ? (
          <Trans
            text={t("assignment.reviewer", { name: mine ? t("assignment.you") : name(application.assignee) })}
            components={[<strong />]}
          />
        ) : (
          t("assignment.nobody")
        )}
      </p>
      <FormErrors messages={errors} />
      {done && (
        <p className="text-success" role="status">
          {done}
        </p>
      )}
      {!assignable && <p className="muted">{t("assignment.notAssignable")}</p>}
      {assignable && !mine && (
        <div>
          <Button onClick={() => void run("take")} pending={pending === "take"} pendingLabel={t("assignment.taking")} disabled={pending !== null}>
            {t("assignment.take")}
          </Button>
        </div>
      )}
      {mine && application.status === "SUBMITTED" && (
        <>
          <p className="muted">{t("assignment.sentAgain")}</p>
          <div>
            <Button onClick={() => void run("take")} pending={pending === "take"} pendingLabel={t("assignment.starting")} disabled={pending !== null}>
              {t("assignment.start")}
            </Button>
          </div>
        </>
      )}
      {assignable && isAdmin && (
        <div className="inline-assign">
          <SelectField
            label={t("assignment.assignTo")}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            disabled={reviewers.loading || pending !== null}
            hint={reviewers.error ? describeError(reviewers.error) : undefined}
          >
            <option value="">{t("assignment.choose")}</option>
            {(reviewers.data?.reviewers ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === viewer.id ? t("assignment.personYou", { name: name(person) }) : name(person)}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            onClick={() => void run("assign", chosen)}
            pending={pending === "assign"}
            pendingLabel={t("assignment.assigning")}
            disabled={!chosen || chosen === application.assignee?.id || pending !== null}
          >
            {t("assignment.assign")}
          </Button>
        </div>
      )}
    </div>
  );
};
