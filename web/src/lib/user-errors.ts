import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** The `UserError` shape every mutation payload carries in `errors`. */
export type UserErrorLike = {
  code: string;
  field?: readonly string[] | null;
  message: string;
};

export type FieldError<TField extends string> = { field: TField; message: string };

export type SplitUserErrors<TField extends string> = {
  fieldErrors: FieldError<TField>[];
  formErrors: string[];
};

/**
 * Sorts payload errors into those that belong to an input of the form and
 * those shown above it. `field` is a path such as ["input", "email"]; its
 * last element names the input. `aliases` maps server names that differ from
 * the form's (e.g. acceptedPolicyVersionIds → acceptPolicy). Only the first
 * error per input is kept: one clear message beats a list.
 */
export type UserErrorMapping<TField extends string> = {
  /** Server field name → form field name, when they differ. */
  aliases?: Partial<Record<string, TField>>;
  /** Error code → form field, for errors the server sends without a field. */
  byCode?: Partial<Record<string, TField>>;
  /**
   * For forms with lists: gets the whole path joined with dots, without a
   * leading "input" (["input", "modules", "0", "title"] → "modules.0.title"),
   * and returns the form field, or undefined to fall back to the rules above.
   */
  nested?: (path: string) => TField | undefined;
};

/** ["input", "modules", "0", "title"] → "modules.0.title". */
export const joinFieldPath = (field: readonly string[]): string =>
  (field[0] === "input" ? field.slice(1) : field).join(".");

export const splitUserErrors = <TField extends string>(
  errors: readonly UserErrorLike[],
  fields: readonly TField[],
  { aliases = {}, byCode = {}, nested }: UserErrorMapping<TField> = {},
): SplitUserErrors<TField> => {
  const result: SplitUserErrors<TField> = { fieldErrors: [], formErrors: [] };
  for (const error of errors) {
    const name = error.field?.at(-1);
    const nestedTarget = error.field?.length && nested ? nested(joinFieldPath(error.field)) : undefined;
    const target =
      nestedTarget ??
      (name === undefined
        ? byCode[error.code]
        : (aliases[name] ?? fields.find((f) => f === name) ?? byCode[error.code]));
    if (target) {
      if (!result.fieldErrors.some((e) => e.field === target)) {
        result.fieldErrors.push({ field: target, message: error.message });
      }
    } else {
      result.formErrors.push(error.message);
    }
  }
  return result;
};

/**
 * Puts field errors on their inputs (focusing the first) and returns the
 * messages that belong in the form's alert region.
 */
export const applyUserErrors = <TValues extends FieldValues>(
  errors: readonly UserErrorLike[],
  setError: UseFormSetError<TValues>,
  fields: readonly Path<TValues>[],
  mapping?: UserErrorMapping<Path<TValues>>,
): string[] => {
  const { fieldErrors, formErrors } = splitUserErrors(errors, fields, mapping);
  fieldErrors.forEach(({ field, message }, index) => {
    setError(field, { type: "server", message }, { shouldFocus: index === 0 });
  });
  return formErrors;
};
