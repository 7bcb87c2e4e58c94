import { useQuery } from "@apollo/client/react";
import { OrganizationPickerDocument } from "@ccp/shared";
import { useEffect, useId, useState } from "react";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { TextField } from "@/components/ui/text-field";
import { pickerSummary, PICKER_PAGE } from "../utils/retention-labels";

const DEBOUNCE_MS = 250;

type OrganizationPickerProps = {
  /** The chosen organization's id ("" when none). */
  value: string;
  onChange: (id: string, name: string) => void;
  error?: string;
};

/** Find an organization by part of its name and choose it (ADMIN), instead of pasting its id. */
export const OrganizationPicker = ({ value, onChange, error }: OrganizationPickerProps) => {
  const t = useT("staff");
  const name = useId();
  const [search, setSearch] = useState("");
  const [term, setTerm] = useState("");
  useEffect(() => {
    // Ask the server once typing pauses, not on every key.
    const timer = setTimeout(() => setTerm(search.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading, error: queryError } = useQuery(OrganizationPickerDocument, {
    variables: { search: term || null, first: PICKER_PAGE },
    fetchPolicy: "cache-and-network",
  });
  const page = data?.allOrganizations;
  const organizations = page?.edges.map((e) => e.node) ?? [];

  return (
    <div className="stack">
      <TextField
        label={t("organizationPicker.find")}
        type="search"
        autoComplete="off"
        hint={t("organizationPicker.findHint")}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <fieldset className={["fieldset", error ? "field-invalid" : ""].filter(Boolean).join(" ")} aria-busy={loading || undefined}>
        <legend className="field-label-legend">{t("organizationPicker.legend")}</legend>
        {queryError && !data && <p className="field-error">{describeError(queryError)}</p>}
        {loading && !data && <p className="muted">{t("organizationPicker.loading")}</p>}
        {page && (
          <p className="muted" aria-live="polite">
            {pickerSummary(organizations.length, page.totalCount, term)}
          </p>
        )}
        {organizations.length > 0 && (
          <div className="choice-list">
            {organizations.map((org) => (
              <label key={org.id} className={["choice-card", value === org.id ? "selected" : ""].filter(Boolean).join(" ")}>
                <input type="radio" name={name} value={org.id} checked={value === org.id} className="choice-radio" onChange={() => onChange(org.id, org.name)} />
                <span className="choice-body">
                  <span className="choice-title">{org.name}</span>
                  <span className="choice-text">
                    <Trans
                      text={t("organizationPicker.since", { date: formatDate(org.createdAt), id: org.id })}
                      components={[<span className="input-mono cell-break" />]}
                    />
                  </span>
                </span>
              </label>
            ))}
          </div>
        )}
        {error && <p className="field-error">{error}</p>}
      </fieldset>
    </div>
  );
};
