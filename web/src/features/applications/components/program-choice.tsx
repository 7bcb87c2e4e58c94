import { useQuery } from "@apollo/client/react";
import { AccreditedProgramsDocument, MyActiveProgramsDocument, type ApplicationKind } from "@ccp/shared";
import type { TFunction } from "i18next";
import { useId, useState, type KeyboardEvent, type Ref } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
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

const hours = (t: TFunction, n: number) => t("programChoice.hours", { count: n });

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
  const t = useT("applicant");
  const { data, loading, error: loadError, refetch } = useQuery(MyActiveProgramsDocument, { fetchPolicy: "cache-and-network" });
  if (loading && !data) return <LoadingState label={t("programChoice.loadingOwn")} />;
  if (loadError && !data) return <ErrorState message={describeError(loadError)} onRetry={() => void refetch()} />;
  const options = withCurrent(
    (data?.programs.edges ?? []).map(({ node }) => ({ id: node.id, title: node.title, detail: hours(t, node.totalHours) })),
    current,
  );
  if (options.length === 0) {
    return (
      <EmptyState title={t("programChoice.noOwn")}>
        <p>{t("programChoice.noOwnText")}</p>
        <Link to={paths.app.programNew} className="btn btn-secondary">
          {t("programChoice.addProgram")}
        </Link>
      </EmptyState>
    );
  }
  return <Options legend={t("programChoice.ownLegend")} options={options} value={value} onChange={onChange} error={error} inputRef={inputRef} />;
};

/** Personal certification: an accredited program the person completed, found by title. */
const AccreditedPrograms = ({ value, onChange, error, inputRef, current }: Omit<Props, "kind">) => {
  const t = useT("applicant");
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
      detail: [p.organization?.name, hours(t, p.totalHours)].filter(Boolean).join(" · "),
    })),
    current,
  );
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="program-search" className="field-label">
          {t("programChoice.searchLabel")}
        </label>
        <div className="field-hint" id="program-search-hint">
          {t("programChoice.searchHint")}
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
            {t("programChoice.search")}
          </Button>
        </div>
      </div>
      {loading && !data && <LoadingState label={t("programChoice.searching")} />}
      {loadError && !data && <ErrorState message={describeError(loadError)} onRetry={() => void refetch()} />}
      {data && options.length === 0 && (
        <EmptyState title={search ? t("programChoice.noMatch", { search }) : t("programChoice.noAccredited")}>
          <p>{t("programChoice.noMatchText")}</p>
        </EmptyState>
      )}
      {options.length > 0 && (
        <Options legend={t("programChoice.accreditedLegend")} options={options} value={value} onChange={onChange} error={error} inputRef={inputRef} />
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
