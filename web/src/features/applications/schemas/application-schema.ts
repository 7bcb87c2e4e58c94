import type { ApplicationCreateInput, ApplicationKind, ApplicationUpdateInput } from "@ccp/shared";
import { z } from "zod";
import { translate, zodMessage } from "@/lib/i18n";

/** The API needs at least this many characters before an application can be submitted. */
export const MIN_STATEMENT = 20;
export const MAX_STATEMENT = 10_000;

export type WizardStep = 1 | 2 | 3;

/** Everything the wizard collects; empty strings mean "not chosen yet". */
export const applicationDraftSchema = z.object({
  kind: z.union([z.enum(["PROGRAM_ACCREDITATION", "INDIVIDUAL_CERTIFICATION"]), z.literal("")]),
  programId: z.string(),
  certificationTypeId: z.string(),
  statement: z.string().max(MAX_STATEMENT, zodMessage("applicant", "wizard.v.statementMax")),
});

export type ApplicationValues = z.infer<typeof applicationDraftSchema>;
export type ApplicationField = keyof ApplicationValues;

const programMessage = (kind: ApplicationValues["kind"]) =>
  kind === "INDIVIDUAL_CERTIFICATION"
    ? translate("applicant", "wizard.v.programCompleted")
    : translate("applicant", "wizard.v.programToAccredit");

/** What must be filled in before leaving `step` (or, for step 3, before submitting). */
export const stepIssues = (step: WizardStep, values: ApplicationValues): { field: ApplicationField; message: string }[] => {
  const issues: { field: ApplicationField; message: string }[] = [];
  if (step === 1 && !values.kind) issues.push({ field: "kind", message: translate("applicant", "wizard.chooseKind") });
  if (step === 2) {
    if (!values.programId) issues.push({ field: "programId", message: programMessage(values.kind) });
    if (!values.certificationTypeId) issues.push({ field: "certificationTypeId", message: translate("applicant", "wizard.v.certification") });
  }
  if (step === 3) {
    const length = values.statement.trim().length;
    if (length < MIN_STATEMENT) {
      issues.push({
        field: "statement",
        message: translate("applicant", "wizard.v.statementMin", { min: MIN_STATEMENT, length }),
      });
    }
    if (values.statement.length > MAX_STATEMENT) {
      issues.push({ field: "statement", message: translate("applicant", "wizard.v.statementMax") });
    }
  }
  return issues;
};

/** The wizard step each input lives on, to send people back to a problem. */
export const STEP_OF_FIELD: Record<ApplicationField, WizardStep> = {
  kind: 1,
  programId: 2,
  certificationTypeId: 2,
  statement: 3,
};

/** applicationCreate's input: only what has been chosen so far. */
export const toCreateInput = (values: ApplicationValues & { kind: ApplicationKind }): ApplicationCreateInput => ({
  kind: values.kind,
  ...(values.programId ? { programId: values.programId } : {}),
  ...(values.certificationTypeId ? { certificationTypeId: values.certificationTypeId } : {}),
  ...(values.statement.trim() ? { statement: values.statement.trim() } : {}),
});

/** applicationUpdate's input: the statement is always sent, so clearing it is saved too. */
export const toUpdateInput = (values: ApplicationValues): ApplicationUpdateInput => ({
  ...(values.programId ? { programId: values.programId } : {}),
  ...(values.certificationTypeId ? { certificationTypeId: values.certificationTypeId } : {}),
  statement: values.statement.trim(),
});

/** Which certifications fit the kind: programs are accredited, people are certified. */
export const subjectOfKind = (kind: ApplicationKind): "PROGRAM" | "PERSON" =>
  kind === "PROGRAM_ACCREDITATION" ? "PROGRAM" : "PERSON";
