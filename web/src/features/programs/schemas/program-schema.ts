import type { DeliveryMode, ProgramCreateInput, ProgramDetailFieldsFragment } from "@ccp/shared";
import { z } from "zod";

// Numbers are typed into text inputs, so the form keeps them as text and
// `toProgramInput` turns them into what the API takes.

const isNumber = (text: string) => /^\d+(\.\d+)?$/.test(text.trim());

const moduleSchema = z.object({
  title: z.string().trim().min(2, "Give the module a title").max(200, "Use at most 200 characters"),
  hours: z
    .string()
    .trim()
    .min(1, "Enter the module's hours")
    .refine(isNumber, "Enter hours as a number, like 8 or 7.5")
    .refine((v) => !isNumber(v) || (Number(v) >= 0.5 && Number(v) <= 2000), "Hours must be between 0.5 and 2,000"),
  competencies: z
    .array(z.string().trim().min(2, "Each competency needs at least 2 characters").max(300))
    .max(50, "Add at most 50 competencies"),
});

const instructorSchema = z.object({
  fullName: z.string().trim().min(2, "Enter the instructor's full name").max(200, "Use at most 200 characters"),
  qualifications: z
    .string()
    .trim()
    .min(2, "Describe the instructor's qualifications")
    .max(2000, "Use at most 2,000 characters"),
  licenses: z.array(z.string().trim().min(2).max(200)).max(20, "Add at most 20 licences"),
  yearsOfExperience: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) <= 70), "Enter whole years between 0 and 70"),
});

export const createProgramSchema = ({ needsOrganizationName = false } = {}) =>
  z.object({
    title: z.string().trim().min(3, "Enter a title of at least 3 characters").max(200, "Use at most 200 characters"),
    description: z.string().trim().max(5000, "Use at most 5,000 characters"),
    deliveryMode: z.enum(["IN_PERSON", "ONLINE", "BLENDED"]),
    organizationId: z.string(),
    organizationName: needsOrganizationName
      ? z.string().trim().min(2, "Enter the name of your training provider").max(200, "Use at most 200 characters")
      : z.string(),
    modules: z.array(moduleSchema).max(100, "Add at most 100 modules"),
    instructors: z.array(instructorSchema).max(50, "Add at most 50 instructors"),
  });

export type ProgramValues = z.infer<ReturnType<typeof createProgramSchema>>;
export type ModuleValues = ProgramValues["modules"][number];
export type InstructorValues = ProgramValues["instructors"][number];

export const emptyModule = (): ModuleValues => ({ title: "", hours: "", competencies: [] });
export const emptyInstructor = (): InstructorValues => ({
  fullName: "",
  qualifications: "",
  licenses: [],
  yearsOfExperience: "",
});

export const programDefaults = (program?: ProgramDetailFieldsFragment | null): ProgramValues => ({
  title: program?.title ?? "",
  description: program?.description ?? "",
  deliveryMode: program?.deliveryMode ?? "IN_PERSON",
  organizationId: program?.organization?.id ?? "",
  organizationName: "",
  modules: program
    ? program.modules.map((m) => ({ title: m.title, hours: String(m.hours), competencies: [...m.competencies] }))
    : [emptyModule()],
  instructors: program
    ? program.instructors.map((i) => ({
        fullName: i.fullName,
        qualifications: i.qualifications,
        licenses: [...i.licenses],
        yearsOfExperience: i.yearsOfExperience === null ? "" : String(i.yearsOfExperience),
      }))
    : [emptyInstructor()],
});

/** The form's values as the API's program input (without the organization). */
export const toProgramInput = (values: ProgramValues): Omit<ProgramCreateInput, "organizationId"> & {
  deliveryMode: DeliveryMode;
} => ({
  title: values.title.trim(),
  description: values.description.trim(),
  deliveryMode: values.deliveryMode,
  modules: values.modules.map((m) => ({
    title: m.title.trim(),
    hours: Number(m.hours),
    competencies: m.competencies.map((c) => c.trim()).filter(Boolean),
  })),
  instructors: values.instructors.map((i) => ({
    fullName: i.fullName.trim(),
    qualifications: i.qualifications.trim(),
    licenses: i.licenses.map((l) => l.trim()).filter(Boolean),
    yearsOfExperience: i.yearsOfExperience.trim() === "" ? null : Number(i.yearsOfExperience),
  })),
});

/** Sum of the module hours typed so far (ignores what isn't a number yet). */
export const totalHours = (modules: readonly { hours: string }[]): number =>
  Math.round(modules.reduce((sum, m) => sum + (isNumber(m.hours) ? Number(m.hours) : 0), 0) * 100) / 100;

/**
 * Server error path → form field: "modules.0.title" is an input of the form,
 * "modules.0.competencies.3" belongs to the list "modules.0.competencies".
 */
export const programErrorField = (path: string): string | undefined => {
  const list = /^(modules\.\d+\.competencies|instructors\.\d+\.licenses)(\.\d+)?$/.exec(path);
  if (list) return list[1];
  if (/^modules\.\d+\.(title|hours)$/.test(path)) return path;
  if (/^instructors\.\d+\.(fullName|qualifications|yearsOfExperience)$/.test(path)) return path;
  if (path === "modules" || path === "instructors") return path;
  return undefined;
};
