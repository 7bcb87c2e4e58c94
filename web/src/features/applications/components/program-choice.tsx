import { useQuery } from "@apollo/client/react";
import { AccreditedProgramsDocument, MyActiveProgramsDocument, type ApplicationKind } from "@ccp/shared";
import { useId, useState, type KeyboardEvent, type Ref } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";

type Option = { id: string; title: string; detail?: string };

type Props = {
  kind: ApplicationKind;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  /** Given to the first choice, so react-hook-form can move focus to the group when it is invalid. */
  inputRef?: Ref<HTMLInputElement>;
  /** The program already on the application, shown even when a search doesn't find it. */
  current?: { id: string; title: string } | null;
};

const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

const Options = ({ legend, options, value, onChange, error, inputRef }: { legend: string } & Omit<Props, "kind" | "current"> & { options: Option[] }) => {
  const errorId = useId();
  return (
    <fieldset className={["fieldset", error ? "field-invalid" : ""].filter(Boolean).join(" ")}>
      <legend className="field-label-legend">{legend}</legend>
      <div className="choice-list">
        {options.map((option, index) => (
          <label key={option.id} className={["choice-card", value === option.id ? "selected" : ""].filter(Boolean).join(" ")}>
            <input
              type="radio"
              name="programId"
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
              className="choice-radio"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              ref={index === 0 ? inputRef : undefined}
            />
            <span className="choice-body">
              <span className="choice-title">{option.title}</span>
              {option.detail && <span className="choice-meta">{option.detail}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
};

const withCurrent = (options: Option[], current: Props["current"]): Option[] =>
  current && !options.some((o) => o.id === current.id) ? [{ id: current.id, title: current.title }, ...options] : options;

/** Accreditation: one of the person's own active programs. */
const OwnPrograms = ({ value, onChange, error, inputRef, current }: Omit<Props, "kind">) => {
  const { data, loading, error: loadError, refetch } = useQuery(MyActiveProgramsDocument, { fetchPolicy: "cache-and-network" });
  if (loading && !data) return <LoadingState label="Loading your programs…" />;
  if (loadError && !data) return <ErrorState message={describeError(loadError)} onRetry={() => void refetch()} />;
  const options = withCurrent(
    (data?.programs.edges ?? []).map(({ node }) => ({ id: node.id, title: node.title, detail: hours(node.totalHours) })),
    current,
  );
  if (options.length === 0) {
    return (
      <EmptyState title="You don't have a program to accredit yet">
        <p>Add your training program with its modules and instructors first.</p>
        <Link to={paths.app.programNew} className="btn btn-secondary">
          Add a program
        </Link>
      </EmptyState>
    );
  }
  return <Options legend="Program to accredit" options={options} value={value} onChange={onChange} error={error} inputRef={inputRef} />;
};

/** Personal certification: an accredited program the person completed, found by title. */
const AccreditedPrograms = ({ value, onChange, error, inputRef, current }: Omit<Props, "kind">) => {
  const [draft, setDraft] = useState("");
  const [search, setSearch] = useState("");
  const { data, loading, error: loadError, refetch } = useQuery(AccreditedProgramsDocument, {
    variables: { search: search || undefined },
  });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      setSearch(draft.trim());
    }
  };
  const options = withCurrent(
    (data?.accreditedPrograms ?? []).map((p) => ({
      id: p.id,
      title: p.title,
      detail: [p.organization?.name, hours(p.totalHours)].filter(Boolean).join(" · "),
    })),
    current,
  );
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="program-search" className="field-label">
          Find the program you completed
        </label>
        <div className="field-hint" id="program-search-hint">
          Only programs accredited by CareCorePlus can be used. Search by the program's title.
        </div>
        <div className="inline-form-row">
          <input
            id="program-search"
            className="input"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby="program-search-hint"
          />
          <Button variant="secondary" className="btn-small" onClick={() => setSearch(draft.trim())}>
            Search
          </Button>
        </div>
      </div>
      {loading && !data && <LoadingState label="Searching accredited programs…" />}
      {loadError && !data && <ErrorState message={describeError(loadError)} onRetry={() => void refetch()} />}
      {data && options.length === 0 && (
        <EmptyState title={search ? `No accredited program matches "${search}"` : "No accredited programs yet"}>
          <p>Check the spelling, or ask your training provider whether their program is accredited.</p>
        </EmptyState>
      )}
      {options.length > 0 && (
        <Options legend="Accredited program" options={options} value={value} onChange={onChange} error={error} inputRef={inputRef} />
      )}
      {data && options.length === 0 && error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};

export const ProgramChoice = ({ kind, ...props }: Props) =>
  kind === "PROGRAM_ACCREDITATION" ? <OwnPrograms {...props} /> : <AccreditedPrograms {...props} />;
