import { Field, ObjectType } from "type-graphql";

/** An expected business failure, returned as data in a mutation payload. */
@ObjectType({ description: "An expected business failure; `code` is stable, `message` is for people." })
export class UserError {
  @Field({ description: "Stable machine-readable code, e.g. EMAIL_TAKEN." })
  code: string;

  @Field(() => [String], { nullable: true, description: "Path of the input field this error is about, e.g. [\"email\"]." })
  field?: string[] | null;

  @Field({ description: "Human-readable explanation." })
  message: string;
}

export function userError(code: string, message: string, field?: string | string[]): UserError {
  const e = new UserError();
  e.code = code;
  e.message = message;
  e.field = field === undefined ? null : Array.isArray(field) ? field : [field];
  return e;
}

/** Result of a service command: either a value or a list of user errors. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: UserError[]): Result<T> => ({ ok: false, errors });
