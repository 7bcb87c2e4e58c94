import type { CertificationTypeOptionFieldsFragment } from "@ccp/shared";
import type { TFunction } from "i18next";
import { useT } from "@/lib/i18n";
import { formatMoney } from "@/lib/money";

const validity = (t: TFunction, months: number) =>
  months % 12 === 0 ? t("certificationChoice.years", { count: months / 12 }) : t("certificationChoice.months", { count: months });

type Props = {
  name: string;
  types: readonly CertificationTypeOptionFieldsFragment[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
};

/** Radio cards for the catalogue entries that fit the application, with fee and validity. */
export const CertificationTypeChoice = ({ name, types, value, onChange, error }: Props) => {
  const t = useT("applicant");
  return (
    <fieldset className={["fieldset", error ? "field-invalid" : ""].filter(Boolean).join(" ")}>
      <legend className="field-label-legend">{t("certificationChoice.legend")}</legend>
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
                {t("certificationChoice.meta", {
                  fee: formatMoney(type.feeCents, type.currency),
                  validity: validity(t, type.validityMonths),
                })}
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
};
