import type { ProfessionalProfileFieldsFragment, ProfessionalProfileInput } from "@ccp/shared";
import { z } from "zod";
import { currentLocale, translate, zodMessage } from "@/lib/i18n";

// Dates are months ("2027-06"); the API also accepts a full date, which is
// shown here as its month.
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = z
  .string()
  .trim()
  .refine((v) => v === "" || MONTH.test(v), zodMessage("applicant", "professionalProfile.v.month"));

/** "Use at most 2,000 characters", the number written the reader's way. */
const atMost = (max: number) => ({
  error: () => translate("applicant", "professionalProfile.v.maxChars", { max: max.toLocaleString(currentLocale()) }),
});

/** `key` names the "Enter the …" message in professionalProfile.v.required. */
const required = (key: string, max: number) =>
  z.string().trim().min(1, zodMessage("applicant", `professionalProfile.v.required.${key}`)).max(max, atMost(max));

const licenseSchema = z.object({
  type: required("licenseType", 120),
  number: required("licenseNumber", 60),
  issuer: required("licenseIssuer", 200),
  expiresOn: month,
});

const certificationSchema = z.object({
  name: required("certification", 200),
  issuer: required("issuer", 200),
  obtainedOn: month,
  expiresOn: month,
});

const educationSchema = z.object({
  qualification: required("qualification", 200),
  institution: required("institution", 200),
  completedOn: month,
});

const experienceSchema = z
  .object({
    role: required("role", 200),
    employer: required("employer", 200),
    startOn: month,
    endOn: month,
    description: z.string().trim().max(2000, atMost(2000)),
  })
  .refine((e) => !e.startOn || !e.endOn || !MONTH.test(e.startOn) || !MONTH.test(e.endOn) || e.endOn >= e.startOn, {
    ...zodMessage("applicant", "professionalProfile.v.endBeforeStart"),
    path: ["endOn"],
  });

export const professionalProfileSchema = z.object({
  licenses: z.array(licenseSchema).max(30, zodMessage("applicant", "professionalProfile.v.licensesMax")),
  certifications: z.array(certificationSchema).max(50, zodMessage("applicant", "professionalProfile.v.certificationsMax")),
  education: z.array(educationSchema).max(30, zodMessage("applicant", "professionalProfile.v.educationMax")),
  experience: z.array(experienceSchema).max(50, zodMessage("applicant", "professionalProfile.v.experienceMax")),
});

export type ProfessionalProfileValues = z.infer<typeof professionalProfileSchema>;

export const emptyLicense = (): ProfessionalProfileValues["licenses"][number] => ({ type: "", number: "", issuer: "", expiresOn: "" });
export const emptyCertification = (): ProfessionalProfileValues["certifications"][number] => ({
  name: "",
  issuer: "",
  obtainedOn: "",
  expiresOn: "",
});
export const emptyEducation = (): ProfessionalProfileValues["education"][number] => ({
  qualification: "",
  institution: "",
  completedOn: "",
});
export const emptyExperience = (): ProfessionalProfileValues["experience"][number] => ({
  role: "",
  employer: "",
  startOn: "",
  endOn: "",
  description: "",
});

/** "2027-06-30" → "2027-06"; null → "". */
export const toMonth = (value: string | null | undefined): string => (value ? value.slice(0, 7) : "");

export const profileDefaults = (profile?: ProfessionalProfileFieldsFragment | null): ProfessionalProfileValues => ({
  licenses: (profile?.licenses ?? []).map((l) => ({ type: l.type, number: l.number, issuer: l.issuer, expiresOn: toMonth(l.expiresOn) })),
  certifications: (profile?.certifications ?? []).map((c) => ({
    name: c.name,
    issuer: c.issuer,
    obtainedOn: toMonth(c.obtainedOn),
    expiresOn: toMonth(c.expiresOn),
  })),
  education: (profile?.education ?? []).map((e) => ({
    qualification: e.qualification,
    institution: e.institution,
    completedOn: toMonth(e.completedOn),
  })),
  experience: (profile?.experience ?? []).map((e) => ({
    role: e.role,
    employer: e.employer,
    startOn: toMonth(e.startOn),
    endOn: toMonth(e.endOn),
    description: e.description ?? "",
  })),
});

const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

/** The whole profile as the API stores it (it replaces the saved one). */
export const toProfessionalProfileInput = (values: ProfessionalProfileValues): ProfessionalProfileInput => ({
  licenses: values.licenses.map((l) => ({ type: l.type, number: l.number, issuer: l.issuer, expiresOn: orNull(l.expiresOn) })),
  certifications: values.certifications.map((c) => ({
    name: c.name,
    issuer: c.issuer,
    obtainedOn: orNull(c.obtainedOn),
    expiresOn: orNull(c.expiresOn),
  })),
  education: values.education.map((e) => ({ qualification: e.qualification, institution: e.institution, completedOn: orNull(e.completedOn) })),
  experience: values.experience.map((e) => ({
    role: e.role,
    employer: e.employer,
    startOn: orNull(e.startOn),
    endOn: orNull(e.endOn),
    description: orNull(e.description),
  })),
});

const NESTED = /^(licenses|certifications|education|experience)\.\d+\.(\w+)$/;

/** Server paths such as "licenses.0.number" → the same input on the form. */
export const profileErrorField = (path: string): string | undefined => (NESTED.test(path) ? path : undefined);
