import type { PrivacyRequestStartInput } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { correctionSchema, MAX_CORRECTIONS, MAX_REQUEST_DETAILS, refineRequest, toCorrectionInputs } from "./privacy-request-schema";

/**
 * Step 1 of the public request (/privacy/request): the account's e-mail
 * address and what the person asks for. The same rules as the signed-in form:
 * a correction says what is wrong, a deletion is confirmed.
 */
export const publicPrivacyRequestSchema = z
  .object({
    email: z
      .string()
      .trim()
      .min(1, zodMessage("public", "privacyRequest.v.emailRequired"))
      .max(254, zodMessage("public", "privacyRequest.v.emailMax"))
      .pipe(z.email(zodMessage("public", "privacyRequest.v.emailInvalid"))),
    kind: z.enum(["ACCESS", "EXPORT", "CORRECTION", "DELETION"], zodMessage("public", "privacyRequest.v.kind")),
    details: z.string().trim().max(MAX_REQUEST_DETAILS, zodMessage("public", "privacyRequest.v.detailsMax")),
    corrections: z.array(correctionSchema).max(MAX_CORRECTIONS),
    confirmDeletion: z.boolean(),
  })
  .superRefine(refineRequest);

export type PublicPrivacyRequestValues = z.infer<typeof publicPrivacyRequestSchema>;

export const toPrivacyRequestStartInput = (values: PublicPrivacyRequestValues): PrivacyRequestStartInput => ({
  email: values.email,
  kind: values.kind,
  ...(values.details ? { details: values.details } : {}),
  ...toCorrectionInputs(values),
});

/** Step 2: the 6-digit code from the e-mail. Spaces and dashes people type or paste are ignored. */
export const privacyCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, zodMessage("public", "privacyRequest.v.code"))),
});

export type PrivacyCodeValues = z.input<typeof privacyCodeSchema>;
