import type { CertificationTypeOptionFieldsFragment } from "@ccp/shared";
import { formatMoney } from "@/lib/money";

const validity = (months: number) =>
  months % 12 === 0 ? `${months / 12} ${months === 12 ? "year" : "years"}` : `${months} ${months === 1 ? "month" : "months"}`;

type Props = {
  name: string;
  types: readonly CertificationTypeOptionFieldsFragment[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
};

/** Radio cards for the catalogue entries that fit the application, with fee and validity. */
export const CertificationTypeChoice = ({ name, types, value, onChange, error }: Props) => (
  <fieldset className={["fieldset", error ? "field-invalid" : ""].filter(Boolean).join(" ")}>
    <legend className="field-label-legend">Certification</legend>
    <div className="choice-list">
      {types.map((type) => (
        <label key={type.id} className={["choice-card", value === type.id ? "selected" : ""].filter(Boolean).join(" ")}>
          <input
            type="radio"
            name={name}
            value={type.id}
            checked={value === type.id}
            onChange={() => onChange(type.id)}
            className="choice-radio"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${name}-error` : undefined}
          />
          <span className="choice-body">
            <span className="choice-title">
              {type.name} <span className="muted">({type.code})</span>
            </span>
            <span className="choice-meta">
              Fee {formatMoney(type.feeCents, type.currency)} · Valid for {validity(type.validityMonths)}
            </span>
            {type.description && <span className="choice-text">{type.description}</span>}
          </span>
        </label>
      ))}
    </div>
    {error && (
      <p id={`${name}-error`} className="field-error">
        {error}
      </p>
    )}
  </fieldset>
);
