import { useMutation, useQuery } from "@apollo/client/react";
import { ApplicationAssignDocument, ReviewersDocument, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useViewer } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Who reviews it: reviewers take it themselves; admins can also pick someone. */
export const AssignmentPanel = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
  const viewer = useViewer();
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
      else setDone(which === "take" ? (mine ? "Review started." : "It's yours now.") : "Reviewer assigned.");
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
          <>
            Reviewer: <strong>{mine ? "You" : name(application.assignee)}</strong>
          </>
        ) : (
          "Nobody is reviewing this yet."
        )}
      </p>
      <FormErrors messages={errors} />
      {done && (
        <p className="text-success" role="status">
          {done}
        </p>
      )}
      {!assignable && <p className="muted">Only submitted applications and those being reviewed can be assigned.</p>}
      {assignable && !mine && (
        <div>
          <Button onClick={() => void run("take")} pending={pending === "take"} pendingLabel="Taking…" disabled={pending !== null}>
            Take it
          </Button>
        </div>
      )}
      {mine && application.status === "SUBMITTED" && (
        <>
          <p className="muted">The applicant sent it again. Start the review to score it and decide.</p>
          <div>
            <Button onClick={() => void run("take")} pending={pending === "take"} pendingLabel="Starting…" disabled={pending !== null}>
              Start review
            </Button>
          </div>
        </>
      )}
      {assignable && isAdmin && (
        <div className="inline-assign">
          <SelectField
            label="Assign to"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            disabled={reviewers.loading || pending !== null}
            hint={reviewers.error ? describeError(reviewers.error) : undefined}
          >
            <option value="">Choose a reviewer…</option>
            {(reviewers.data?.reviewers ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === viewer.id ? `${name(person)} (you)` : name(person)}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            onClick={() => void run("assign", chosen)}
            pending={pending === "assign"}
            pendingLabel="Assigning…"
            disabled={!chosen || chosen === application.assignee?.id || pending !== null}
          >
            Assign
          </Button>
        </div>
      )}
    </div>
  );
};
