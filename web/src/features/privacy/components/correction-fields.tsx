import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useT } from "@/lib/i18n";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_CORRECTIONS, type CorrectionValues } from "../schemas/privacy-request-schema";
import { PERSONAL_FIELDS } from "../utils/privacy-labels";

/** The part of a request form this component reads and writes (both request forms have it). */
type WithCorrections = { corrections: CorrectionValues[] };

/** Server error paths such as "corrections.0.proposedValue" name these inputs as they are. */
export const correctionFieldPath = (path: string): string | undefined =>
  /^corrections\.\d+\.(field|proposedValue)$/.test(path) ? path : undefined;

/**
 * "Which details are wrong?" (POL-RIGHT-CORRECT): up to five rows of detail + what it should say.
 * Used inside a FormProvider by the privacy center's form and the public request page, so its
 * words are public strings.
 */
export const CorrectionFields = () => {
  const t = useT("public");
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<WithCorrections>();
  const rows = useFieldArray({ control, name: "corrections" });
  const chosen = useWatch({ control, name: "corrections" });

  return (
    <fieldset className="fieldset">
      <legend className="field-label-legend">{t("publicRequest.corrections.legend")}</legend>
      <p className="field-hint">{t("publicRequest.corrections.hint")}</p>
      {rows.fields.map((row, index) => {
        const spec = PERSONAL_FIELDS.find((f) => f.field === chosen?.[index]?.field);
        const rowErrors = errors.corrections?.[index];
        return (
          <div key={row.id} className="correction-row">
            <SelectField label={t("publicRequest.corrections.detail", { number: index + 1 })} error={rowErrors?.field?.message} {...register(`corrections.${index}.field`)}>
              <option value="">{t("publicRequest.corrections.choose")}</option>
              {PERSONAL_FIELDS.map((f) => (
                <option key={f.field} value={f.field}>
                  {f.label}
                </option>
              ))}
            </SelectField>
            <TextField
              label={
                spec
                  ? t("publicRequest.corrections.correct", { field: spec.label.toLowerCase() })
                  : t("publicRequest.corrections.whatItShouldSay")
              }
              optional={spec?.optional}
              hint={spec?.hint}
              placeholder={spec?.field === "DATE_OF_BIRTH" ? t("publicRequest.corrections.datePlaceholder") : undefined}
              maxLength={200}
              error={rowErrors?.proposedValue?.message}
              {...register(`corrections.${index}.proposedValue`)}
            />
            <Button variant="link" onClick={() => rows.remove(index)} aria-label={t("publicRequest.corrections.removeLabel", { number: index + 1 })}>
              {t("publicRequest.corrections.remove")}
            </Button>
          </div>
        );
      })}
      {rows.fields.length < MAX_CORRECTIONS && (
        <div>
          <Button variant="secondary" className="btn-small" onClick={() => rows.append({ field: "", proposedValue: "" })}>
            {rows.fields.length ? t("publicRequest.corrections.addAnother") : t("publicRequest.corrections.addFirst")}
          </Button>
        </div>
      )}
    </fieldset>
  );
};
