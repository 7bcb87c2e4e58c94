import { useState, type KeyboardEvent } from "react";
import { useT } from "@/lib/i18n";
import { Button } from "./button";
import { Field, useFieldIds } from "./field";

type ListFieldProps = {
  label: string;
  hint?: string;
  error?: string;
  /** Accessible name of one item, e.g. "competency". */
  itemName: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  maxItems?: number;
};

/**
 * A list of short texts (competencies, licences): type one, press Enter or
 * "Add", and remove any with its own button.
 */
export const ListField = ({ label, hint, error, itemName, value, onChange, onBlur, maxItems = 50 }: ListFieldProps) => {
  const t = useT();
  const ids = useFieldIds(undefined, hint, error);
  const [draft, setDraft] = useState("");
  const full = value.length >= maxItems;

  const add = () => {
    const text = draft.trim();
    if (!text || full) return;
    if (!value.includes(text)) onChange([...value, text]);
    setDraft("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };

  return (
    <Field ids={ids} label={label} hint={hint} error={error}>
      {value.length > 0 && (
        <ul className="chip-list" aria-label={t("ui.listAdded", { label })}>
          {value.map((item, index) => (
            <li key={`${item}-${index}`} className="chip">
              <span>{item}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t("ui.listRemove", { itemName, item })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form-row">
        <input
          id={ids.inputId}
          className="input"
          value={draft}
          disabled={full}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <Button variant="secondary" className="btn-small" onClick={add} disabled={!draft.trim() || full}>
          {t("ui.add")}
        </Button>
      </div>
    </Field>
  );
};
