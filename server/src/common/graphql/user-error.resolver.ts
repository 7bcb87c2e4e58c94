import { FieldResolver, Resolver, Root } from "type-graphql";
import { translateMessage } from "../i18n/messages";
import { UserError } from "./user-error";

/** Services write `message` in English; it is read in the request's language (Accept-Language). */
@Resolver(() => UserError)
export class UserErrorResolver {
  @FieldResolver(() => String, { description: "Human-readable explanation." })
  message(@Root() error: UserError): string {
    return translateMessage(error.message);
  }
}
