import { fail, ok, type Result, userError, type UserError } from "../../common/graphql/user-error";
import { isAdult, parseLocalDate } from "../auth/age.rules";
import type { UserView } from "../users/user.service";
import { nameSchema, organizationNameSchema, phoneSchema } from "../users/user.validation";

/**
 * Personal fields a correction request (POL-RIGHT-CORRECT) may change once staff approve it.
 * The e-mail address is not here: a new address has to prove it works (a verification link), so it
 * is changed through support, not by a staff decision.
 */
export const CORRECTABLE_FIELDS = ["FIRST_NAME", "LAST_NAME", "DATE_OF_BIRTH", "PHONE", "ORGANIZATION_NAME"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The `users` column each field is stored in (encrypted, AAD users.<column>.<id>). */
export const CORRECTION_COLUMN = {
  FIRST_NAME: "first_name",
  LAST_NAME: "last_name",
  DATE_OF_BIRTH: "date_of_birth",
  PHONE: "phone",
  ORGANIZATION_NAME: "organization_name",
} as const satisfies Record<CorrectableField, string>;

/** A proposed value; null removes an optional field (phone, organization). */
export interface Correction {
  field: CorrectableField;
  proposed: string | null;
}

export const MAX_CORRECTIONS = CORRECTABLE_FIELDS.length;
const OPTIONAL: ReadonlySet<CorrectableField> = new Set(["PHONE", "ORGANIZATION_NAME"]);

function checkValue(field: CorrectableField, raw: string, now: Date): string | null | UserError {
  const path = ["proposedValue"];
  const value = raw.trim();
  if (value === "" && OPTIONAL.has(field)) return null;
  const parse = (schema: { safeParse: (v: string) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }) => {
    const r = schema.safeParse(value);
    return r.success ? (r.data as string) : userError("INVALID", r.error!.issues[0].message, path);
  };
  switch (field) {
    case "FIRST_NAME":
      return parse(nameSchema("first name"));
    case "LAST_NAME":
      return parse(nameSchema("last name"));
    case "PHONE":
      return parse(phoneSchema);
    case "ORGANIZATION_NAME":
      return parse(organizationNameSchema);
    case "DATE_OF_BIRTH": {
      const birth = parseLocalDate(value);
      if (!birth || birth.year < 1900) return userError("INVALID", "Enter the date of birth as YYYY-MM-DD, e.g. 1990-04-21.", path);
      if (!isAdult(birth, now)) return userError("INVALID", "CareCorePlus accounts are for people aged 18 or over.", path);
      return value;
    }
  }
}

/** Checks the proposed values (each field once, each value by the rules of its field). Errors point at ["corrections", i, ...]. */
export function validateCorrections(input: readonly { field: string; proposedValue: string }[], now: Date): Result<Correction[]> {
  if (input.length > MAX_CORRECTIONS) return fail(userError("INVALID", `Name at most ${MAX_CORRECTIONS} fields.`, "corrections"));
  const errors: UserError[] = [];
  const out: Correction[] = [];
  const seen = new Set<CorrectableField>();
  input.forEach((c, i) => {
    const field = c.field as CorrectableField;
    if (!CORRECTABLE_FIELDS.includes(field)) {
      errors.push(userError("INVALID", "This field cannot be corrected with a request.", ["corrections", String(i), "field"]));
      return;
    }
    if (seen.has(field)) {
      errors.push(userError("INVALID", "Name each field once.", ["corrections", String(i), "field"]));
      return;
    }
    seen.add(field);
    const checked = checkValue(field, String(c.proposedValue ?? "").slice(0, 1000), now);
    if (checked !== null && typeof checked === "object") errors.push(userError(checked.code, checked.message, ["corrections", String(i), "proposedValue"]));
    else out.push({ field, proposed: checked });
  });
  return errors.length ? fail(...errors) : ok(out);
}

/** What the account says now, for staff to compare with the proposed value. */
export function currentValue(user: UserView, field: CorrectableField): string | null {
  switch (field) {
    case "FIRST_NAME":
      return user.firstName;
    case "LAST_NAME":
      return user.lastName;
    case "DATE_OF_BIRTH":
      return user.dateOfBirth;
    case "PHONE":
      return user.phone;
    case "ORGANIZATION_NAME":
      return user.organizationName;
  }
}
