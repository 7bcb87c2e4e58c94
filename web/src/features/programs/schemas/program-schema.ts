import type { DeliveryMode, ProgramCreateInput, ProgramDetailFieldsFragment } from "@ccp/shared";
import { z } from "zod";
import { currentLocale, translate, zodMessage } from "@/lib/i18n";

// Numbers are typed into text inputs, so the form keeps them as text and
// `toProgramInput` turns them into what the API takes.

const v = (key: string) => zodMessage("applicant", `programForm.v.${key}`);
/** atMost(2000), the number written the reader's way. */
const atMost = (max: number) => ({
  error: () => translate("applicant", "programForm.v.maxChars", { max: max.toLocaleString(currentLocale()) }),
});

const isNumber = (text: string) => /^\d+(\.\d+)?$/.test(text.trim());

const moduleSchema = z.object({
  title: z.string().trim().min(2, v("moduleTitle")).max(200, atMost(200)),
  hours: z
    .string()
    .trim()
    .min(1, v("moduleHours"))
    .refine(isNumber, v("hoursNumber"))
    .refine((v) => !isNumber(v) || (Number(v) >= 0.5 && Number(v) <= 2000), v("hoursRange")),
  competencies: z
    .array(z.string().trim().min(2, v("competencyMin")).max(300))
    .max(50, v("competenciesMax")),
});

const instructorSchema = z.object({
  fullName: z.string().trim().min(2, v("instructorName")).max(200, atMost(200)),
  qualifications: z
    .string()
    .trim()
    .min(2, v("qualifications"))
    .max(2000, atMost(2000)),
  licenses: z.array(z.string().trim().min(2).max(200)).max(20, v("licensesMax")),
  yearsOfExperience: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) <= 70), v("years")),
});

export const createProgramSchema = ({ needsOrganizationName = false } = {}) =>
  z.object({
    title: z.string().trim().min(3, v("title")).max(200, atMost(200)),
    description: z.string().trim().max(5000, atMost(5000)),
    deliveryMode: z.enum(["IN_PERSON", "ONLINE", "BLENDED"]),
    organizationId: z.string(),
    organizationName: needsOrganizationName
      ? z.string().trim().min(2, v("organizationName")).max(200, atMost(200))
      : z.string(),
    modules: z.array(moduleSchema).max(100, v("modulesMax")),
    instructors: z.array(instructorSchema).max(50, v("instructorsMax")),
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
