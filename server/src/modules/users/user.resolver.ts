import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { unauthenticated } from "../../common/graphql/errors";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { actorOf } from "../auth/viewer";
import { PolicyVersion } from "../policies/policy.types";
import type { LanguageCode } from "./user.entity";
import type { UserView } from "./user.service";
import { Language, LanguageUpdatePayload, ProfileUpdateInput, ProfileUpdatePayload, User, UserConnection, UserDisableReason, UserRolesUpdateInput, UserRolesUpdatePayload, UsersFilter } from "./user.types";
import { isUuid } from "../../common/ids";

/** Field-level rules on User: some fields are for the person themselves only. */
@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: "Date of birth (YYYY-MM-DD); only the person themselves sees it." })
  dateOfBirth(@Root() user: UserView, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.viewer?.userId === user.id ? user.dateOfBirth : null;
  }

  @FieldResolver(() => [PolicyVersion], { description: "Current policy versions the person has not accepted yet (empty for others)." })
  async pendingPolicyVersions(@Root() user: UserView, @Ctx() ctx: GraphQLContext): Promise<PolicyVersion[]> {
    if (ctx.viewer?.userId !== user.id) return [];
    return ctx.services.policies.pendingFor(user.id);
  }
}

/** `viewer` is public: null when nobody is signed in. */
@Resolver()
export class ViewerResolver {
  @Query(() => User, { nullable: true, description: "The signed-in person, or null." })
  async viewer(@Ctx() ctx: GraphQLContext): Promise<UserView | null> {
    if (!ctx.viewer) {
      if (ctx.tokenInvalid) throw unauthenticated("Your session has expired. Please sign in again.");
      return null;
    }
    const entity = await ctx.services.users.findById(ctx.viewer.userId);
    return entity ? ctx.services.users.toView(entity) : null;
  }
}

@Authorized()
@Resolver()
export class ProfileResolver {
  @Mutation(() => ProfileUpdatePayload, { description: "Edit your own name, phone and organization (POL-RIGHT-CORRECT)." })
  async profileUpdate(@Arg("input", () => ProfileUpdateInput) input: ProfileUpdateInput, @Ctx() ctx: GraphQLContext): Promise<ProfileUpdatePayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.users.updateProfile(actor, input);
    return r.ok ? { user: r.value as User, errors: [] } : { user: null, errors: r.errors };
  }

  @Mutation(() => LanguageUpdatePayload, { description: "Choose your language (EN or ES): the e-mails we send you are written in it. Code NOT_FOUND (account erased)." })
  async languageUpdate(@Arg("language", () => Language) language: LanguageCode, @Ctx() ctx: GraphQLContext): Promise<LanguageUpdatePayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.users.updateLanguage(actor, language);
    return r.ok ? { user: r.value as User, errors: [] } : { user: null, errors: r.errors };
  }
}

@Authorized("ADMIN")
@Resolver()
export class AdminUserResolver {
  @Query(() => UserConnection, { description: "All users, newest first (ADMIN). `first` is 1–100." })
  async users(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => UsersFilter, { nullable: true }) filter: UsersFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserConnection> {
    const { limit, offset } = pageArgs(first, after);
    const { items, total } = await ctx.services.users.list(filter ?? {}, limit, offset);
    return toConnection(items as User[], total, offset) as UserConnection;
  }

  @Mutation(() => UserRolesUpdatePayload, {
    description: "Disable an account (with a reason) or enable it again (ADMIN). Disabling signs the person out everywhere at once. Codes: REASON_REQUIRED, CANNOT_DISABLE_SELF, ALREADY_DISABLED, NOT_DISABLED, NOT_FOUND.",
  })
  async userDisabledSet(
    @Arg("id", () => ID) id: string,
    @Arg("disabled") disabled: boolean,
    @Arg("reason", () => UserDisableReason, { nullable: true, description: "Why (required to disable); kept in the audit trail." }) reason: UserDisableReason | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserRolesUpdatePayload> {
    if (!isUuid(id)) return { user: null, errors: [{ code: "NOT_FOUND", message: "No such user.", field: ["id"] }] };
    const r = await ctx.services.users.setDisabled(actorOf(ctx.viewer, ctx.meta.requestId), id, disabled, reason);
    return r.ok ? { user: r.value as User, errors: [] } : { user: null, errors: r.errors };
  }

  @Mutation(() => UserRolesUpdatePayload, { description: "Set a user's roles (ADMIN). Takes effect on the user's next request." })
  async userRolesUpdate(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UserRolesUpdateInput) input: UserRolesUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserRolesUpdatePayload> {
    if (!isUuid(id)) return { user: null, errors: [{ code: "NOT_FOUND", message: "No such user.", field: ["id"] }] };
    const r = await ctx.services.users.updateRoles(actorOf(ctx.viewer, ctx.meta.requestId), id, input.roles);
    return r.ok ? { user: r.value as User, errors: [] } : { user: null, errors: r.errors };
  }
}
